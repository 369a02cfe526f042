import { and, count, desc, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditDenials } from '../schema';

export interface DenialInput {
  userId?: string | null;
  username?: string | null;
  ip?: string | null;
  path: string;
  code: string;
  reason: string;
  unitCode?: string | null;
  at?: Date;
}

export type DenialRow = typeof auditDenials.$inferSelect;

/**
 * Anonymous denials (no signed-in user: a CSRF refusal, a protected procedure called without a session) kept per
 * address and in all within the last hour; beyond, they are counted in the logs but not stored, so that anonymous
 * requests cannot grow the table without bound. Denials of signed-in users are always stored.
 */
export const ANONYMOUS_DENIALS_PER_IP_PER_HOUR = 100;
export const ANONYMOUS_DENIALS_PER_HOUR = 5_000;
/** How long anonymous denials are kept (housekeeping deletes older ones); signed-in users' stay. */
export const ANONYMOUS_DENIALS_KEEP_MS = 90 * 24 * 60 * 60 * 1000;

/** Stores a denial; false when an anonymous one was over its hourly cap and not stored. */
export async function logDenial(db: Database, input: DenialInput): Promise<boolean> {
  const at = input.at ?? new Date();
  if (!input.userId) {
    const [recent] = await db
      .select({
        all: count(),
        fromIp: sql<number>`count(*) filter (where ${auditDenials.ip} is not distinct from ${input.ip ?? null})`,
      })
      .from(auditDenials)
      .where(and(isNull(auditDenials.userId), gt(auditDenials.at, new Date(at.getTime() - 3_600_000))));
    if (
      Number(recent?.fromIp ?? 0) >= ANONYMOUS_DENIALS_PER_IP_PER_HOUR ||
      Number(recent?.all ?? 0) >= ANONYMOUS_DENIALS_PER_HOUR
    )
      return false;
  }
  await db.insert(auditDenials).values({
    userId: input.userId ?? null,
    username: input.username ?? null,
    ip: input.ip ?? null,
    path: input.path,
    code: input.code,
    reason: input.reason,
    unitCode: input.unitCode ?? null,
    at,
  });
  return true;
}

/** Forgets anonymous denials older than `before`; the number deleted. */
export async function deleteAnonymousDenialsBefore(db: Database, before: Date): Promise<number> {
  const rows = await db
    .delete(auditDenials)
    .where(and(isNull(auditDenials.userId), lt(auditDenials.at, before)))
    .returning({ id: auditDenials.id });
  return rows.length;
}

export async function listDenials(db: Database, limit = 100): Promise<DenialRow[]> {
  return db.select().from(auditDenials).orderBy(desc(auditDenials.id)).limit(limit);
}
