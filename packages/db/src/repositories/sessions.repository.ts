import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../client';
import { sessions, users } from '../schema';
import { findUserById, type UserRecord } from './users.repository';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export interface CreatedSession {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Database,
  input: { userId: string; csrfToken?: string; ttlMs?: number; now?: Date },
): Promise<CreatedSession> {
  const token = randomToken();
  const id = hashToken(token);
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? SESSION_TTL_MS));
  const csrfToken = input.csrfToken ?? randomToken();
  await db
    .insert(sessions)
    .values({ id, userId: input.userId, csrfToken, createdAt: now, expiresAt, lastSeenAt: now });
  return { token, id, csrfToken, expiresAt };
}

export interface ActiveSession {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRecord;
}

/** The unexpired session of an active user for a cookie token; refreshes last_seen_at at most once a minute. */
export async function findSessionByToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<ActiveSession | undefined> {
  if (!token) return undefined;
  const id = hashToken(token);
  const [row] = await db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.active, true)));
  if (!row) return undefined;
  const user = await findUserById(db, row.userId);
  if (!user) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { id: row.id, csrfToken: row.csrfToken, expiresAt: row.expiresAt, user };
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Database, now = new Date()): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}
