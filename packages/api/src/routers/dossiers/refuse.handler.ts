import type { AuthedContext } from '../../trpc';
import { runCommand } from './dossier-engine';
import { commandOutput, type DossierCommandOutput } from './dossier-result';
import type { RefuseInput } from './refuse.schema';

export async function refuseHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RefuseInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'refuse', ({ now }) => ({
    changes: { completedAt: now },
    reason: input.reasons.join('; '),
    data: { form: 'Mẫu 03', reasons: input.reasons },
  }));
  return commandOutput(result, ctx.now());
}
