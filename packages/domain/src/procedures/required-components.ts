// Which components a dossier must carry, given its answers (the basis of a declaration, its risk class…).
import type { DossierComponent, ProcedureVersion } from './procedure.types';

/** A dossier's answers that component conditions refer to, e.g. { basis: 'self_assessment', riskClass: 'medium' }. */
export type ComponentAnswers = Readonly<Record<string, string | undefined>>;

/**
 * Does the component apply to a dossier with these answers? Unconditional components always do; a component with
 * `appliesWhen` does when every listed answer is one of its values; a condition the system cannot judge (`when`
 * without `appliesWhen`) is left to the officer: it does not apply automatically.
 */
export function componentApplies(component: DossierComponent, answers: ComponentAnswers): boolean {
  if (component.appliesWhen) {
    return Object.entries(component.appliesWhen).every(([key, values]) => {
      const answer = answers[key];
      return answer !== undefined && values.includes(answer);
    });
  }
  return component.when === undefined;
}

/** The components the dossier must have, given its answers (required ones that apply). */
export function requiredComponents(
  procedure: Pick<ProcedureVersion, 'components'>,
  answers: ComponentAnswers = {},
): DossierComponent[] {
  return procedure.components.filter((c) => c.required && componentApplies(c, answers));
}

/** The required components the attachments leave out, given the answers. */
export function missingComponents(
  procedure: Pick<ProcedureVersion, 'components'>,
  attachedKeys: Iterable<string>,
  answers: ComponentAnswers = {},
): DossierComponent[] {
  const given = new Set(attachedKeys);
  return requiredComponents(procedure, answers).filter((c) => !given.has(c.key));
}
