// Types of the API the TĐC app uses, inferred from @skhcn/api (the `dossiers.*` engine and the `conformity.*`
// router of the TĐC contract).
import type { RouterInputs, RouterOutputs } from '@skhcn/api-client';

export type DossierDetail = RouterOutputs['dossiers']['get'];
export type DossierView = DossierDetail['dossier'];
export type DossierEvent = DossierDetail['events'][number];
export type DossierFile = DossierDetail['files'][number];
export type EngineAction = DossierDetail['allowedActions'][number];
export type InboxInput = Exclude<RouterInputs['dossiers']['inbox'], void | undefined>;
export type InboxOutput = RouterOutputs['dossiers']['inbox'];
export type MineOutput = RouterOutputs['dossiers']['mine'];
export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;

/** The TĐC procedure codes, from the domain's catalog. */
export { CONFORMITY_PROCEDURE_CODES as TDC_PROCEDURE_CODES } from '@skhcn/domain';
export type { ConformityProcedureCode as TdcProcedureCode } from '@skhcn/domain';

type Conformity = RouterOutputs['conformity'];
type ConformityIn = RouterInputs['conformity'];

export type RegistryEntry = Conformity['registry']['entry'];
export type RegistryStatus = RegistryEntry['status'];
export type RegistrySearchInput = ConformityIn['registry']['search'];
export type RegistrySearchOutput = Conformity['registry']['search'];
export type ConformitySubmitInput = ConformityIn['submit'];
export type ConformityReceiveInput = ConformityIn['receive'];
export type DeclarationDraftInput = ConformitySubmitInput['declaration'];
export type ConformitySubmitOutput = Conformity['submit'];
export type ConformityDeclarationView = Conformity['declaration'];
export type LookupEnterpriseOutput = Conformity['lookupEnterprise'];
export type ConformityReportInput = ConformityIn['report'];
export type ConformityReportOutput = Conformity['report'];
export type ConformityReportRow = ConformityReportOutput['rows'][number];
