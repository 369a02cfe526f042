import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { searchWords } from '@skhcn/domain';
import type { Database } from '../client';
import {
  dossierEvents,
  dossierFiles,
  dossierStatusCounts,
  dossiers,
  files,
  memberships,
  users,
} from '../schema';
import type { DbExecutor } from './db-executor';
import { escapeLike, foldSearchText } from './search-text';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
export type DossierEventRow = typeof dossierEvents.$inferSelect;

/** The text the inbox searches (code, applicant name, tax code), folded for accent-insensitive matching. */
export function dossierSearchText(code: string, applicantName: string, taxCode?: string | null): string {
  return foldSearchText([code, applicantName, taxCode ?? ''].join(' '));
}

export async function insertDossier(db: DbExecutor, values: NewDossierRow): Promise<DossierRow> {
  const [row] = await db.insert(dossiers).values(values).returning();
  if (!row) throw new Error('dossiers insert returned no row');
  return row;
}

export async function findDossier(db: DbExecutor, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  return row;
}

export async function findDossierByCode(db: DbExecutor, code: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  return row;
}

export type DossierChanges = Partial<
  Pick<
    NewDossierRow,
    | 'status'
    | 'code'
    | 'receivedAt'
    | 'deadline'
    | 'deadlineBeforeExtension'
    | 'assigneeUserId'
    | 'awaitingSignature'
    | 'completedAt'
    | 'searchText'
    | 'procedureVersion'
  >
>;

/**
 * The optimistic update: `UPDATE dossiers SET …, version = version + 1 WHERE id = $id AND version = $expected`.
 * Returns the updated row, or undefined when no row matched (someone else changed the dossier first).
 * The row stays locked until the caller's transaction ends.
 */
export async function updateDossierIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  changes: DossierChanges,
  now: Date,
): Promise<DossierRow | undefined> {
  const [row] = await db
    .update(dossiers)
    .set({ ...changes, updatedAt: now, version: sql`${dossiers.version} + 1` })
    .where(and(eq(dossiers.id, id), eq(dossiers.version, expectedVersion)))
    .returning();
  return row;
}

export interface NewDossierEvent {
  dossierId: string;
  action: string;
  fromStatus: number | null;
  toStatus: number;
  actorUserId: string | null;
  at: Date;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

/**
 * Appends one step to the dossier's history with the next sequence number (gapless, from 1). Call it in the
 * transaction that changed the dossier row: the row lock orders concurrent appends, and the unique
 * (dossier_id, seq) constraint refuses a duplicate number anyway.
 */
export async function appendDossierEvent(db: DbExecutor, event: NewDossierEvent): Promise<DossierEventRow> {
  const nextSeq = sql<number>`(select coalesce(max(${dossierEvents.seq}), 0) + 1 from ${dossierEvents} where ${dossierEvents.dossierId} = ${event.dossierId})`;
  const [row] = await db
    .insert(dossierEvents)
    .values({
      dossierId: event.dossierId,
      seq: nextSeq,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actorUserId: event.actorUserId,
      at: event.at,
      reason: event.reason ?? null,
      data: event.data ?? null,
    })
    .returning();
  if (!row) throw new Error('dossier_events insert returned no row');
  return row;
}

export interface DossierEventView extends DossierEventRow {
  actorName: string | null;
  actorUsername: string | null;
}

/** The step history, oldest first, with the actor's name. */
export async function listDossierEvents(db: DbExecutor, dossierId: string): Promise<DossierEventView[]> {
  const rows = await db
    .select({ event: dossierEvents, actorName: users.fullName, actorUsername: users.username })
    .from(dossierEvents)
    .leftJoin(users, eq(users.id, dossierEvents.actorUserId))
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.seq));
  return rows.map((r) => ({ ...r.event, actorName: r.actorName, actorUsername: r.actorUsername }));
}

export interface FileAttachment {
  fileId: string;
  componentKey: string;
}

export async function attachDossierFiles(
  db: DbExecutor,
  dossierId: string,
  eventSeq: number,
  attachments: readonly FileAttachment[],
  at: Date,
): Promise<void> {
  if (attachments.length === 0) return;
  await db
    .insert(dossierFiles)
    .values(
      attachments.map((a) => ({
        dossierId,
        fileId: a.fileId,
        componentKey: a.componentKey,
        eventSeq,
        attachedAt: at,
      })),
    )
    .onConflictDoNothing();
}

