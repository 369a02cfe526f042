import { DomainError, formatDong as vnd, formatVietnameseDate as vnDate } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { runCommand, vietnamDay, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { ConfirmPaymentInput } from './confirm-payment.schema';

/** Status 6 → 4: the payment is recorded against the last request; the clock resumes. */
export async function confirmPaymentHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ConfirmPaymentInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'confirm_payment', ({ events, today }) => {
    const request = [...events].reverse().find((e) => e.action === 'request_payment');
    const total = typeof request?.data?.total === 'number' ? request.data.total : undefined;
    if (total !== undefined && input.amount !== total) {
      throw new DomainError(
        'BAD_INPUT',
        `Số tiền đã nộp (${vnd(input.amount)}) khác số tiền phải nộp theo yêu cầu (${vnd(total)}).`,
        { reason: 'AMOUNT_MISMATCH', amount: input.amount, total },
      );
    }
    const requestedOn = request ? vietnamDay(request.at) : undefined;
    if (input.paidOn > today || (requestedOn !== undefined && input.paidOn < requestedOn)) {
      throw new DomainError(
        'BAD_INPUT',
        `Ngày nộp tiền phải từ ngày yêu cầu nộp${requestedOn ? ` (${vnDate(requestedOn)})` : ''} đến hôm nay (${vnDate(today)}).`,
        { reason: 'PAID_ON_OUT_OF_RANGE', paidOn: input.paidOn, requestedOn, today },
      );
    }
    return {
      reason: input.note ?? null,
      data: {
        receiptNumber: input.receiptNumber,
        amount: input.amount,
        paidOn: input.paidOn,
        method: input.method,
      },
    };
  });
  return commandOutput(result, ctx.now());
}
