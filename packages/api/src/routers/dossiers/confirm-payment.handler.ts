import { checkPaymentReceipt } from '@skhcn/domain';
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
    const request = events.findLast((e) => e.action === 'request_payment');
    checkPaymentReceipt({
      requestedTotal: typeof request?.data?.total === 'number' ? request.data.total : undefined,
      requestedOn: request ? vietnamDay(request.at) : undefined,
      amount: input.amount,
      paidOn: input.paidOn,
      today,
    });
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
