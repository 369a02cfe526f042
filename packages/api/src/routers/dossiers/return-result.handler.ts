import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { ReturnResultInput } from './return-result.schema';

export async function returnResultHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReturnResultInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'return_result', () => ({
    reason: input.note ?? null,
    data: { method: input.method },
  }));
  return commandOutput(result, ctx.now());
}
