import { DomainError } from '../errors';
import { formatDong, formatVietnameseDate } from '../text';

export interface PaymentReceiptInput {
  /** The total of the last payment request (undefined when none was recorded with a total) */
  requestedTotal: number | undefined;
  /** The Vietnam date of that request */
  requestedOn: string | undefined;
  /** What the applicant paid (đồng) */
  amount: number;
  /** The day it was paid (ISO) */
  paidOn: string;
  /** Today in Vietnam (ISO) */
  today: string;
}

/**
 * A payment is recorded against the request it answers (status 6 → 4): the amount equals the total asked, and it
 * was paid between the day of the request and today. Throws BAD_INPUT with the reason otherwise.
 */
export function checkPaymentReceipt(input: PaymentReceiptInput): void {
  const { requestedTotal, requestedOn, amount, paidOn, today } = input;
  if (requestedTotal !== undefined && amount !== requestedTotal) {
    throw new DomainError(
      'BAD_INPUT',
      `Số tiền đã nộp (${formatDong(amount)}) khác số tiền phải nộp theo yêu cầu (${formatDong(requestedTotal)}).`,
      { reason: 'AMOUNT_MISMATCH', amount, total: requestedTotal },
    );
  }
  if (paidOn > today || (requestedOn !== undefined && paidOn < requestedOn)) {
    throw new DomainError(
      'BAD_INPUT',
      `Ngày nộp tiền phải từ ngày yêu cầu nộp${requestedOn ? ` (${formatVietnameseDate(requestedOn)})` : ''} đến hôm nay (${formatVietnameseDate(today)}).`,
      { reason: 'PAID_ON_OUT_OF_RANGE', paidOn, requestedOn, today },
    );
  }
}
