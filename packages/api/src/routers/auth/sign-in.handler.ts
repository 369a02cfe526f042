import {
  beginLoginAttempt,
  createSession,
  deleteSession,
  findUserByUsername,
  randomToken,
  settleLoginAttempt,
  verifyAgainstDummy,
  verifyPassword,
} from '@skhcn/db';
import type { Context, SessionUser } from '../../context';
import { appError } from '../../errors';
import type { SignInInput } from './sign-in.schema';

/** At most this many failed sign-ins per username and IP address within the window, then RATE_LIMITED. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/**
 * Per account, from every address together: this many failures (within a day, since the last success) are free;
 * after that each attempt must wait a delay that doubles with every further failure, up to 15 minutes. No hard
 * lock-out, so that nobody (an office behind one NAT address, an attacker) can shut an account's owner out for good.
 */
export const ACCOUNT_FREE_FAILURES = 10;
export const ACCOUNT_WINDOW_MS = 24 * 60 * 60 * 1000;
export const ACCOUNT_MAX_DELAY_MS = 15 * 60 * 1000;

/** How long after its latest failure an account with `failures` recent failures may be tried again. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_DELAY_MS);
}

export async function signInHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: SignInInput;
}): Promise<{ user: SessionUser }> {
  const now = ctx.now();
  const { username, password } = input;
  // counted before the password is checked: parallel attempts cannot all slip under the limit
  const attempt = await beginLoginAttempt(ctx.db, {
    username,
    ip: ctx.ip,
    at: now,
    ipSince: new Date(now.getTime() - SIGN_IN_WINDOW_MS),
    accountSince: new Date(now.getTime() - ACCOUNT_WINDOW_MS),
  });
  if (attempt.ipFailures > SIGN_IN_MAX_FAILURES) {
    await settleLoginAttempt(ctx.db, attempt.id, 'refused');
    ctx.logger.warn({ username, ip: ctx.ip }, 'sign-in rate limited (username and address)');
    throw appError('RATE_LIMITED', undefined, { username });
  }
  const delay = accountDelayMs(attempt.accountFailures);
  const waitMs = attempt.lastAccountFailureAt
    ? attempt.lastAccountFailureAt.getTime() + delay - now.getTime()
    : 0;
  if (delay > 0 && waitMs > 0) {
    await settleLoginAttempt(ctx.db, attempt.id, 'refused');
    const seconds = Math.ceil(waitMs / 1000);
    ctx.logger.warn({ username, ip: ctx.ip, seconds }, 'sign-in delayed (account)');
    throw appError(
      'RATE_LIMITED',
      `Tài khoản này vừa bị đăng nhập sai nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
      { username, retryAfterSeconds: seconds },
    );
  }

  const found = await findUserByUsername(ctx.db, username);
  const ok =
    found && found.active
      ? await verifyPassword(password, found.passwordHash)
      : await verifyAgainstDummy(password);
  if (!found || !ok) {
    await settleLoginAttempt(ctx.db, attempt.id, 'failure');
    throw appError('INVALID_CREDENTIALS', undefined, { username });
  }

  await settleLoginAttempt(ctx.db, attempt.id, 'success');
  if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
  // a new CSRF token with the new session: a token seen before sign-in (planted or leaked) is worth nothing after
  const csrfToken = randomToken();
  const session = await createSession(ctx.db, { userId: found.id, csrfToken, now });
  ctx.setSessionCookie(session.token, session.expiresAt);
  ctx.setCsrfToken(csrfToken);
  ctx.logger.info({ username, userId: found.id }, 'signed in');
  return {
    user: {
      id: found.id,
      username: found.username,
      fullName: found.fullName,
      memberships: found.memberships,
      kind: found.kind,
      ...(found.applicant ? { applicant: found.applicant } : {}),
      ...(found.passwordChangeRequired ? { passwordChangeRequired: true as const } : {}),
    },
  };
}
