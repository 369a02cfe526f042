import { completeApplicantProfile } from '@skhcn/db';
import type { Context, SessionUser } from '../../context';
import { appError } from '../../errors';
import type { CompleteProfileInput } from './complete-profile.schema';

/**
 * auth.completeProfile: an applicant without an organisation (first signed in through an identity provider that did
 * not say it) gives its name and tax code, once; changing them later goes through the department.
 */
export async function completeProfileHandler({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: CompleteProfileInput;
}): Promise<{ user: SessionUser }> {
  if (ctx.user.kind !== 'applicant') throw appError('FORBIDDEN');
  if (ctx.user.applicant) {
    throw appError(
      'CONFLICT',
      'Tài khoản đã có thông tin tổ chức; muốn thay đổi, vui lòng liên hệ Bộ phận một cửa của Sở.',
    );
  }
  const done = await completeApplicantProfile(ctx.db, ctx.user.id, input, ctx.now());
  if (!done) throw appError('CONFLICT', 'Tài khoản đã có thông tin tổ chức.');
  return { user: { ...ctx.user, applicant: { ...input } } };
}
