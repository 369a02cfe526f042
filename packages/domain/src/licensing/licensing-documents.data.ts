// What each licensing procedure issues when the leader signs: the document kind, the licence event (for the term)
// and the number's symbol. Organisation data and practice rather than law: the symbols follow the usual
// "số/năm/ký hiệu" numbering of administrative documents (Nghị định 30/2020/NĐ-CP Phụ lục III); forms not verified.
import type { LicenceEvent, LicenceField } from './licence-rules';

export const LICENSING_DOCUMENT_KINDS = [
  'radiation_licence',
  'declaration_confirmation',
  'safety_certificate',
  'postal_licence',
  'postal_confirmation',
] as const;
export type LicensingDocumentKind = (typeof LICENSING_DOCUMENT_KINDS)[number];

export const licensingDocumentKinds: Readonly<
  Record<LicensingDocumentKind, { label: string; title: string; symbol: string; field: LicenceField }>
> = Object.freeze({
  radiation_licence: {
    label: 'Giấy phép tiến hành công việc bức xạ',
    title: 'GIẤY PHÉP TIẾN HÀNH CÔNG VIỆC BỨC XẠ',
    symbol: 'GPBX',
    field: 'radiation',
  },
  declaration_confirmation: {
    label: 'Giấy xác nhận khai báo thiết bị bức xạ',
    title: 'GIẤY XÁC NHẬN KHAI BÁO THIẾT BỊ BỨC XẠ',
    symbol: 'XNKB',
    field: 'radiation',
  },
  safety_certificate: {
    label: 'Chứng chỉ nhân viên bức xạ',
    title: 'CHỨNG CHỈ NHÂN VIÊN BỨC XẠ',
    symbol: 'CCBX',
    field: 'radiation',
  },
  postal_licence: {
    label: 'Giấy phép bưu chính',
    title: 'GIẤY PHÉP BƯU CHÍNH',
    symbol: 'GPBC',
    field: 'postal',
  },
  postal_confirmation: {
    label: 'Văn bản xác nhận thông báo hoạt động bưu chính',
    title: 'VĂN BẢN XÁC NHẬN THÔNG BÁO HOẠT ĐỘNG BƯU CHÍNH',
    symbol: 'XNBC',
    field: 'postal',
  },
});

export interface LicensingOutcome {
  kind: LicensingDocumentKind;
  event: LicenceEvent;
  /** the dossier must name the document it replaces */
  replaces: boolean;
}

/** Procedure code → what its approval issues. */
export const LICENSING_OUTCOMES: Readonly<Record<string, LicensingOutcome>> = Object.freeze({
  'buc-xa.khai-bao': { kind: 'declaration_confirmation', event: 'new', replaces: false },
  'buc-xa.cap-giay-phep': { kind: 'radiation_licence', event: 'new', replaces: false },
  'buc-xa.gia-han-giay-phep': { kind: 'radiation_licence', event: 'renewal', replaces: true },
  'buc-xa.sua-doi-giay-phep': { kind: 'radiation_licence', event: 'amendment', replaces: true },
  'buc-xa.cap-lai-giay-phep': { kind: 'radiation_licence', event: 'reissue_loss', replaces: true },
  'buc-xa.chung-chi-nhan-vien': { kind: 'safety_certificate', event: 'new', replaces: false },
  'buu-chinh.cap-giay-phep': { kind: 'postal_licence', event: 'new', replaces: false },
  'buu-chinh.sua-doi-giay-phep': { kind: 'postal_licence', event: 'amendment', replaces: true },
  'buu-chinh.cap-lai-giay-phep': { kind: 'postal_licence', event: 'reissue_loss', replaces: true },
  'buu-chinh.cap-lai-giay-phep-het-han': { kind: 'postal_licence', event: 'reissue_expiry', replaces: true },
  'buu-chinh.xac-nhan-thong-bao': { kind: 'postal_confirmation', event: 'new', replaces: false },
  'buu-chinh.sua-doi-xac-nhan': { kind: 'postal_confirmation', event: 'amendment', replaces: true },
  'buu-chinh.cap-lai-xac-nhan': { kind: 'postal_confirmation', event: 'reissue_loss', replaces: true },
});

export const LICENSING_PROCEDURE_CODES: readonly string[] = Object.keys(LICENSING_OUTCOMES);

/** "3/2026/GPBX-QLCN" */
export function formatLicensingNumber(input: {
  seq: number;
  year: number;
  kind: LicensingDocumentKind;
  unit: string;
}): string {
  return `${input.seq}/${input.year}/${licensingDocumentKinds[input.kind].symbol}-${input.unit}`;
}
