import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Membership } from '@skhcn/domain';
import type { Database } from '../client';
import { memberships, sessions, users } from '../schema';
import { sessionChanged } from './session-changes';
import type { UserRecord } from './users.repository';

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

/** The session lookup of every request: the session, its user and the user's memberships in one statement. */
function prepareSessionLookup(db: Database) {
  return db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      active: users.active,
      kind: users.kind,
      organisationName: users.organisationName,
      taxCode: users.taxCode,
      passwordChangeRequired: users.passwordChangeRequired,
      memberships: sql<
        Membership[]
      >`coalesce((select json_agg(json_build_object('unitCode', ${memberships.unitCode}, 'role', ${memberships.role}) order by ${memberships.unitCode}) from ${memberships} where ${memberships.userId} = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(users.active, true),
      ),
    )
    .prepare('skhcn_session_lookup');
}

/** Prepared once per database (drizzle builds the SQL once; node-postgres names the statement per connection) */
const sessionLookups = new WeakMap<Database, ReturnType<typeof prepareSessionLookup>>();

/** The unexpired session of an active user for a cookie token; refreshes last_seen_at at most once a minute. */
export async function findSessionByToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<ActiveSession | undefined> {
  if (!token) return undefined;
  const id = hashToken(token);
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ id, now: now.toISOString() });
  if (!row) return undefined;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const user: UserRecord = {
    id: row.userId,
    username: row.username,
    fullName: row.fullName,
    active: row.active,
    kind: row.kind,
    memberships: row.memberships.map((m) => ({ unitCode: m.unitCode, role: m.role })),
    ...(row.kind === 'applicant' && row.organisationName !== null && row.taxCode !== null
      ? { applicant: { organisationName: row.organisationName, taxCode: row.taxCode } }
      : {}),
    ...(row.passwordChangeRequired ? { passwordChangeRequired: true as const } : {}),
  };
  return { id: row.id, csrfToken: row.csrfToken, expiresAt: new Date(row.expiresAt), user };
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
  sessionChanged({ sessionId: id });
}

export async function deleteExpiredSessions(db: Database, now = new Date()): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}
