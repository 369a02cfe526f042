import { DomainError, supplementDueDate } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { RequestAdditionsInput } from './request-additions.schema';

/** Once per dossier (the kernel's rule); the clock stops until the applicant supplies the additions. */
export async function requestAdditionsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RequestAdditionsInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'request_additions', ({ procedure, today }) => {
    const keys = new Set(procedure.components.map((c) => c.key));
    const unknown = input.items.filter((i) => i.componentKey !== undefined && !keys.has(i.componentKey));
    if (unknown.length > 0) {
      throw new DomainError(
        'BAD_INPUT',
        `Thủ tục không có thành phần hồ sơ: ${unknown.map((u) => u.componentKey).join(', ')}.`,
      );
    }
    const supplementDue = supplementDueDate(procedure, today);
    return {
      reason: input.items.map((i) => `${i.name}: ${i.reason}`).join('; '),
      data: {
        form: 'Mẫu 02',
        items: input.items,
        ...(supplementDue ? { supplementDue } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
    };
  });
  return commandOutput(result, ctx.now());
}
