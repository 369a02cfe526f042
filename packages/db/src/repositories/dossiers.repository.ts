import { and, asc, desc, eq, gte, ilike, inArray, isNull, like, lte, sql, type SQL } from 'drizzle-orm';
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
  /** The first step of a dossier inserted in this transaction: number 1, without looking at the history */
  first?: boolean;
}

/**
 * Appends one step to the dossier's history with the next sequence number (gapless, from 1). Call it in the
 * transaction that changed the dossier row: the row lock orders concurrent appends, and the unique
 * (dossier_id, seq) constraint refuses a duplicate number anyway.
 */
export async function appendDossierEvent(db: DbExecutor, event: NewDossierEvent): Promise<DossierEventRow> {
  const nextSeq = event.first
    ? 1
    : sql<number>`(select coalesce(max(${dossierEvents.seq}), 0) + 1 from ${dossierEvents} where ${dossierEvents.dossierId} = ${event.dossierId})`;
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
  /** Only these procedures (a field's); an empty list matches nothing */
  procedureCodes?: readonly string[];
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

/** The columns a list shows (not the search text, the applicant record nor the component answers) */
const LIST_COLUMNS = {
  id: dossiers.id,
  code: dossiers.code,
  procedureCode: dossiers.procedureCode,
  procedureVersion: dossiers.procedureVersion,
  unitCode: dossiers.unitCode,
  status: dossiers.status,
  channel: dossiers.channel,
  applicantName: dossiers.applicantName,
  applicantTaxCode: dossiers.applicantTaxCode,
  applicantUserId: dossiers.applicantUserId,
  assigneeUserId: dossiers.assigneeUserId,
  submittedAt: dossiers.submittedAt,
  receivedAt: dossiers.receivedAt,
  completedAt: dossiers.completedAt,
  updatedAt: dossiers.updatedAt,
  deadline: dossiers.deadline,
  deadlineBeforeExtension: dossiers.deadlineBeforeExtension,
  awaitingSignature: dossiers.awaitingSignature,
  version: dossiers.version,
} as const;

export type DossierListRow = Pick<DossierRow, keyof typeof LIST_COLUMNS> & {
  assigneeName: string | null;
};

function conditions(f: DossierListFilter, withStatus: boolean): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (f.unitCodes !== undefined)
    c.push(f.unitCodes.length > 0 ? inArray(dossiers.unitCode, [...f.unitCodes]) : sql`false`);
  if (f.applicantUserId !== undefined) c.push(eq(dossiers.applicantUserId, f.applicantUserId));
  if (withStatus && f.statuses !== undefined)
    c.push(f.statuses.length > 0 ? inArray(dossiers.status, [...f.statuses]) : sql`false`);
  if (f.procedureCode !== undefined) c.push(eq(dossiers.procedureCode, f.procedureCode));
  if (f.procedureCodes !== undefined)
    c.push(f.procedureCodes.length > 0 ? inArray(dossiers.procedureCode, [...f.procedureCodes]) : sql`false`);
  if (f.assigneeUserId === null) c.push(isNull(dossiers.assigneeUserId));
  else if (f.assigneeUserId !== undefined) c.push(eq(dossiers.assigneeUserId, f.assigneeUserId));
  if (f.awaitingSignature !== undefined) c.push(eq(dossiers.awaitingSignature, f.awaitingSignature));
  if (f.deadline) {
    c.push(inArray(dossiers.status, [...f.deadline.runningStatuses]));
    if (f.deadline.from !== undefined) c.push(gte(dossiers.deadline, f.deadline.from));
    if (f.deadline.to !== undefined) c.push(lte(dossiers.deadline, f.deadline.to));
  }
  // every word of the query must occur (the domain's matchesQuery, done by the database), except that the beginning
  // of a dossier code must begin the code (search_text starts with the code)
  for (const word of f.text === undefined ? [] : searchWords(f.text))
    c.push(
      isCodePrefix(word)
        ? like(dossiers.searchText, `${escapeLike(word)}%`)
        : ilike(dossiers.searchText, `%${escapeLike(word)}%`),
    );
  return c.length > 0 ? and(...c) : undefined;
}

/**
 * A word shaped like the beginning of a dossier code ("cctdc-2611", "hts-260302-00"): a unit code, a dash, a digit.
 * It is matched against the beginning of the codes (an index range) instead of anywhere in code, name and tax code,
 * where such a word occurs only in the code anyway.
 */
const CODE_PREFIX = /^[a-z]+-[0-9]/;

function isCodePrefix(word: string): boolean {
  return CODE_PREFIX.test(word);
}

