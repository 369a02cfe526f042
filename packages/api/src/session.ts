import { findSessionByToken, type Database } from '@skhcn/db';
import type { SessionUser } from './context';

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

/** The session and user behind a session cookie token, or null when missing, expired or the user is inactive. */
export async function resolveSession(
  db: Database,
  token: string | undefined | null,
  now = new Date(),
): Promise<ResolvedSession | null> {
  if (!token) return null;
  const session = await findSessionByToken(db, token, now);
  if (!session) return null;
  const { id, username, fullName, memberships, kind, applicant } = session.user;
  const user: SessionUser = {
    id,
    username,
    fullName,
    memberships,
    kind,
    ...(applicant ? { applicant } : {}),
  };
  return { sessionId: session.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt, user };
}
