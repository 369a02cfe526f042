// Conformity declarations (khoản 11 of Điều 2): công bố hợp chuẩn / hợp quy, dấu định lượng, import inspection.
export * as CONFORMITY_SOURCES from './conformity-sources.data';
export {
  TAX_CODE_RULES,
  taxCodeCheckDigit,
  checkTaxCode,
  isValidTaxCode,
  taxCodeSchema,
  taxCodeProblemMessages,
} from './tax-code';
export type { TaxCodeCheck, TaxCodeProblem } from './tax-code';
export { HS_CODE_RULES, HS_CODE_MESSAGE, normalizeHsCode, hsCodeSchema, hsCodeField } from './hs-code';
export {
  parseTcvn,
  parseQcvn,
  parseStandardReference,
  tcvnSchema,
  qcvnSchema,
  TCVN_MESSAGE,
  QCVN_MESSAGE,
} from './standard-number';
export type { TcvnNumber, QcvnNumber } from './standard-number';
export {
  CONFORMITY_REGIMES,
  RISK_CLASS_RULES,
  conformityRegimeOn,
  conformityBasisLabels,
  riskClassLabels,
} from './conformity-regime';
export type {
  ConformityBasis,
  ConformityRegime,
  ConformityRegimeInfo,
  RiskClass,
  RiskClassRule,
} from './conformity-regime';
export {
  DECLARATION_VALIDITY,
  addYearsToIsoDate,
  declarationValidity,
  declarationStatusOn,
  declarationStatusLabels,
} from './declaration-validity';
export type { DeclarationValidityInput, DeclarationStatus } from './declaration-validity';
export {
  NOTICE_NUMBER_FORMAT,
  noticeNumberPartsSchema,
  formatNoticeNumber,
  parseNoticeNumber,
  nextNoticeNumber,
  assertNoticeNumberUnused,
} from './notice-number';
export type { NoticeNumberParts } from './notice-number';
export {
  isoDateField,
  phoneSchema,
  emailSchema,
  PHONE_MESSAGE,
  declaringOrganisationSchema,
  productSchema,
  importedProductSchema,
  prepackagedProductSchema,
  selfAssessmentBasisSchema,
  registeredCertifierBasisSchema,
  designatedCertifierBasisSchema,
  declarationBasisSchema,
  BASIS_MESSAGE,
  riskClassSchema,
  standardDeclarationSchema,
  regulationDeclarationSchema,
  quantityMarkDeclarationSchema,
  importLotSchema,
  importInspectionRegistrationSchema,
  conformityDeclarationSchema,
  DECLARATION_KIND_MESSAGE,
  declarationKindLabels,
  declarationRuleIssues,
  checkConformityDeclaration,
  parseConformityDeclaration,
} from './declaration.schema';
export type {
  ConformityDeclaration,
  ConformityDeclarationInput,
  ConformityDeclarationKind,
  DeclarationBasis,
  DeclarationCheck,
  RuleIssue,
} from './declaration.schema';
export { declarationComponentAnswers, declarableRiskClasses } from './declaration-components';
