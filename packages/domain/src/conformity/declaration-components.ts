// What a declaration's answers mean for its dossier: the components it must carry (by basis and risk class) and
// the risk classes a procedure may be declared under.
import { RISK_CLASS_RULES, type RiskClass } from './conformity-regime';
import type { ConformityDeclaration } from './declaration.schema';

/** The answers component conditions refer to: the basis of the declaration and its risk class. */
export function declarationComponentAnswers(
  declaration: Pick<ConformityDeclaration, 'kind'> & {
    basis?: { basis: string } | undefined;
    riskClass?: string | undefined;
  },
): Record<string, string> {
  return {
    ...(declaration.basis ? { basis: declaration.basis.basis } : {}),
    ...(declaration.riskClass ? { riskClass: declaration.riskClass } : {}),
  };
}

/**
 * The risk classes a declaration of this kind may be made for (Nghị định 37/2026/NĐ-CP): a công bố hợp quy only for
 * medium and high risk goods (low risk goods need none), an import inspection registration only for high risk.
 */
export function declarableRiskClasses(kind: 'regulation' | 'import_inspection'): RiskClass[] {
  return (Object.keys(RISK_CLASS_RULES) as RiskClass[]).filter((r) =>
    kind === 'regulation'
      ? RISK_CLASS_RULES[r].regulationDeclarationRequired
      : RISK_CLASS_RULES[r].importInspectionRequired,
  );
}
