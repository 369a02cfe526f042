import { DomainError } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { isApplicantUser, runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { WithdrawInput } from './withdraw.schema';

export async function withdrawHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: WithdrawInput;
}): Promise<DossierCommandOutput> {
  const byApplicant = isApplicantUser(ctx.user);
  const result = await runCommand(ctx, input, 'withdraw', ({ now }) => {
    if (!byApplicant && !input.reason) {
      throw new DomainError('BAD_INPUT', 'Vui lòng ghi căn cứ rút hồ sơ (văn bản đề nghị của người nộp).');
    }
    return { changes: { completedAt: now }, reason: input.reason ?? null, data: { byApplicant } };
  });
  return commandOutput(result, ctx.now());
}
