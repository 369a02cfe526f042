import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { RequestPaymentInput } from './request-payment.schema';

/** Status 4 → 6: the applicant is told what to pay; the clock stops until the payment is recorded. */
export async function requestPaymentHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RequestPaymentInput;
}): Promise<DossierCommandOutput> {
  const total = input.fees.reduce((sum, f) => sum + f.amount, 0);
  const result = await runCommand(ctx, input, 'request_payment', () => ({
    reason: input.note ?? null,
    data: { fees: input.fees, total },
  }));
  return commandOutput(result, ctx.now());
}
