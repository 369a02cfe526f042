import type { AuthedContext } from '../../trpc';
import { checkApprovalGuards, runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { SubmitForSignatureInput } from './submit-for-signature.schema';

export async function submitForSignatureHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SubmitForSignatureInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(
    ctx,
    input,
    'submit_for_signature',
    async ({ tx, dossier, procedure, today }) => {
      // proposing approval needs the field's own conditions met (a refusal may be proposed at any time)
      if (input.proposal === 'approve') await checkApprovalGuards({ tx, ctx, dossier, procedure, today });
      return {
        changes: { awaitingSignature: true },
        reason: input.note ?? null,
        data: { proposal: input.proposal },
      };
    },
  );
  return commandOutput(result, ctx.now());
}
