import {
  appendAccountEvent,
  beginLoginAttempt,
  deleteOtherSessionsOfUser,
  hashPassword,
  lockPasswordOf,
  settleLoginAttempt,
  setOwnPassword,
  verifyPassword,
} from '@skhcn/db';
import { DomainError, passwordIssues } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { appError } from '../../errors';
import type { ChangePasswordInput } from './change-password.schema';
import {
  accountDelayMs,
  ACCOUNT_WINDOW_MS,
  SIGN_IN_MAX_FAILURES,
  SIGN_IN_WINDOW_MS,
} from './sign-in.handler';

/**
 * auth.changePassword: the signed-in person replaces their password, proving the current one (counted with the
 * sign-in attempts, so a left-open session cannot be used to guess it faster than the sign-in page). The new one
 * must meet the policy, differ from the current one and not contain the username. The other sessions of the
 * account end; this one stays. Clears the obligation to replace a temporary password.
 */
export async function changePasswordHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ChangePasswordInput;
}): Promise<{ sessionsEnded: number }> {
  const now = ctx.now();
  const { username } = ctx.user;
  const attempt = await beginLoginAttempt(ctx.db, {
    username,
    ip: ctx.ip,
    at: now,
    ipSince: new Date(now.getTime() - SIGN_IN_WINDOW_MS),
    accountSince: new Date(now.getTime() - ACCOUNT_WINDOW_MS),
  });
  // the same two limits as the sign-in page (an attempt under way counts: parallel guesses cannot slip through)
  const delay = accountDelayMs(attempt.accountFailures);
  const waitMs = attempt.lastAccountFailureAt
    ? attempt.lastAccountFailureAt.getTime() + delay - now.getTime()
    : 0;
  if (attempt.ipFailures > SIGN_IN_MAX_FAILURES || (delay > 0 && waitMs > 0)) {
    await settleLoginAttempt(ctx.db, attempt.id, 'refused');
    throw appError(
      'RATE_LIMITED',
      'Mật khẩu hiện tại đã bị nhập sai nhiều lần. Vui lòng thử lại sau ít phút.',
      { username },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  const outcome = await ctx.db.transaction(async (tx) => {
    const current = await lockPasswordOf(tx, ctx.user.id);
    if (!current?.active) throw new DomainError('UNAUTHENTICATED');
    if (!(await verifyPassword(input.currentPassword, current.passwordHash))) return 'wrong' as const;
    const [usernameIssue] = passwordIssues(input.newPassword, { username: current.username }).filter(
      (i) => i.rule === 'username',
    );
    if (usernameIssue) throw new DomainError('BAD_INPUT', usernameIssue.message, { field: 'newPassword' });
    if (await verifyPassword(input.newPassword, current.passwordHash)) {
      throw new DomainError('BAD_INPUT', 'Mật khẩu mới phải khác mật khẩu hiện tại.', {
        field: 'newPassword',
      });
    }
    await setOwnPassword(tx, ctx.user.id, passwordHash);
    const sessionsEnded = await deleteOtherSessionsOfUser(tx, ctx.user.id, ctx.sessionId ?? null);
    await appendAccountEvent(tx, {
      userId: ctx.user.id,
      actorId: ctx.user.id,
      action: 'password_changed',
      at: now,
      details: { sessionsEnded, wasTemporary: ctx.user.passwordChangeRequired === true },
    });
    return { sessionsEnded };
  });
  if (outcome === 'wrong') {
    await settleLoginAttempt(ctx.db, attempt.id, 'failure');
    throw appError('INVALID_CREDENTIALS', 'Mật khẩu hiện tại không đúng.', { field: 'currentPassword' });
  }
  await settleLoginAttempt(ctx.db, attempt.id, 'success');
  ctx.logger.info({ userId: ctx.user.id, sessionsEnded: outcome.sessionsEnded }, 'password changed');
  return outcome;
}
