// Types of the TĐC contract (the `conformity.*` router), inferred from @skhcn/api; the one-stop types come from
// @skhcn/one-stop-ui.
import type { RouterInputs, RouterOutputs } from '@skhcn/api-client';

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
