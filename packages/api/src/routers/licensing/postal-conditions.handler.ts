// The appraisal of a postal licence's conditions: the officer records the capital shown for the scope and judges
// the business plan, staff, security measures and contract template; the domain decides whether every condition is
// met. Appraisals are appended (the newest in force); the approval guard refuses to propose or sign the licence
// until the one in force meets every condition, judged again on the day of the step.
import {
  findDossier,
  insertPostalConditionCheck,
  latestPostalConditionCheck,
  listPostalConditionChecks,
  type PostalConditionCheckRow,
} from '@skhcn/db';
import {
  assertPostalConditionsMet,
  assessPostalConditions,
  DomainError,
  POSTAL_LICENCE_CONDITIONS,
  POSTAL_PROCEDURES_WITH_CONDITIONS,
  POSTAL_SCOPES,
  postalCapitalRuleOn,
  postalScopeLabels,
  requiresPostalConditions,
  type LegalSource,
  type PostalConditionKey,
  type PostalConditionsAssessment,
  type PostalScope,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import { assertCanRead, type ApprovalGuard } from '../../one-stop';
import type { AuthedContext } from '../../trpc';
import { assertFieldStaff } from './licensing-procedures';
import type { RecordPostalConditionsInput } from './licensing.schema';

/** Statuses in which the appraisal may be recorded: received and not yet decided. */
const OPEN_STATUSES = new Set([2, 4, 5, 6]);

export interface PostalConditionsRecordView {
  position: number;
  scope: PostalScope;
  capitalVnd: number | null;
  judgements: Partial<Record<PostalConditionKey, { met: boolean; note?: string | null }>>;
  recordedAt: string;
  recordedByName: string;
  /** judged on the day asked (the rule in force today) */
  assessment: PostalConditionsAssessment;
}

export interface PostalConditionsView {
  conditions: {
    key: PostalConditionKey;
    label: string;
    evidence: string;
    kind: 'capital' | 'judgement';
    source: LegalSource;
  }[];
  scopes: { value: PostalScope; label: string; minimumVnd: number }[];
  /** the appraisal in force, or null */
  current: PostalConditionsRecordView | null;
  /** earlier appraisals, newest first */
  history: { position: number; recordedAt: string; recordedByName: string; allMet: boolean }[];
  /** the user may record an appraisal now (postal staff, dossier still being processed) */
  canRecord: boolean;
}

function assess(row: PostalConditionCheckRow, onDate: string): PostalConditionsAssessment {
  return assessPostalConditions(
    { scope: row.scope as PostalScope, capitalVnd: row.capitalVnd, judgements: row.judgements },
    onDate,
  );
}

async function postalDossier(ctx: AuthedContext, dossierId: string) {
  const dossier = await findDossier(ctx.db, dossierId);
  if (!dossier) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ.', { dossierId });
  assertCanRead(ctx.user, dossier);
  assertFieldStaff(ctx.user, 'postal');
  if (!requiresPostalConditions(dossier.procedureCode)) {
    throw new DomainError(
      'BAD_INPUT',
      'Thủ tục của hồ sơ này không thẩm định điều kiện cấp giấy phép bưu chính.',
      {
        procedureCode: dossier.procedureCode,
      },
    );
  }
  return dossier;
}

/** licensing.postalConditions.get */
export async function postalConditionsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: { dossierId: string };
}): Promise<PostalConditionsView> {
  const dossier = await postalDossier(ctx, input.dossierId);
  const today = vietnamToday(ctx.now());
  const rule = postalCapitalRuleOn(today);
  const rows = await listPostalConditionChecks(ctx.db, dossier.id);
  const [latest, ...earlier] = rows;
  let canRecord = OPEN_STATUSES.has(dossier.status);
  try {
    assertFieldStaff(ctx.user, 'postal', 'dossier.process');
  } catch {
    canRecord = false;
  }
  return {
    conditions: POSTAL_LICENCE_CONDITIONS.map((c) => ({ ...c })),
    scopes: POSTAL_SCOPES.map((value) => ({
      value,
      label: postalScopeLabels[value],
      minimumVnd: rule.minimumVnd[value],
    })),
    current: latest
      ? {
          position: latest.position,
          scope: latest.scope as PostalScope,
          capitalVnd: latest.capitalVnd,
          judgements: latest.judgements,
          recordedAt: latest.recordedAt.toISOString(),
          recordedByName: latest.recordedByName,
          assessment: assess(latest, today),
        }
      : null,
    history: earlier.map((r) => ({
      position: r.position,
      recordedAt: r.recordedAt.toISOString(),
      recordedByName: r.recordedByName,
      allMet: r.allMet,
    })),
    canRecord,
  };
}

/** licensing.postalConditions.record */
export async function recordPostalConditionsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RecordPostalConditionsInput;
}): Promise<PostalConditionsView> {
  const dossier = await postalDossier(ctx, input.dossierId);
  assertFieldStaff(ctx.user, 'postal', 'dossier.process');
  if (!OPEN_STATUSES.has(dossier.status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'Hồ sơ không ở giai đoạn thẩm định (chưa tiếp nhận hoặc đã có kết quả); không ghi nhận kết quả thẩm định điều kiện.',
      { status: dossier.status },
    );
  }
  const conflict = (currentPosition: number) =>
    new DomainError(
      'CONFLICT',
      'Người khác vừa ghi nhận kết quả thẩm định điều kiện của hồ sơ này. Vui lòng tải lại để xem bản mới nhất.',
      { expectedPosition: input.expectedPosition, currentPosition },
    );
  const before = (await latestPostalConditionCheck(ctx.db, dossier.id))?.position ?? 0;
  if (before !== input.expectedPosition) throw conflict(before);
  const now = ctx.now();
  const assessment = assessPostalConditions(
    { scope: input.scope, capitalVnd: input.capitalVnd, judgements: input.judgements },
    vietnamToday(now),
  );
  const row = await insertPostalConditionCheck(ctx.db, {
    dossierId: dossier.id,
    position: input.expectedPosition + 1,
    scope: input.scope,
    capitalVnd: input.capitalVnd,
    judgements: input.judgements,
    allMet: assessment.allMet,
    recordedBy: ctx.user.id,
    recordedAt: now,
  });
  // someone recorded between the check and the insert: the unique position refuses the second
  if (!row) throw conflict((await latestPostalConditionCheck(ctx.db, dossier.id))?.position ?? 0);
  ctx.logger.info(
    { dossierId: dossier.id, position: row.position, allMet: row.allMet, userId: ctx.user.id },
    'postal conditions recorded',
  );
  return postalConditionsHandler({ ctx, input: { dossierId: dossier.id } });
}

/** The guard of the licensing extension: a postal licence is proposed and signed only with its conditions met. */
export const postalConditionsGuard: ApprovalGuard = {
  name: 'postal-licence-conditions',
  procedures: POSTAL_PROCEDURES_WITH_CONDITIONS,
  check: async ({ tx, dossier, today }) => {
    const latest = await latestPostalConditionCheck(tx, dossier.id);
    assertPostalConditionsMet(latest ? assess(latest, today) : null);
  },
};
