import type { AuthedContext } from '../../trpc';
import {
  checkApprovalGuards,
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
  const result = await runCommand(ctx, input, 'approve', async ({ tx, dossier, procedure, now, today }) => {
    // a field's own condition (e.g. a postal licence's appraised conditions) must hold on the day of signing
    await checkApprovalGuards({ tx, ctx, dossier, procedure, today });
    return {
      changes: { completedAt: now },
      reason: input.note ?? null,
      data: {
        outcome: 'approved',
        ...timelinessData(dossier, now),
      },
      // the field app's outcome (e.g. the TĐC receipt notice and its number) is issued in the same transaction
      after: (tx, event) =>
        issueOutcome({ tx, ctx, dossier: { ...dossier, completedAt: now }, event, procedure }),
    };
  });
  return commandOutput(result, ctx.now());
}