/**
 * The ORDER BY of a sort. `fromIndex: false` writes the leading key as an expression no index provides (same
 * values, same order): for a page among a few known ids, so that the planner fetches them by id and sorts them
 * instead of walking a whole unit in index order looking for them.
 */
function orderOf(sort: DossierSort, direction: 'asc' | 'desc', fromIndex = true): SQL[] {
  const dir = direction === 'asc' ? asc : desc;
  const nulls = sql.raw('nulls last');
  switch (sort) {
    case 'deadline': {
      const key = fromIndex ? sql`${dossiers.deadline}` : sql`(${dossiers.deadline} + 0)`;
      return [sql`${key} ${sql.raw(direction)} ${nulls}`, asc(dossiers.code)];
    }
    case 'received': {
      const key = fromIndex
        ? sql`${dossiers.receivedAt}`
        : sql`(${dossiers.receivedAt} + interval '0 seconds')`;
      return [
        sql`${key} ${sql.raw(direction)} ${nulls}`,
        sql`${dossiers.createdAt} ${sql.raw(direction)}`,
        asc(dossiers.code),
      ];
    }
    case 'code':
      return fromIndex ? [dir(dossiers.code)] : [sql`(${dossiers.code} || '') ${sql.raw(direction)}`];
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
    f.procedureCodes === undefined &&
    f.assigneeUserId === undefined &&
    f.awaitingSignature === undefined &&
    f.deadline === undefined &&
    (f.text === undefined || searchWords(f.text).length === 0)
  );
}

/**
 * Under a filter the counters cannot answer (other than free text), counting stops at this many dossiers per
 * status: an exact count of a broad filter reads most of a unit's dossiers, far too slow for the inbox.
 */
export const DOSSIER_COUNT_CAP = 1000;

/**
 * A free-text search reads at most this many matches (one pass through the trigram index): below it the counts are
 * exact and the page is read among the matches; above it the counts are lower bounds.
 */
export const DOSSIER_TEXT_MATCH_CAP = 2000;

/** The national status codes 1..10, each counted on its own under a filter. */
const ALL_STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface StatusCounts {
  counts: Record<number, number>;
  /** Statuses whose count stopped at the cap: the true number is larger */
  capped: Set<number>;
}

function countsOf(rows: readonly { status: number | string; n: number | string }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of rows) if (Number(r.n) > 0) counts[Number(r.status)] = Number(r.n);
  return counts;
}

function hasText<F extends DossierListFilter>(f: F): f is F & { text: string } {
  return f.text !== undefined && searchWords(f.text).length > 0;
}

