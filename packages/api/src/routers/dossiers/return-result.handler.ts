import type { AuthedContext } from '../../trpc';
import { runCommand } from './dossier-engine';
import { commandOutput, type DossierCommandOutput } from './dossier-result';
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
