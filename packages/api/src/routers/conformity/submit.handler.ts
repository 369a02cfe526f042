import { declarationComponentAnswers, DomainError, type ConformityDeclaration } from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { ApplicantContext, AuthedContext } from '../../trpc';
import { createDossier, isApplicantUser } from '../../one-stop';
import { badRequest, parseDeclarationFor, saveDeclaration } from './declaration-input';
import { attachmentsOf, type ConformityReceiveInput, type ConformitySubmitInput } from './submit.schema';

export interface ConformityCreatedOutput {
  dossierId: string;
  code: string;
  status: number;
  /** The appointment date (ISO), once the dossier is received; null for an online submission not yet received */
  appointmentDate: string | null;
}

function applicantOf(d: ConformityDeclaration) {
  const o = d.organisation;
  return {
    name: o.name,
    taxCode: o.taxCode,
    address: o.address,
    ...(o.phone ? { phone: o.phone } : {}),
    ...(o.email ? { email: o.email } : {}),
  };
}

/**
 * conformity.submit: validates the declaration for today's date (the regime in force: TT 28/2012 until 30/06/2026,
 * NĐ 37/2026 from 01/07/2026), then creates the dossier through the one-stop engine and stores the declaration in
 * the same transaction. Nothing is saved when anything is invalid.
 */
export async function conformitySubmitHandler({
  ctx,
  input,
}: {
  ctx: ApplicantContext;
  input: ConformitySubmitInput;
}): Promise<ConformityCreatedOutput> {
  const declaration = parseDeclarationFor(input.procedureCode, input.declaration, vietnamToday(ctx.now()));
  // online, an organisation declares for itself; the counter may receive a declaration for any organisation
  const own = ctx.user.applicant.taxCode;
  if (declaration.organisation.taxCode !== own) {
    throw badRequest([
      {
        path: ['organisation', 'taxCode'],
        message: `Tài khoản của bạn chỉ nộp hồ sơ cho tổ chức của mình (mã số thuế ${own}). Hồ sơ của tổ chức khác nộp bằng tài khoản của tổ chức đó, hoặc tại Bộ phận một cửa.`,
      },
    ]);
  }
  const { dossier } = await createDossier(ctx, {
    procedureCode: input.procedureCode,
    channel: 'online',
    applicant: { ...applicantOf(declaration), representative: ctx.user.fullName },
    applicantUserId: ctx.user.id,
    attachments: attachmentsOf(input.components),
    componentAnswers: declarationComponentAnswers(declaration),
    after: async (tx, created) => {
      await saveDeclaration(tx, created.dossier.id, declaration);
    },
  });
  return {
    dossierId: dossier.id,
    code: dossier.code,
    status: dossier.status,
    appointmentDate: dossier.deadline,
  };
}

/** conformity.receive: the counter takes in a paper dossier (status 2 with its appointment date, Mẫu 01). */
export async function conformityReceiveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ConformityReceiveInput;
}): Promise<ConformityCreatedOutput> {
  if (isApplicantUser(ctx.user))
    throw new DomainError('FORBIDDEN', 'Chỉ cán bộ một cửa mới tiếp nhận hồ sơ.');
  const declaration = parseDeclarationFor(input.procedureCode, input.declaration, vietnamToday(ctx.now()));
  const { dossier } = await createDossier(ctx, {
    procedureCode: input.procedureCode,
    channel: input.channel,
    applicant: { ...applicantOf(declaration), ...input.applicant },
    applicantUserId: null,
    attachments: attachmentsOf(input.components),
    componentAnswers: declarationComponentAnswers(declaration),
    note: input.note,
    after: async (tx, created) => {
      await saveDeclaration(tx, created.dossier.id, declaration);
    },
  });
  return {
    dossierId: dossier.id,
    code: dossier.code,
    status: dossier.status,
    appointmentDate: dossier.deadline,
  };
}
