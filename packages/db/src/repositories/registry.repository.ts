// The public registry of TĐC receipt notices: numbering, issue, revocation, search. A notice's status is never
// stored: it is derived from its dates on the day asked (in force / expired / revoked), as the domain's
// declarationStatusOn does; `statusCondition` is the same rule in SQL.
import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { searchWords } from '@skhcn/domain';
import {
  conformityDeclarations,
  conformityNoticeCounters,
  conformityNoticeHistory,
  conformityNotices,
  dossiers,
} from '../schema';
import type { DbExecutor } from './db-executor';
import { escapeLike } from './search-text';

export type NoticeRow = typeof conformityNotices.$inferSelect;
export type NewNoticeRow = typeof conformityNotices.$inferInsert;
export type NoticeHistoryRow = typeof conformityNoticeHistory.$inferSelect;
export type RegistryStatus = 'in_force' | 'expired' | 'revoked';

/**
 * The next notice sequence of `unitCode` in `year`, from 1. One upsert in the caller's transaction: the counter row
 * stays locked until it ends, so concurrent approvals get distinct numbers; the unique constraints on the notices
 * refuse a duplicate anyway. A number is never given back: the counter only grows.
 */
export async function nextNoticeSequence(db: DbExecutor, unitCode: string, year: number): Promise<number> {
  const [row] = await db
    .insert(conformityNoticeCounters)
    .values({ unitCode, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [conformityNoticeCounters.unitCode, conformityNoticeCounters.year],
      set: { lastSeq: sql`${conformityNoticeCounters.lastSeq} + 1` },
    })
    .returning({ lastSeq: conformityNoticeCounters.lastSeq });
  if (!row) throw new Error('conformity_notice_counters returned no row');
  return row.lastSeq;
}

export async function insertNotice(db: DbExecutor, values: NewNoticeRow): Promise<NoticeRow> {
  const [row] = await db.insert(conformityNotices).values(values).returning();
  if (!row) throw new Error('conformity_notices insert returned no row');
  return row;
}

export async function appendNoticeHistory(
  db: DbExecutor,
  entry: { noticeId: string; at: Date; status: string; note?: string | null; actorUserId?: string | null },
): Promise<void> {
  await db.insert(conformityNoticeHistory).values({
    noticeId: entry.noticeId,
    at: entry.at,
    status: entry.status,
    note: entry.note ?? null,
    actorUserId: entry.actorUserId ?? null,
  });
}

export async function findNoticeByNumber(
  db: DbExecutor,
  noticeNumber: string,
): Promise<NoticeRow | undefined> {
  const [row] = await db
    .select()
    .from(conformityNotices)
    .where(eq(conformityNotices.noticeNumber, noticeNumber));
  return row;
}

/** The notices of several dossiers (a page of "Hồ sơ của tôi"), in one query. */
export async function findNoticesByDossiers(
  db: DbExecutor,
  dossierIds: readonly string[],
): Promise<NoticeRow[]> {
  if (dossierIds.length === 0) return [];
  return db
    .select()
    .from(conformityNotices)
    .where(inArray(conformityNotices.dossierId, [...dossierIds]));
}

export async function findNoticeByDossier(db: DbExecutor, dossierId: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(conformityNotices).where(eq(conformityNotices.dossierId, dossierId));
  return row;
}

/** Marks a notice revoked from `revokedOn`, only if it is not revoked yet; undefined when it already was. */
export async function revokeNotice(
  db: DbExecutor,
  id: string,
  revokedOn: string,
  reason: string,
  revokedBy: string,
): Promise<NoticeRow | undefined> {
  const [row] = await db
    .update(conformityNotices)
    .set({ revokedOn, revokedReason: reason, revokedBy })
    .where(and(eq(conformityNotices.id, id), sql`${conformityNotices.revokedOn} is null`))
    .returning();
  return row;
}

