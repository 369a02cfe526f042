import { findUserById } from '@skhcn/db';
import type { AuthedContext } from '../../trpc';
import { assertAssignable, runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { AssignInput } from './assign.schema';

export async function assignHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: AssignInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'assign', async ({ tx, dossier }) => {
    await assertAssignable(tx, input.assigneeUserId, dossier.unitCode);
    const assignee = await findUserById(tx, input.assigneeUserId);
    return {
      changes: { assigneeUserId: input.assigneeUserId },
      data: {
        assigneeUserId: input.assigneeUserId,
        assigneeName: assignee?.fullName ?? null,
        ...(input.note ? { note: input.note } : {}),
      },
    };
  });
  return commandOutput(result, ctx.now());
}
