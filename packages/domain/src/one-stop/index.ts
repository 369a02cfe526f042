// One-stop (cơ chế một cửa) groundwork shared by every procedure: dossier code, forms, common rules.
export {
  DOSSIER_CODE_RULES,
  dossierCodeSchema,
  dossierCodePartsSchema,
  formatDossierCode,
  parseDossierCode,
} from './dossier-code';
export type { DossierCodeParts } from './dossier-code';
export { ONE_STOP_FORMS, oneStopForm } from './one-stop-forms.data';
export type { OneStopForm, OneStopFormNumber } from './one-stop-forms.data';
export {
  ONE_STOP_RULES,
  canRequestAdditionsAgain,
  canMoveReturnDate,
  latestApologyLetterDate,
  receiptCutoffLabel,
} from './one-stop-rules.data';
export * as ONE_STOP_SOURCES from './one-stop-sources.data';
export { badInput as badInputFromZod, validationIssues } from './validation-error';
export type { ValidationIssue } from './validation-error';
