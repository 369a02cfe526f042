import type { ApplicantContext } from '../../trpc';
import { createDossier, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { SubmitInput } from './submit.schema';

/** An applicant submits a dossier online: status 1 (Mới đăng ký), a dossier code, the files attached. */
export async function submitHandler({
  ctx,
  input,
}: {
  ctx: ApplicantContext;
  input: SubmitInput;
}): Promise<DossierCommandOutput> {
  const { organisationName, taxCode } = ctx.user.applicant;
  const result = await createDossier(ctx, {
    procedureCode: input.procedureCode,
    channel: 'online',
    applicant: { name: organisationName, taxCode, representative: ctx.user.fullName, ...input.contact },
    applicantUserId: ctx.user.id,
    attachments: input.attachments,
    note: input.note,
  });
  return commandOutput(result, ctx.now());
}
