// How the one-stop screens word and colour a dossier: status, deadline, channel, payment, what a step recorded.
import {
  applicantCommandLabels,
  dossierCommandLabels,
  dossierStatusLabels,
  timelinessLabels,
  type DossierStatus,
} from '@skhcn/domain';
import { formatDate, formatNumber, type BadgeProps } from '@skhcn/ui';
import type { DossierEvent, DossierView, EngineAction } from '../api-types';

export type Tone = NonNullable<BadgeProps['tone']>;

export interface DeadlineState {
  tone: Tone;
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

const STATUS_TONE: Record<DossierStatus, Tone> = {
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

export function statusTone(status: number): Tone {
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

/** The short command on a step's button (the transition table's words), staff or applicant wording. */
export function commandLabel(action: EngineAction, audience: 'staff' | 'applicant' = 'staff'): string {
  return audience === 'applicant' ? applicantCommandLabels[action] : dossierCommandLabels[action];
}

/** Steps that end or refuse: their buttons are red. */
export const DANGEROUS_ACTIONS: ReadonlySet<EngineAction> = new Set(['refuse', 'reject', 'stop', 'withdraw']);

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
  const str = (k: string) => (typeof data[k] === 'string' ? data[k] : undefined);
  const num = (k: string) => (typeof data[k] === 'number' ? data[k] : undefined);
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
      const method = str('method');
      if (amount === undefined || !receipt) return null;
      const methodLabel =
        method && method in paymentMethodLabels ? paymentMethodLabels[method as PaymentMethod] : undefined;
      return `Đã nộp ${vnd(amount)}, biên lai số ${receipt}${paidOn ? ` ngày ${formatDate(paidOn)}` : ''}${
        methodLabel ? ` (${methodLabel.toLowerCase()})` : ''
      }.`;
    }
    case 'request_additions': {
      const due = str('supplementDue');
      return due ? `Hạn nộp bổ sung: hết ngày ${formatDate(due)}.` : null;
    }
    default:
      return null;
  }
}

/** "1.500.000", "1 500 000" or "1500000" → 1500000; NaN when it is not a whole number of đồng. */
export function parseVnd(text: string): number {
  const digits = text.replace(/[.\s]/g, '').replace(/đ(ồng)?$/i, '');
  return /^\d{1,13}$/.test(digits) ? Number(digits) : Number.NaN;
}
