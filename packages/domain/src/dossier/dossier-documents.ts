// The one-stop documents a dossier has, from its history: the receipt (Mẫu 01) once received, the form each
// recorded step produced (Mẫu 02–05, from the transition table), and the control sheet (Mẫu 06) for staff.
import type { DossierAction } from './index';
import { transitions } from './transitions.data';

export type OneStopDocumentKind =
  'receipt' | 'additions-request' | 'refusal' | 'apology' | 'stop-notice' | 'control-sheet';

export interface OneStopDocumentType {
  kind: OneStopDocumentKind;
  /** The form of Phụ lục I Thông tư 03/2025/TT-VPCP, e.g. "Mẫu 01" */
  form: string;
  /** What it is called on screens */
  label: string;
  /** Only staff see it (the control sheet is the unit's internal record) */
  staffOnly: boolean;
  /** Part of a file name, e.g. "giay-tiep-nhan" */
  fileSuffix: string;
}

const byForm: Record<string, Omit<OneStopDocumentType, 'form'>> = {
  'Mẫu 01': {
    kind: 'receipt',
    label: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    staffOnly: false,
    fileSuffix: 'giay-tiep-nhan',
  },
  'Mẫu 02': {
    kind: 'additions-request',
    label: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    staffOnly: false,
    fileSuffix: 'phieu-yeu-cau-bo-sung',
  },
  'Mẫu 03': {
    kind: 'refusal',
    label: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    staffOnly: false,
    fileSuffix: 'phieu-tu-choi',
  },
  'Mẫu 04': {
    kind: 'apology',
    label: 'Văn bản xin lỗi và hẹn lại ngày trả kết quả',
    staffOnly: false,
    fileSuffix: 'van-ban-xin-loi',
  },
  'Mẫu 05': {
    kind: 'stop-notice',
    label: 'Thông báo dừng giải quyết hồ sơ',
    staffOnly: false,
    fileSuffix: 'thong-bao-dung-giai-quyet',
  },
  'Mẫu 06': {
    kind: 'control-sheet',
    label: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    staffOnly: true,
    fileSuffix: 'phieu-kiem-soat',
  },
};

/** Every one-stop document type, in form order. */
export const ONE_STOP_DOCUMENT_TYPES: readonly OneStopDocumentType[] = Object.entries(byForm).map(
  ([form, d]) => ({ form, ...d }),
);

export function oneStopDocumentType(kind: OneStopDocumentKind): OneStopDocumentType {
  const t = ONE_STOP_DOCUMENT_TYPES.find((d) => d.kind === kind);
  if (!t) throw new Error(`unknown one-stop document ${kind}`);
  return t;
}

/** The action whose step produces each form (from the transition table). */
const formOfAction = new Map<DossierAction, string>(
  transitions.filter((t) => t.form).map((t) => [t.action, t.form as string]),
);

/**
 * The one-stop documents of a dossier, in form order: the receipt and the control sheet once it was received
 * (online, or at the counter), and the form of each step recorded. Applicants do not get staff-only documents.
 */
export function oneStopDocumentsOf(
  history: readonly { action: string }[],
  audience: 'staff' | 'applicant',
): OneStopDocumentType[] {
  const forms = new Set<string>();
  for (const h of history) {
    const form = formOfAction.get(h.action as DossierAction);
    if (form) forms.add(form);
  }
  if (forms.has('Mẫu 01')) forms.add('Mẫu 06');
  return ONE_STOP_DOCUMENT_TYPES.filter((d) => forms.has(d.form) && (audience === 'staff' || !d.staffOnly));
}