export interface DossierFileView {
  fileId: string;
  componentKey: string;
  eventSeq: number;
  attachedAt: Date;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
}

export async function listDossierFiles(db: DbExecutor, dossierId: string): Promise<DossierFileView[]> {
  return db
    .select({
      fileId: dossierFiles.fileId,
      componentKey: dossierFiles.componentKey,
      eventSeq: dossierFiles.eventSeq,
      attachedAt: dossierFiles.attachedAt,
      originalName: files.originalName,
      mime: files.mime,
      size: files.size,
      sha256: files.sha256,
    })
    .from(dossierFiles)
    .innerJoin(files, eq(files.id, dossierFiles.fileId))
    .where(eq(dossierFiles.dossierId, dossierId))
    .orderBy(asc(dossierFiles.eventSeq), asc(dossierFiles.componentKey), asc(files.originalName));
}

// ——— Lists ———

export type DossierSort = 'deadline' | 'received' | 'code';

export interface DossierListFilter {
  /** Only dossiers of these units (the units the user may read); an empty list matches nothing */
  unitCodes?: readonly string[];
  applicantUserId?: string;
  statuses?: readonly number[];
  procedureCode?: string;
  /** A user id, or null for dossiers nobody is assigned to */
  assigneeUserId?: string | null;
  awaitingSignature?: boolean;
  /** Deadline window (ISO dates, inclusive) among dossiers whose clock runs (`runningStatuses`) */
  deadline?: { from?: string; to?: string; runningStatuses: readonly number[] };
  /** Free text on code, applicant name and tax code; accents and case are ignored */
  text?: string;
}

export interface DossierListOptions extends DossierListFilter {
  sort?: DossierSort;
  direction?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

export interface DossierListRow extends DossierRow {
  assigneeName: string | null;
}

function conditions(f: DossierListFilter, withStatus: boolean): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (f.unitCodes !== undefined)
    c.push(f.unitCodes.length > 0 ? inArray(dossiers.unitCode, [...f.unitCodes]) : sql`false`);
  if (f.applicantUserId !== undefined) c.push(eq(dossiers.applicantUserId, f.applicantUserId));
  if (withStatus && f.statuses !== undefined)
    c.push(f.statuses.length > 0 ? inArray(dossiers.status, [...f.statuses]) : sql`false`);
  if (f.procedureCode !== undefined) c.push(eq(dossiers.procedureCode, f.procedureCode));
  if (f.assigneeUserId === null) c.push(isNull(dossiers.assigneeUserId));
  else if (f.assigneeUserId !== undefined) c.push(eq(dossiers.assigneeUserId, f.assigneeUserId));
  if (f.awaitingSignature !== undefined) c.push(eq(dossiers.awaitingSignature, f.awaitingSignature));
  if (f.deadline) {
    c.push(inArray(dossiers.status, [...f.deadline.runningStatuses]));
    if (f.deadline.from !== undefined) c.push(gte(dossiers.deadline, f.deadline.from));
    if (f.deadline.to !== undefined) c.push(lte(dossiers.deadline, f.deadline.to));
  }
  // every word of the query must occur (the domain's matchesQuery, done by the database)
  for (const word of f.text === undefined ? [] : searchWords(f.text))
    c.push(ilike(dossiers.searchText, `%${escapeLike(word)}%`));
  return c.length > 0 ? and(...c) : undefined;
}

function orderOf(sort: DossierSort, direction: 'asc' | 'desc'): SQL[] {
  const dir = direction === 'asc' ? asc : desc;
  const nulls = sql.raw('nulls last');
  switch (sort) {
    case 'deadline':
      return [sql`${dossiers.deadline} ${sql.raw(direction)} ${nulls}`, asc(dossiers.code)];
    case 'received':
      return [
        sql`${dossiers.receivedAt} ${sql.raw(direction)} ${nulls}`,
        sql`${dossiers.createdAt} ${sql.raw(direction)}`,
        asc(dossiers.code),
      ];
    case 'code':
      return [dir(dossiers.code)];
  }
}

