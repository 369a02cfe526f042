import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { StopInput } from './stop.schema';

export async function stopHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: StopInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'stop', ({ now }) => ({
    changes: { completedAt: now },
    reason: input.reason,
    data: { form: 'Mẫu 05' },
  }));
  return commandOutput(result, ctx.now());
}
