import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { SubmitForSignatureInput } from './submit-for-signature.schema';

export async function submitForSignatureHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SubmitForSignatureInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'submit_for_signature', () => ({
    changes: { awaitingSignature: true },
    reason: input.note ?? null,
    data: { proposal: input.proposal },
  }));
  return commandOutput(result, ctx.now());
}
