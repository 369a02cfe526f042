// The public registry entry of a receipt notice, as conformity.registry.* and the verification page show it.
import type { NoticeHistoryRow, RegistryRow } from '@skhcn/db';
import {
  addCalendarDays,
  conformityBasisLabels,
  declarationStatusLabels,
  declarationStatusOn,
  type ConformityBasis,
  type DeclarationStatus,
  formatVietnameseDate,
} from '@skhcn/domain';
import { procedureNameOf } from './conformity-procedures';

export interface RegistryProduct {
  name: string;
  model?: string;
  hsCode?: string;
}

export interface RegistryHistoryItem {
  /** ISO timestamp (an expiry is dated at the start of the first day out of force, Vietnam time) */
  at: string;
  status: DeclarationStatus;
  label: string;
  note?: string;
}

export interface RegistryEntry {
  noticeNumber: string;
  procedureCode: string;
  procedureName: string;
  organisation: { name: string; taxCode: string; address: string };
  products: RegistryProduct[];
  /** TCVN/QCVN codes */
  standards: string[];
  basis: { kind: ConformityBasis; label: string; certificateNumber?: string; certifier?: string };
  /** ISO dates */
  issuedOn: string;
  expiresOn: string;
  status: DeclarationStatus;
  statusLabel: string;
  history: RegistryHistoryItem[];
  dossierCode: string;
}

/** The status of a notice on `today`: the domain's declarationStatusOn over its expiry and revocation dates. */
export function noticeStatusOn(
  notice: { expiresOn: string; revokedOn: string | null },
  today: string,
): DeclarationStatus {
  return declarationStatusOn(notice.expiresOn, notice.revokedOn ?? undefined, today);
}

function productOf(p: Record<string, unknown>): RegistryProduct {
  return {
    name: typeof p.name === 'string' ? p.name : '',
    ...(typeof p.model === 'string' ? { model: p.model } : {}),
    ...(typeof p.hsCode === 'string' ? { hsCode: p.hsCode } : {}),
  };
}

export function toRegistryEntry(
  row: RegistryRow,
  history: readonly NoticeHistoryRow[],
  today: string,
): RegistryEntry {
  const { notice, declaration } = row;
  const status = noticeStatusOn(notice, today);
  const basisKind = (declaration.basisKind ?? 'self_assessment') as ConformityBasis;
  const items: RegistryHistoryItem[] = history.map((h) => ({
    at: h.at.toISOString(),
    status: h.status as DeclarationStatus,
    label: declarationStatusLabels[h.status as DeclarationStatus] ?? h.status,
    ...(h.note ? { note: h.note } : {}),
  }));
  // expiry is not recorded (it follows from the date): show it in the history once it happened
  if (status === 'expired') {
    items.push({
      at: new Date(`${addCalendarDays(notice.expiresOn, 1)}T00:00:00+07:00`).toISOString(),
      status: 'expired',
      label: declarationStatusLabels.expired,
      note: `Hết thời hạn hiệu lực (đến hết ngày ${formatVietnameseDate(notice.expiresOn)}).`,
    });
  }
  return {
    noticeNumber: notice.noticeNumber,
    procedureCode: notice.procedureCode,
    procedureName: procedureNameOf(notice.procedureCode, notice.issuedOn),
    organisation: {
      name: declaration.organisationName,
      taxCode: declaration.taxCode,
      address: declaration.organisationAddress,
    },
    products: declaration.products.map(productOf),
    standards: declaration.standards,
    basis: {
      kind: basisKind,
      label: conformityBasisLabels[basisKind],
      ...(declaration.certificateNumber ? { certificateNumber: declaration.certificateNumber } : {}),
      ...(declaration.certifier ? { certifier: declaration.certifier } : {}),
    },
    issuedOn: notice.issuedOn,
    expiresOn: notice.expiresOn,
    status,
    statusLabel: declarationStatusLabels[status],
    history: items,
    dossierCode: row.dossierCode,
  };
}
