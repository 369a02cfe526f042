import type { AuthedContext } from '../../trpc';
import { runCommand, timelinessData, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { RejectInput } from './reject.schema';

export async function rejectHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RejectInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'reject', ({ dossier, now }) => ({
    changes: { completedAt: now },
    reason: input.reasons.join('; '),
    data: {
      outcome: 'rejected',
      reasons: input.reasons,
      ...timelinessData(dossier, now),
    },
  }));
  return commandOutput(result, ctx.now());
}