/**
 * Does the filter scope by unit (and status) only? Then its counts per status are read from dossier_status_counts
 * (kept by triggers) instead of counting every dossier of the units.
 */
function unitScopeOnly(f: DossierListFilter): f is DossierListFilter & { unitCodes: readonly string[] } {
  return (
    f.unitCodes !== undefined &&
    f.applicantUserId === undefined &&
    f.procedureCode === undefined &&
    f.assigneeUserId === undefined &&
    f.awaitingSignature === undefined &&
    f.deadline === undefined &&
    (f.text === undefined || searchWords(f.text).length === 0)
  );
}

/** Dossiers per status under the filter, ignoring its status filter. */
async function countByStatus(db: Database, f: DossierListFilter): Promise<{ status: number; n: number }[]> {
  if (unitScopeOnly(f)) {
    if (f.unitCodes.length === 0) return [];
    return db
      .select({
        status: dossierStatusCounts.status,
        n: sql<number>`sum(${dossierStatusCounts.count})`.mapWith(Number),
      })
      .from(dossierStatusCounts)
      .where(inArray(dossierStatusCounts.unitCode, [...f.unitCodes]))
      .groupBy(dossierStatusCounts.status);
  }
  return db
    .select({ status: dossiers.status, n: count() })
    .from(dossiers)
    .where(conditions(f, false))
    .groupBy(dossiers.status);
}

/** A page of dossiers with the total count of the filter and the count per status (ignoring the status filter). */
export async function listDossiers(
  db: Database,
  options: DossierListOptions,
): Promise<{ rows: DossierListRow[]; total: number; countsByStatus: Record<number, number> }> {
  const where = conditions(options, true);
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const offset = Math.max(options.offset ?? 0, 0);
  const [rows, perStatus] = await Promise.all([
    db
      .select({ dossier: dossiers, assigneeName: users.fullName })
      .from(dossiers)
      .leftJoin(users, eq(users.id, dossiers.assigneeUserId))
      .where(where)
      .orderBy(...orderOf(options.sort ?? 'deadline', options.direction ?? 'asc'))
      .limit(limit)
      .offset(offset),
    countByStatus(db, options),
  ]);
  const countsByStatus: Record<number, number> = {};
  for (const r of perStatus) if (r.n > 0) countsByStatus[r.status] = Number(r.n);
  // The total of the filter is the sum of its statuses' counts (the counts ignore only the status filter).
  const statuses = options.statuses === undefined ? undefined : new Set(options.statuses);
  let total = 0;
  for (const [status, n] of Object.entries(countsByStatus))
    if (!statuses || statuses.has(Number(status))) total += n;
  return {
    rows: rows.map((r) => ({ ...r.dossier, assigneeName: r.assigneeName })),
    total,
    countsByStatus,
  };
}

/** Public look-up: the dossier with this code and applicant tax code, or undefined (no hint which one was wrong). */
export async function lookupDossier(
  db: Database,
  code: string,
  taxCode: string,
): Promise<
  | Pick<
      DossierRow,
      | 'code'
      | 'status'
      | 'procedureCode'
      | 'procedureVersion'
      | 'receivedAt'
      | 'deadline'
      | 'completedAt'
      | 'updatedAt'
    >
  | undefined
> {
  const [row] = await db
    .select({
      code: dossiers.code,
      status: dossiers.status,
      procedureCode: dossiers.procedureCode,
      procedureVersion: dossiers.procedureVersion,
      receivedAt: dossiers.receivedAt,
      deadline: dossiers.deadline,
      completedAt: dossiers.completedAt,
      updatedAt: dossiers.updatedAt,
    })
    .from(dossiers)
    .where(and(eq(dossiers.code, code), eq(dossiers.applicantTaxCode, taxCode)));
  return row;
}

/** The roles an active user holds in `unitCode` (empty when none or inactive), e.g. to check an assignee. */
export async function activeRolesInUnit(db: DbExecutor, userId: string, unitCode: string): Promise<string[]> {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.unitCode, unitCode), eq(users.active, true)));
  return rows.map((r) => r.role);
}
