import type { AuthedContext } from '../../trpc';
import { runCommand } from './dossier-engine';
import { timelinessData } from './dossier-view';
import { commandOutput, type DossierCommandOutput } from './dossier-result';
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
