import { DomainError } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import {
  createDossier,
  isApplicantUser,
  runCommand,
  commandOutput,
  type DossierCommandOutput,
} from '../../one-stop';
import type { ReceiveInput } from './receive.schema';

export async function receiveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReceiveInput;
}): Promise<DossierCommandOutput> {
  if (isApplicantUser(ctx.user))
    throw new DomainError('FORBIDDEN', 'Chỉ cán bộ một cửa mới tiếp nhận hồ sơ.');
  if (input.mode === 'counter') {
    const { name, taxCode, ...contact } = input.applicant;
    const result = await createDossier(ctx, {
      procedureCode: input.procedureCode,
      channel: input.channel,
      applicant: { name, taxCode: taxCode ?? null, ...contact },
      applicantUserId: null,
      attachments: input.attachments,
      note: input.note,
    });
    return commandOutput(result, ctx.now());
  }
  const result = await runCommand(ctx, input, 'receive', ({ now }) => ({
    changes: { receivedAt: now },
    data: { form: 'Mẫu 01', ...(input.note ? { note: input.note } : {}) },
  }));
  return commandOutput(result, ctx.now());
}
