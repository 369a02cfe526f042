import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
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
