import {
  declarationStatusLabels,
  dossierStatusLabels,
  timelinessLabels,
  type DossierStatus,
} from '@skhcn/domain';
import { formatDate, formatNumber, type BadgeProps } from '@skhcn/ui';
import type { DossierEvent, DossierView, EngineAction, RegistryStatus } from '../api-types';

export interface DeadlineState {
  tone: NonNullable<BadgeProps['tone']>;
  /** Always text, never colour alone: "Quá hạn 2 ngày làm việc", "Còn 1 ngày làm việc" */
  text: string;
}

/** The deadline as the officer reads it: red when overdue, amber when due soon, neutral otherwise. */
export function deadlineState(
  v: Pick<
    DossierView,
    'deadline' | 'deadlineColour' | 'remainingWorkingDays' | 'paused' | 'timeliness' | 'status'
  >,
): DeadlineState {
  if (v.timeliness) {
    return { tone: v.timeliness === 'late' ? 'danger' : 'success', text: timelinessLabels[v.timeliness] };
  }
  if (v.paused) return { tone: 'neutral', text: 'Tạm dừng tính hạn (chờ người nộp)' };
  if (v.remainingWorkingDays === null || v.deadline === null)
    return { tone: 'neutral', text: 'Chưa tính hạn' };
  const n = v.remainingWorkingDays;
  if (n < 0 || v.deadlineColour === 'overdue')
    return { tone: 'danger', text: `Quá hạn ${Math.abs(n)} ngày làm việc` };
  if (n === 0) return { tone: 'warning', text: 'Đến hạn hôm nay' };
  return { tone: v.deadlineColour === 'due_soon' ? 'warning' : 'neutral', text: `Còn ${n} ngày làm việc` };
}

const STATUS_TONE: Record<DossierStatus, NonNullable<BadgeProps['tone']>> = {
  1: 'info',
  2: 'info',
  3: 'danger',
  4: 'info',
  5: 'warning',
  6: 'warning',
  7: 'neutral',
  8: 'neutral',
  9: 'success',
  10: 'success',
};

export function statusTone(status: number): NonNullable<BadgeProps['tone']> {
  return STATUS_TONE[status as DossierStatus] ?? 'neutral';
}

export function statusLabel(status: number): string {
  return dossierStatusLabels[status as DossierStatus] ?? `Trạng thái ${status}`;
}

export const channelLabels: Record<DossierView['channel'], string> = {
  online: 'Trực tuyến',
  direct: 'Trực tiếp tại Bộ phận một cửa',
  postal: 'Qua dịch vụ bưu chính',
};

export const registryStatusTone: Record<RegistryStatus, NonNullable<BadgeProps['tone']>> = {
  in_force: 'success',
  expired: 'neutral',
  revoked: 'danger',
};

/** Còn hiệu lực / Hết hiệu lực / Đã bị thu hồi: the domain's labels, the same the server sends. */
export const registryStatusLabels: Record<RegistryStatus, string> = declarationStatusLabels;

/** Labels of the action buttons (imperative, short). */
export const actionButtonLabels: Record<EngineAction, string> = {
  receive: 'Tiếp nhận hồ sơ',
  refuse: 'Từ chối tiếp nhận',
  assign: 'Phân công thụ lý',
  request_additions: 'Yêu cầu bổ sung',
  supply_additions: 'Nhận hồ sơ bổ sung',
  submit_for_signature: 'Trình ký',
  extend_deadline: 'Xin lỗi, hẹn lại ngày trả',
  request_payment: 'Yêu cầu nộp phí',
  confirm_payment: 'Xác nhận đã nộp phí',
  approve: 'Phê duyệt',
  reject: 'Từ chối giải quyết',
  return_result: 'Trả kết quả',
  withdraw: 'Ghi nhận rút hồ sơ',
  stop: 'Dừng xử lý',
};

export type DocumentKind =
  'receipt' | 'additions-request' | 'refusal' | 'apology' | 'stop-notice' | 'control-sheet' | 'notice';

export const documentLabels: Record<DocumentKind, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  'additions-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
  apology: 'Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)',
  'stop-notice': 'Thông báo dừng giải quyết hồ sơ (Mẫu 05)',
  'control-sheet': 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)',
  notice: 'Thông báo tiếp nhận bản công bố',
};

export function documentUrl(dossierId: string, kind: DocumentKind): string {
  return `/api/dossiers/${encodeURIComponent(dossierId)}/documents/${kind}.pdf`;
}

/** The documents a dossier has, from the steps recorded. */
export function documentsOf(
  view: Pick<DossierView, 'receivedAt'>,
  actions: readonly string[],
  hasNotice: boolean,
): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (view.receivedAt) kinds.push('receipt');
  if (actions.includes('request_additions')) kinds.push('additions-request');
  if (actions.includes('refuse')) kinds.push('refusal');
  if (actions.includes('extend_deadline')) kinds.push('apology');
  if (actions.includes('stop')) kinds.push('stop-notice');
  if (view.receivedAt) kinds.push('control-sheet');
  if (hasNotice) kinds.push('notice');
  return kinds;
}

export function noticePdfUrl(noticeNumber: string): string {
  return `/api/public/notices/${encodeURIComponent(noticeNumber)}.pdf`;
}

export function verificationPath(noticeNumber: string): string {
  return `/tra-cuu/thong-bao/${encodeURIComponent(noticeNumber)}`;
}

export const paymentMethodLabels = {
  counter: 'Nộp trực tiếp tại Bộ phận một cửa',
  transfer: 'Chuyển khoản',
  online: 'Thanh toán trực tuyến',
} as const;
export type PaymentMethod = keyof typeof paymentMethodLabels;

const vnd = (n: number) => `${formatNumber(n)} đồng`;

/** What a step recorded beyond its reason, in one Vietnamese line (new appointment date, fees, receipt). */
export function eventDetail(e: Pick<DossierEvent, 'action' | 'data'>): string | null {
  const data = e.data ?? {};
  const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : undefined);
  const num = (k: string) => (typeof data[k] === 'number' ? (data[k] as number) : undefined);
  switch (e.action) {
    case 'extend_deadline': {
      const from = str('previousDeadline');
      const to = str('newDeadline');
      return from && to
        ? `Hẹn lại ngày trả kết quả: ${formatDate(from)} → ${formatDate(to)} (Mẫu 04).`
        : null;
    }
    case 'request_payment': {
      const total = num('total');
      return total !== undefined ? `Số tiền phải nộp: ${vnd(total)}.` : null;
    }
    case 'confirm_payment': {
      const amount = num('amount');
      const receipt = str('receiptNumber');
      const paidOn = str('paidOn');
      const method = str('method') as PaymentMethod | undefined;
      if (amount === undefined || !receipt) return null;
      return `Đã nộp ${vnd(amount)}, biên lai số ${receipt}${paidOn ? ` ngày ${formatDate(paidOn)}` : ''}${
        method && method in paymentMethodLabels ? ` (${paymentMethodLabels[method].toLowerCase()})` : ''
      }.`;
    }
    default:
      return null;
  }
}