/** The SQL form of the domain's declarationStatusOn(expiry, revokedOn, onDate). */
export function statusCondition(status: RegistryStatus, onDate: string): SQL {
  const n = conformityNotices;
  const revoked = sql`(${n.revokedOn} is not null and ${n.revokedOn} <= ${onDate} and ${n.revokedOn} <= ${n.expiresOn})`;
  switch (status) {
    case 'revoked':
      return revoked;
    case 'expired':
      return sql`(not ${revoked} and ${n.expiresOn} < ${onDate})`;
    case 'in_force':
      return sql`(not ${revoked} and ${n.expiresOn} >= ${onDate})`;
  }
}

export interface RegistrySearch {
  /** Words matched (accent-insensitively, all of them) against the stored search text */
  text?: string;
  status?: RegistryStatus;
  procedureCode?: string;
  /** The day the status is judged on (ISO date) */
  onDate: string;
  offset: number;
  limit: number;
}

export interface RegistryRow {
  notice: NoticeRow;
  declaration: typeof conformityDeclarations.$inferSelect;
  dossierCode: string;
}

function registryWhere(s: Omit<RegistrySearch, 'offset' | 'limit'>): SQL | undefined {
  const c: SQL[] = [];
  if (s.status) c.push(statusCondition(s.status, s.onDate));
  if (s.procedureCode) c.push(eq(conformityNotices.procedureCode, s.procedureCode));
  for (const word of s.text === undefined ? [] : searchWords(s.text))
    c.push(ilike(conformityNotices.searchText, `%${escapeLike(word)}%`));
  return c.length > 0 ? and(...c) : undefined;
}

/** A page of registry entries, newest first, with the total of the filter. */
export async function searchRegistry(
  db: DbExecutor,
  s: RegistrySearch,
): Promise<{ rows: RegistryRow[]; total: number }> {
  const where = registryWhere(s);
  const rows = await db
    .select({ notice: conformityNotices, declaration: conformityDeclarations, dossierCode: dossiers.code })
    .from(conformityNotices)
    .innerJoin(conformityDeclarations, eq(conformityDeclarations.dossierId, conformityNotices.dossierId))
    .innerJoin(dossiers, eq(dossiers.id, conformityNotices.dossierId))
    .where(where)
    .orderBy(desc(conformityNotices.issuedOn), desc(conformityNotices.year), desc(conformityNotices.seq))
    .limit(s.limit)
    .offset(s.offset);
  const [total] = await db.select({ n: count() }).from(conformityNotices).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** One registry entry by its notice number, or undefined. */
export async function findRegistryRow(
  db: DbExecutor,
  noticeNumber: string,
): Promise<RegistryRow | undefined> {
  const [row] = await db
    .select({ notice: conformityNotices, declaration: conformityDeclarations, dossierCode: dossiers.code })
    .from(conformityNotices)
    .innerJoin(conformityDeclarations, eq(conformityDeclarations.dossierId, conformityNotices.dossierId))
    .innerJoin(dossiers, eq(dossiers.id, conformityNotices.dossierId))
    .where(eq(conformityNotices.noticeNumber, noticeNumber));
  return row;
}

/** The status history of notices, oldest first, grouped by notice id. */
export async function listNoticeHistory(
  db: DbExecutor,
  noticeIds: readonly string[],
): Promise<Map<string, NoticeHistoryRow[]>> {
  const out = new Map<string, NoticeHistoryRow[]>();
  if (noticeIds.length === 0) return out;
  const rows = await db
    .select()
    .from(conformityNoticeHistory)
    .where(inArray(conformityNoticeHistory.noticeId, [...noticeIds]))
    .orderBy(asc(conformityNoticeHistory.at), asc(conformityNoticeHistory.id));
  for (const r of rows) {
    const list = out.get(r.noticeId) ?? [];
    list.push(r);
    out.set(r.noticeId, list);
  }
  return out;
}
