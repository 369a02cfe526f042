import { appendNoticeHistory, revokeNotice } from '@skhcn/db';
import { DomainError } from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import { userCan, type AuthedContext } from '../../trpc';
import { runAfterCommitHooks, isApplicantUser, staffCan } from '../../one-stop';
import type { RevokeInput } from './conformity-queries.schema';
import { queueQualityDbPublication } from './notice-issuer';
import { findRegistryRowByNumber, noticeNotFound, registryEntryOf } from './registry.handler';
import { noticeStatusOn, type RegistryEntry } from './registry-view';

/** Who may revoke: those who may assign dossiers in the notice's unit (unit head, leader). */
const REVOKE_RIGHT = 'dossier.assign' as const;

/**
 * conformity.revoke: the notice is revoked from today; it stays in the registry, shown as revoked, with the reason in
 * its history; the revocation is queued for the national quality database.
 */
export async function revokeHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RevokeInput;
}): Promise<RegistryEntry> {
  const now = ctx.now();
  const today = vietnamToday(now);
  await ctx.db.transaction(async (tx) => {
    const row = await findRegistryRowByNumber(tx, input.noticeNumber);
    if (!row) throw noticeNotFound(input.noticeNumber);
    const { notice } = row;
    if (isApplicantUser(ctx.user) || !staffCan(ctx.user, REVOKE_RIGHT, notice.unitCode)) {
      const elsewhere = !isApplicantUser(ctx.user) && userCan(ctx.user, REVOKE_RIGHT, undefined);
      throw new DomainError(
        elsewhere ? 'FORBIDDEN_UNIT' : 'FORBIDDEN',
        elsewhere ? undefined : 'Chỉ lãnh đạo đơn vị hoặc lãnh đạo Sở được thu hồi thông báo tiếp nhận.',
        { unitCode: notice.unitCode },
      );
    }
    const status = noticeStatusOn(notice, today);
    if (status === 'revoked')
      throw new DomainError('INVALID_TRANSITION', 'Thông báo tiếp nhận này đã bị thu hồi trước đó.');
    if (status === 'expired')
      throw new DomainError(
        'INVALID_TRANSITION',
        'Thông báo tiếp nhận này đã hết hiệu lực; không cần thu hồi.',
      );
    const revoked = await revokeNotice(tx, notice.id, today, input.reason, ctx.user.id);
    if (!revoked) throw new DomainError('CONFLICT');
    await appendNoticeHistory(tx, {
      noticeId: notice.id,
      at: now,
      status: 'revoked',
      note: input.reason,
      actorUserId: ctx.user.id,
    });
    await queueQualityDbPublication(tx, revoked, row.declaration, row.dossierCode, 'revoke', now);
    ctx.logger.info({ noticeNumber: notice.noticeNumber, userId: ctx.user.id }, 'conformity notice revoked');
  });
  runAfterCommitHooks(ctx);
  return registryEntryOf(ctx.db, input.noticeNumber, now);
}
