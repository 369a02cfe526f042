// The `conformity.*` and `system.*` shapes of the TĐC API contract, inferred from @skhcn/api so the mocks
// cannot drift from the router.
import type { RouterInputs, RouterOutputs } from '@skhcn/api';
import { declarationStatusLabels } from '@skhcn/domain';

/** The TĐC procedure codes, from the domain's catalog. */
export { CONFORMITY_PROCEDURE_CODES as TDC_PROCEDURE_CODES } from '@skhcn/domain';
export type { ConformityProcedureCode as TdcProcedureCode } from '@skhcn/domain';

type Conformity = RouterOutputs['conformity'];

export type RegistryEntry = Conformity['registry']['entry'];
export type RegistryStatus = RegistryEntry['status'];
export type RegistrySearchOutput = Conformity['registry']['search'];
export type ConformityComponentInput = RouterInputs['conformity']['submit']['components'][number];
export type ConformitySubmitOutput = Conformity['submit'];
export type ConformityDeclarationView = Conformity['declaration'];
export type LookupEnterpriseOutput = Conformity['lookupEnterprise'];
export type ConformityReportOutput = Conformity['report'];
export type ConformityReportRow = ConformityReportOutput['rows'][number];
export type IntegrationStatus = RouterOutputs['system']['integrations'][number];

export const registryStatusLabels: Record<RegistryStatus, string> = declarationStatusLabels;

export const BUSINESS_REGISTRY_DOWN_MESSAGE =
  'Hệ thống đăng ký doanh nghiệp quốc gia tạm thời không phản hồi; vui lòng nhập tay.';
