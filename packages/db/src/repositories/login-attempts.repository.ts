import { and, count, desc, eq, gt, lt } from 'drizzle-orm';
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

/** Forget attempts older than `before` (they no longer count for the rate limit). */
export async function deleteLoginAttemptsBefore(db: Database, before: Date): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, before))
    .returning({ id: loginAttempts.id });
  return rows.length;
}
