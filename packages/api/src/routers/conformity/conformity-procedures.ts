// The TĐC procedures this router serves, the declaration kind each one takes, and which of them end in a receipt
// notice (Thông báo tiếp nhận hồ sơ công bố, Mẫu 3.TBTNHS) entered in the public registry.
import {
  procedureInForce,
  procedureVersions,
  type ConformityDeclarationKind,
  type ConformityProcedureCode,
} from '@skhcn/domain';

export { CONFORMITY_PROCEDURE_CODES, type ConformityProcedureCode } from '@skhcn/domain';

/** The declaration kind (the domain's discriminator) each procedure takes. */
export const DECLARATION_KIND_OF: Record<ConformityProcedureCode, ConformityDeclarationKind> = {
  'tdc.hop-quy': 'regulation',
  'tdc.hop-chuan': 'standard',
  'tdc.dau-dinh-luong': 'quantity_mark',
  'tdc.dieu-chinh-dau-dinh-luong': 'quantity_mark',
  'tdc.kiem-tra-nhap-khau': 'import_inspection',
};

/**
 * Procedures whose approval issues a numbered receipt notice with a validity term (TT 28/2012/TT-BKHCN Điều 10, 15;
 * from 01/07/2026 the Phiếu tiếp nhận bản công bố hợp quy). Quantity-mark and import-inspection outcomes are other
 * documents without the declaration's validity, so they are not entered in this registry.
 */
export const NOTICE_PROCEDURES: readonly ConformityProcedureCode[] = ['tdc.hop-quy', 'tdc.hop-chuan'];

/**
 * The unit's symbol in notice numbers ("…/TBTNHS-CCTĐC"): Vietnamese letters are allowed there, unlike in unit codes.
 * Organisation data rather than law; units missing here use their code.
 */
const NOTICE_UNIT_SYMBOLS: Readonly<Record<string, string>> = { CCTDC: 'CCTĐC' };

export function noticeUnitSymbol(unitCode: string): string {
  return NOTICE_UNIT_SYMBOLS[unitCode] ?? unitCode.toUpperCase();
}

/** The procedure's name for lists and reports: the version in force on `onDate`, else the latest one. */
export function procedureNameOf(code: string, onDate?: string): string {
  const inForce = onDate ? procedureInForce(code, onDate) : undefined;
  return inForce?.name ?? procedureVersions(code).at(-1)?.name ?? code;
}

/** The public verification page of a notice (front-end route); the QR code of the notice encodes it. */
export function noticeVerificationPath(noticeNumber: string): string {
  return `/tra-cuu/thong-bao/${encodeURIComponent(noticeNumber)}`;
}

/** The public origin (PUBLIC_ORIGIN, e.g. "https://dichvucong.skhcn.haiphong.gov.vn") + the verification path; relative without one. */
export function noticeVerificationUrl(noticeNumber: string, origin?: string): string {
  return `${(origin ?? '').replace(/\/+$/, '')}${noticeVerificationPath(noticeNumber)}`;
}
