import { lookupDossier } from '@skhcn/db';
import { DomainError, dossierStatusLabels, findProcedureVersion, type DossierStatus } from '@skhcn/domain';
import type { Context } from '../../context';
import type { LookupInput } from './lookup.schema';

export interface DossierLookupView {
  code: string;
  status: DossierStatus;
  statusLabel: string;
  procedureName: string;
  /** Appointment date (ISO date), once received and while the clock runs */
  deadline: string | null;
}

/** Status only, and only when the code and the tax code match the same dossier. */
export async function lookupHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: LookupInput;
}): Promise<DossierLookupView> {
  const row = await lookupDossier(ctx.db, input.code, input.taxCode);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ với mã hồ sơ và mã số thuế đã nhập.');
  const status = row.status as DossierStatus;
  return {
    code: row.code,
    status,
    statusLabel: dossierStatusLabels[status],
    procedureName: findProcedureVersion(row.procedureCode, row.procedureVersion)?.name ?? row.procedureCode,
    deadline: row.deadline,
  };
}
