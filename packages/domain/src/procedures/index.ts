// The procedure catalog: every administrative procedure as versioned data with its legal sources.
// Types live in ./procedure.types, data in ./*.data.ts, look-ups in ./procedure-catalog.
export type {
  TimeUnit,
  Duration,
  SourcedDuration,
  ProcedureStep,
  DossierComponent,
  Fee,
  FilingDeadline,
  ProvincialOverride as ProcedureProvincialOverride,
  ProcedureVersion,
} from './procedure.types';
export {
  PROCEDURE_CODES,
  CONFORMITY_PROCEDURE_CODES,
  procedureCatalog,
  procedureCodes,
  procedureVersions,
  procedureInForce,
  proceduresByKhoan,
  findProcedureOrThrow,
  findProcedureVersion,
  effectiveProcessingTime,
  coversDate as versionCoversDate,
  catalogDateIssues,
} from './procedure-catalog';
export type { ProcedureCode, ConformityProcedureCode, EffectiveProcessingTime } from './procedure-catalog';
export { procedureVersionSchema, KHOAN_FIELDS as PROCEDURE_FIELDS_BY_KHOAN } from './procedure.schema';
export { RENEWAL_FEE_RATIO as RADIATION_RENEWAL_FEE_RATIO } from './radiation.data';
export {
  GROUP_REGIME_TO as TDC_GROUP_REGIME_TO,
  RISK_REGIME_FROM as TDC_RISK_REGIME_FROM,
} from './conformity.data';
export {
  componentApplies,
  missingComponents,
  requiredComponents,
  type ComponentAnswers,
} from './required-components';
