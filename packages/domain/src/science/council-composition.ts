import { DomainError } from '../errors';
import {
  COUNCIL_COMPOSITION_MODELS,
  COUNCIL_ROLES,
  councilKindLabels,
  councilRoleLabels,
  type CouncilCompositionModel,
  type CouncilKind,
  type CouncilRole,
  type QuorumRule,
} from './council-composition.data';

export function findCompositionModel(id: string): CouncilCompositionModel | undefined {
  return COUNCIL_COMPOSITION_MODELS.find((m) => m.id === id);
}

/** The model with this id for a council of `kind`; BAD_INPUT when there is none or it does not fit the kind. */
export function compositionModelFor(id: string, kind: CouncilKind): CouncilCompositionModel {
  const model = findCompositionModel(id);
  if (!model) throw new DomainError('BAD_INPUT', `Không có mô hình hội đồng “${id}”.`, { modelId: id });
  if (!model.kinds.includes(kind)) {
    throw new DomainError(
      'BAD_INPUT',
      `Mô hình “${model.label}” không dùng cho ${councilKindLabels[kind].toLowerCase()}.`,
      { modelId: id, kind },
    );
  }
  return model;
}

/** Problems of a council's composition under `model`, in Vietnamese (empty when it fits). */
export function compositionProblems(
  model: CouncilCompositionModel,
  members: readonly { role: CouncilRole }[],
): string[] {
  const problems: string[] = [];
  const n = members.length;
  if (n < model.size.min || n > model.size.max) {
    const size =
      model.size.min === model.size.max ? `${model.size.min}` : `từ ${model.size.min} đến ${model.size.max}`;
    problems.push(`Hội đồng theo mô hình “${model.label}” phải có ${size} thành viên (hiện có ${n}).`);
  }
  for (const role of COUNCIL_ROLES) {
    const count = members.filter((m) => m.role === role).length;
    const { min, max } = model.roles[role];
    if (count < min)
      problems.push(
        `Hội đồng cần ít nhất ${min} ${councilRoleLabels[role].toLowerCase()} (hiện có ${count}).`,
      );
    if (max !== null && count > max)
      problems.push(
        `Hội đồng có nhiều nhất ${max} ${councilRoleLabels[role].toLowerCase()} (hiện có ${count}).`,
      );
  }
  return problems;
}

/** Throws BAD_INPUT listing every problem of the composition. */
export function assertCouncilComposition(
  model: CouncilCompositionModel,
  members: readonly { role: CouncilRole }[],
): void {
  const problems = compositionProblems(model, members);
  if (problems.length > 0) {
    throw new DomainError('BAD_INPUT', problems.join(' '), {
      issues: problems.map((message) => ({ path: 'members', message })),
    });
  }
}

export interface QuorumCheck {
  met: boolean;
  present: number;
  members: number;
  /** at least this many must be present */
  needed: number;
  /** why the quorum is not met, in Vietnamese */
  problems: string[];
}

/** Is the quorum met with the members `presentIds` among `members`? */
export function checkQuorum(
  rule: QuorumRule,
  members: readonly { id: string; role: CouncilRole }[],
  presentIds: ReadonlySet<string> | readonly string[],
): QuorumCheck {
  const present = new Set(presentIds);
  const here = members.filter((m) => present.has(m.id));
  const { numerator, denominator } = rule.minPresent;
  const needed = Math.ceil((members.length * numerator) / denominator);
  const problems: string[] = [];
  if (here.length * denominator < members.length * numerator) {
    problems.push(
      `Cần ít nhất ${needed}/${members.length} thành viên tham gia (${numerator}/${denominator} số thành viên); hiện có ${here.length}.`,
    );
  }
  if (rule.oneOf.length > 0 && !here.some((m) => rule.oneOf.includes(m.role))) {
    problems.push(
      `Cần có ${rule.oneOf.map((r) => councilRoleLabels[r].toLowerCase()).join(' hoặc ')} tham gia.`,
    );
  }
  for (const role of rule.allOf) {
    const absent = members.filter((m) => m.role === role && !present.has(m.id)).length;
    if (absent > 0) problems.push(`Cần có đủ các ${councilRoleLabels[role].toLowerCase()} tham gia.`);
  }
  return { met: problems.length === 0, present: here.length, members: members.length, needed, problems };
}
