import { and, count, desc, eq, gt, lt, max, ne } from 'drizzle-orm';
import { must } from '@skhcn/domain';
import type { Database } from '../client';
import { loginAttempts } from '../schema';

export async function recordLoginAttempt(
  db: Database,
  input: { username: string; ip: string; success: boolean; at?: Date },
): Promise<void> {
  await db
    .insert(loginAttempts)
    .values({ ...input, username: input.username.toLowerCase(), at: input.at ?? new Date() });
}

/** Failed attempts for this username from this IP since `since` that came after the last success. */
export async function countRecentFailures(
  db: Database,
  username: string,
  ip: string,
  since: Date,
): Promise<number> {
  const u = username.toLowerCase();
  const [lastOk] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, u),
        eq(loginAttempts.ip, ip),
        eq(loginAttempts.success, true),
        gt(loginAttempts.at, since),
      ),
    )
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  const from = lastOk?.at ?? since;
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, u),
        eq(loginAttempts.ip, ip),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, from),
      ),
    );
  return Number(row?.n ?? 0);
}

/** What the sign-in limits need to know about an attempt just recorded (see `beginLoginAttempt`). */
export interface BegunLoginAttempt {
  /** The attempt's row, to settle once the password has been checked */
  id: number;
  /** Unsettled or failed attempts for this username from this address since `ipSince` (or its last success), this one included */
  ipFailures: number;
  /** Other unsettled or failed attempts for this username from any address since `accountSince` (or its last success) */
  accountFailures: number;
  /** When the latest of those other attempts was made */
  lastAccountFailureAt: Date | null;
}

/**
 * Records a sign-in attempt as a failure **before** the password is checked, then counts. Concurrent attempts each
 * see every attempt inserted before their count, so of N parallel attempts at most `limit` find fewer than `limit`
 * rows: the limit cannot be raced. Settle the attempt afterwards with `settleLoginAttempt`.
 */
export async function beginLoginAttempt(
  db: Database,
  input: { username: string; ip: string; at: Date; ipSince: Date; accountSince: Date },
): Promise<BegunLoginAttempt> {
  const username = input.username.toLowerCase();
  const [inserted] = await db
    .insert(loginAttempts)
    .values({ username, ip: input.ip, success: false, at: input.at })
    .returning({ id: loginAttempts.id });
  const id = must(inserted, 'the inserted sign-in attempt').id;
  const since = async (from: Date, ip?: string) => {
    const [lastOk] = await db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.username, username),
          ip === undefined ? undefined : eq(loginAttempts.ip, ip),
          eq(loginAttempts.success, true),
          gt(loginAttempts.at, from),
        ),
      )
      .orderBy(desc(loginAttempts.at))
      .limit(1);
    return lastOk && lastOk.at > from ? lastOk.at : from;
  };
  const ipFrom = await since(input.ipSince, input.ip);
  const [fromIp] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, username),
        eq(loginAttempts.ip, input.ip),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, ipFrom),
      ),
    );
  const accountFrom = await since(input.accountSince);
  const [fromAnywhere] = await db
    .select({ n: count(), last: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, username),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, accountFrom),
        ne(loginAttempts.id, id),
      ),
    );
  return {
    id,
    ipFailures: Number(fromIp?.n ?? 0),
    accountFailures: Number(fromAnywhere?.n ?? 0),
    lastAccountFailureAt: fromAnywhere?.last ? new Date(fromAnywhere.last) : null,
  };
}

/**
 * How an attempt begun with `beginLoginAttempt` ended: `success` (the right password), `failure` (a wrong one: it
 * stays counted) or `refused` (refused by a limit before any password was checked: forgotten, so that refused
 * attempts do not lengthen the wait of the account's owner).
 */
export async function settleLoginAttempt(
  db: Database,
  id: number,
  outcome: 'success' | 'failure' | 'refused',
): Promise<void> {
  if (outcome === 'success')
    await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id));
  else if (outcome === 'refused') await db.delete(loginAttempts).where(eq(loginAttempts.id, id));
}

/** Forget attempts older than `before` (they no longer count for the rate limit). */
export async function deleteLoginAttemptsBefore(db: Database, before: Date): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, before))
    .returning({ id: loginAttempts.id });
  return rows.length;
}