function countRows(rows: readonly { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/**
 * Dossiers per status under a filter without free text, ignoring its status filter: exact from the counters when
 * the filter scopes by unit only; otherwise counted up to DOSSIER_COUNT_CAP per status, each status through an
 * index leading with the filter's columns and the status.
 */
/**
 * The list statements of the filters seen lately, prepared: drizzle builds their SQL once, and PostgreSQL parses and
 * plans a named statement once per connection. A screen asks the same few filters again and again (an officer's
 * inbox, a field's list); a filter's values are part of its key, so a statement never mixes two filters.
 */
const preparedStatements = new WeakMap<Database, Map<string, { execute(): Promise<unknown> }>>();
const PREPARED_MAX = 500;
let preparedCount = 0;

function runPrepared<T>(
  db: Database,
  key: string,
  build: () => { prepare(name: string): { execute(): Promise<T> } },
): Promise<T> {
  let byKey = preparedStatements.get(db);
  if (!byKey) {
    byKey = new Map();
    preparedStatements.set(db, byKey);
  }
  let statement = byKey.get(key) as { execute(): Promise<T> } | undefined;
  if (!statement) {
    if (byKey.size >= PREPARED_MAX) byKey.clear();
    statement = build().prepare(`skhcn_list_${++preparedCount}`);
    byKey.set(key, statement);
  }
  return statement.execute();
}

async function countByStatus(db: Database, f: DossierListFilter): Promise<StatusCounts> {
  if (unitScopeOnly(f)) {
    if (f.unitCodes.length === 0) return { counts: {}, capped: new Set() };
    const unitCodes = [...f.unitCodes];
    const rows = await runPrepared(db, `counts:${JSON.stringify(unitCodes)}`, () =>
      db
        .select({
          status: dossierStatusCounts.status,
          n: sql<number>`sum(${dossierStatusCounts.count})`.mapWith(Number),
        })
        .from(dossierStatusCounts)
        .where(inArray(dossierStatusCounts.unitCode, unitCodes))
        .groupBy(dossierStatusCounts.status),
    );
    return { counts: countsOf(rows), capped: new Set() };
  }
  const where = conditions(f, false) ?? sql`true`;
  const limit = sql.raw(String(DOSSIER_COUNT_CAP + 1));
  const statusList = sql.join(
    ALL_STATUSES.map((status) => sql`(${sql.raw(String(status))})`),
    sql`, `,
  );
  const rows = await db
    .select({
      status: sql<number>`s.status`.mapWith(Number),
      n: sql<number>`(select count(*) from (select 1 from ${dossiers} where ${dossiers.status} = s.status and ${where} limit ${limit}) as c)`.mapWith(
        Number,
      ),
    })
    .from(sql`(values ${statusList}) as s(status)`);
  const counts = countsOf(rows);
  const capped = new Set<number>();
  for (const [status, n] of Object.entries(counts))
    if (n > DOSSIER_COUNT_CAP) {
      counts[Number(status)] = DOSSIER_COUNT_CAP;
      capped.add(Number(status));
    }
  return { counts, capped };
}

export interface DossierListResult {
  rows: DossierListRow[];
  /** Dossiers matching the filter; a lower bound when `totalCapped` */
  total: number;
  /** True when counting stopped at the cap for a status the filter selects: there are more than `total` */
  totalCapped: boolean;
  /** Count per status under the filter except its status filter; a lower bound for the statuses in `cappedStatuses` */
  countsByStatus: Record<number, number>;
  /** The statuses whose count stopped at the cap (more exist than counted); empty when every count is exact */
  cappedStatuses: number[];
}

/**
 * A page of dossiers with the total count of the filter and the count per status (ignoring the status filter).
 *
 * Free text is searched once: at most DOSSIER_TEXT_MATCH_CAP + 1 matches through the trigram index, ranked in the
 * chosen order. When they are all the matches, the counts are exact and the page's few rows are read by id; when
 * there are more, the counts of the first DOSSIER_TEXT_MATCH_CAP are lower bounds for every status and the page
 * is read as without text.
 */
export async function listDossiers(db: Database, options: DossierListOptions): Promise<DossierListResult> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const offset = Math.max(options.offset ?? 0, 0);
  const statuses = options.statuses === undefined ? undefined : new Set(options.statuses);
  const page = (where: SQL | undefined, fromIndex = true, pageOffset = offset) =>
    db
      .select({ ...LIST_COLUMNS, assigneeName: users.fullName })
      .from(dossiers)
      .leftJoin(users, eq(users.id, dossiers.assigneeUserId))
      .where(where)
      .orderBy(...orderOf(options.sort ?? 'deadline', options.direction ?? 'asc', fromIndex))
      .limit(limit)
      .offset(pageOffset);

  // Many dossiers begin with a code prefix (a month of a unit: thousands) and the recent ones come last in index
  // order: their page is ranked from the code prefix index (index-only), then read by id.
  const pageByCodePrefix = async () => {
    const ids = await db
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(conditions(options, true))
      .orderBy(...orderOf(options.sort ?? 'deadline', options.direction ?? 'asc', false))
      .limit(limit)
      .offset(offset);
    return ids.length === 0
      ? []
      : page(
          inArray(
            dossiers.id,
            ids.map((r) => r.id),
          ),
          false,
          0,
        );
  };
  let rows: Awaited<ReturnType<typeof page>>;
  let perStatus: StatusCounts;
  if (hasText(options)) {
    // The matches (at most the cap + 1) with their rank in the chosen order, ranked by the database (its collation)
    // over the few columns read; the subquery takes the table's name so that the ORDER BY of the sort applies.
    const sort = orderOf(options.sort ?? 'deadline', options.direction ?? 'asc');
    const matched = sql`(select ${dossiers.id}, ${dossiers.status}, ${dossiers.deadline}, ${dossiers.code}, ${dossiers.receivedAt}, ${dossiers.createdAt} from ${dossiers} where ${conditions(options, false)} limit ${sql.raw(String(DOSSIER_TEXT_MATCH_CAP + 1))}) as ${sql.identifier('dossiers')}`;
    const matches = await db
      .select({
        id: sql<string>`${sql.identifier('dossiers')}.${sql.identifier('id')}`,
        status: sql<number>`${sql.identifier('dossiers')}.${sql.identifier('status')}`.mapWith(Number),
        rank: sql<number>`row_number() over (order by ${sql.join(sort, sql`, `)})`.mapWith(Number),
      })
      .from(matched);
    if (matches.length <= DOSSIER_TEXT_MATCH_CAP) {
      // every match is known: exact counts, and the page is read by id
      const ids = matches
        .filter((m) => !statuses || statuses.has(m.status))
        .sort((a, b) => a.rank - b.rank)
        .slice(offset, offset + limit)
        .map((m) => m.id);
      rows = ids.length === 0 ? [] : await page(inArray(dossiers.id, ids), false, 0);
      perStatus = { counts: countRows(matches), capped: new Set() };
    } else {
      rows = searchWords(options.text).some(isCodePrefix)
        ? await pageByCodePrefix()
        : await page(conditions(options, true));
      perStatus = {
        counts: countRows(matches.slice(0, DOSSIER_TEXT_MATCH_CAP)),
        capped: new Set(ALL_STATUSES),
      };
    }
  } else {
    // the same filter asked again (an inbox reloaded) runs its prepared statement
    const pageKey = `page:${JSON.stringify({ ...options, limit, offset })}`;
    [rows, perStatus] = await Promise.all([
      runPrepared(db, pageKey, () => page(conditions(options, true))),
      countByStatus(db, options),
    ]);
  }

  const countsByStatus = perStatus.counts;
  // The total of the filter is the sum of its statuses' counts (the counts ignore only the status filter).
  let total = 0;
  for (const [status, n] of Object.entries(countsByStatus))
    if (!statuses || statuses.has(Number(status))) total += n;
  const cappedStatuses = [...perStatus.capped].sort((a, b) => a - b);
  return {
    rows,
    total,
    totalCapped: cappedStatuses.some((status) => !statuses || statuses.has(status)),
    countsByStatus,
    cappedStatuses,
  };
}

/** Public look-up: the dossier with this code and applicant tax code, or undefined (no hint which one was wrong). */
/** A dossier's public status by its code and either the applicant's tax code or the key printed in its QR code. */
export async function lookupDossier(
  db: Database,
  code: string,
  proof: { taxCode: string } | { publicKey: string },
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
    .where(
      and(
        eq(dossiers.code, code),
        'taxCode' in proof
          ? eq(dossiers.applicantTaxCode, proof.taxCode)
          : eq(dossiers.publicKey, proof.publicKey),
      ),
    );
  return row;
}

/** The reason of the last `action` step of each of `dossierIds` that has one (e.g. what additions were asked). */
export async function listLastReasons(
  db: DbExecutor,
  dossierIds: readonly string[],
  action: string,
): Promise<Map<string, string>> {
  if (dossierIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([dossierEvents.dossierId], {
      dossierId: dossierEvents.dossierId,
      reason: dossierEvents.reason,
    })
    .from(dossierEvents)
    .where(and(inArray(dossierEvents.dossierId, [...dossierIds]), eq(dossierEvents.action, action)))
    .orderBy(asc(dossierEvents.dossierId), desc(dossierEvents.seq));
  return new Map(rows.flatMap((r) => (r.reason ? [[r.dossierId, r.reason] as const] : [])));
}

/** The actions recorded for each of `dossierIds`, in order (one query for a page of dossiers). */
export async function listActionsOfDossiers(
  db: DbExecutor,
  dossierIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return out;
  const rows = await db
    .select({ dossierId: dossierEvents.dossierId, action: dossierEvents.action })
    .from(dossierEvents)
    .where(inArray(dossierEvents.dossierId, [...dossierIds]))
    .orderBy(asc(dossierEvents.dossierId), asc(dossierEvents.seq));
  for (const r of rows) out.get(r.dossierId)?.push(r.action);
  return out;
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

/**
 * Online submissions of an applicant account since `dayStart` and since `hourStart`. Takes a row lock on the
 * account first, so that concurrent submissions of one account are counted one after the other (call inside the
 * submitting transaction).
 */
export async function countRecentSubmissions(
  tx: DbExecutor,
  applicantUserId: string,
  since: { dayStart: Date; hourStart: Date },
): Promise<{ day: number; hour: number }> {
  await tx.execute(sql`select 1 from ${users} where ${users.id} = ${applicantUserId} for update`);
  const [row] = await tx
    .select({
      day: sql<number>`count(*)`,
      hour: sql<number>`count(*) filter (where ${dossiers.submittedAt} > ${since.hourStart.toISOString()}::timestamptz)`,
    })
    .from(dossiers)
    .where(and(eq(dossiers.applicantUserId, applicantUserId), gte(dossiers.submittedAt, since.dayStart)));
  return { day: Number(row?.day ?? 0), hour: Number(row?.hour ?? 0) };
}
