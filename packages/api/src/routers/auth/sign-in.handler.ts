import {
  countRecentFailures,
  createSession,
  deleteSession,
  findUserByUsername,
  recordLoginAttempt,
  verifyAgainstDummy,
  verifyPassword,
} from '@skhcn/db';
import type { Context, SessionUser } from '../../context';
import { appError } from '../../errors';
import type { SignInInput } from './sign-in.schema';

/** At most this many failed sign-ins per username and IP address within the window, then RATE_LIMITED. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export async function signInHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: SignInInput;
}): Promise<{ user: SessionUser }> {
  const now = ctx.now();
  const { username, password } = input;
  const failures = await countRecentFailures(
    ctx.db,
    username,
    ctx.ip,
    new Date(now.getTime() - SIGN_IN_WINDOW_MS),
  );
  if (failures >= SIGN_IN_MAX_FAILURES) {
    ctx.logger.warn({ username, ip: ctx.ip }, 'sign-in rate limited');
    throw appError('RATE_LIMITED', undefined, { username });
  }

  const found = await findUserByUsername(ctx.db, username);
  const ok =
    found && found.active
      ? await verifyPassword(password, found.passwordHash)
      : await verifyAgainstDummy(password);
  if (!found || !ok) {
    await recordLoginAttempt(ctx.db, { username, ip: ctx.ip, success: false, at: now });
    throw appError('INVALID_CREDENTIALS', undefined, { username });
  }

  await recordLoginAttempt(ctx.db, { username, ip: ctx.ip, success: true, at: now });
  if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
  const session = await createSession(ctx.db, {
    userId: found.id,
    csrfToken: ctx.csrfToken ?? undefined,
    now,
  });
  ctx.setSessionCookie(session.token, session.expiresAt);
  ctx.logger.info({ username, userId: found.id }, 'signed in');
  return {
    user: {
      id: found.id,
      username: found.username,
      fullName: found.fullName,
      memberships: found.memberships,
      kind: found.kind,
      ...(found.applicant ? { applicant: found.applicant } : {}),
    },
  };
}
