import { classifyTimeliness } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { runCommand } from './dossier-engine';
import { commandOutput, type DossierCommandOutput } from './dossier-result';
import type { RejectInput } from './reject.schema';

export async function rejectHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RejectInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'reject', ({ dossier, now, today }) => ({
    changes: { completedAt: now },
    reason: input.reasons.join('; '),
    data: {
      outcome: 'rejected',
      reasons: input.reasons,
      ...(dossier.deadline ? { timeliness: classifyTimeliness(dossier.deadline, today) } : {}),
    },
  }));
  return commandOutput(result, ctx.now());
}
