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

/**
 * Status only (code, procedure, status, appointment date: nothing personal), and only when the code and the tax
 * code, or the code and its QR key, match the same dossier.
 */
export async function lookupHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: LookupInput;
}): Promise<DossierLookupView> {
  const row = await lookupDossier(
    ctx.db,
    input.code,
    input.key !== undefined ? { publicKey: input.key } : { taxCode: input.taxCode ?? '' },
  );
  if (!row) {
    throw new DomainError(
      'NOT_FOUND',
      input.key !== undefined
        ? 'Không tìm thấy hồ sơ theo mã QR này. Vui lòng kiểm tra lại, hoặc tra cứu bằng mã hồ sơ và mã số thuế.'
        : 'Không tìm thấy hồ sơ với mã hồ sơ và mã số thuế đã nhập.',
    );
  }
  const status = row.status as DossierStatus;
  return {
    code: row.code,
    status,
    statusLabel: dossierStatusLabels[status],
    procedureName: findProcedureVersion(row.procedureCode, row.procedureVersion)?.name ?? row.procedureCode,
    deadline: row.deadline,
  };
}
