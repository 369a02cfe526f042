import { classifyTimeliness } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { runCommand } from './dossier-engine';
import { issueOutcome } from './dossier-hooks';
import { commandOutput, type DossierCommandOutput } from './dossier-result';
import type { ApproveInput } from './approve.schema';

export async function approveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ApproveInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'approve', ({ dossier, procedure, now, today }) => ({
    changes: { completedAt: now },
    reason: input.note ?? null,
    data: {
      outcome: 'approved',
      ...(dossier.deadline ? { timeliness: classifyTimeliness(dossier.deadline, today) } : {}),
    },
    // the field app's outcome (e.g. the TĐC receipt notice and its number) is issued in the same transaction
    after: (tx, event) =>
      issueOutcome({ tx, ctx, dossier: { ...dossier, completedAt: now }, event, procedure }),
  }));
  return commandOutput(result, ctx.now());
}
