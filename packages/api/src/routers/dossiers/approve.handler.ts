import { classifyTimeliness } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { runCommand } from './dossier-engine';
import { commandOutput, type DossierCommandOutput } from './dossier-result';
import type { ApproveInput } from './approve.schema';

export async function approveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ApproveInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'approve', ({ dossier, now, today }) => ({
    changes: { completedAt: now },
    reason: input.note ?? null,
    data: {
      outcome: 'approved',
      ...(dossier.deadline ? { timeliness: classifyTimeliness(dossier.deadline, today) } : {}),
    },
  }));
  return commandOutput(result, ctx.now());
}
