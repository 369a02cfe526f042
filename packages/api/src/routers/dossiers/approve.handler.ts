import type { AuthedContext } from '../../trpc';
import {
  runCommand,
  timelinessData,
  issueOutcome,
  commandOutput,
  type DossierCommandOutput,
} from '../../one-stop';
import type { ApproveInput } from './approve.schema';

export async function approveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ApproveInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'approve', ({ dossier, procedure, now }) => ({
    changes: { completedAt: now },
    reason: input.note ?? null,
    data: {
      outcome: 'approved',
      ...timelinessData(dossier, now),
    },
    // the field app's outcome (e.g. the TĐC receipt notice and its number) is issued in the same transaction
    after: (tx, event) =>
      issueOutcome({ tx, ctx, dossier: { ...dossier, completedAt: now }, event, procedure }),
  }));
  return commandOutput(result, ctx.now());
}
