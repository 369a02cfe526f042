import { attachDossierFiles } from '@skhcn/db';
import type { AuthedContext } from '../../trpc';
import { checkAttachments, runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { SupplyAdditionsInput } from './supply-additions.schema';

export async function supplyAdditionsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SupplyAdditionsInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'supply_additions', async ({ tx, user, procedure, now }) => {
    await checkAttachments(tx, user, procedure, input.attachments);
    return {
      data: { files: input.attachments.length, ...(input.note ? { note: input.note } : {}) },
      after: (t, event) => attachDossierFiles(t, input.dossierId, event.seq, input.attachments, now),
    };
  });
  return commandOutput(result, ctx.now());
}
