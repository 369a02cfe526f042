// Accounts as the administrator manages them: a paged list, and changes that check the account's `version` (a
// concurrent edit is refused, never overwritten) and append an account_events row in the caller's transaction.
import { and, asc, count, desc, eq, exists, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { normalizeVietnamese, searchWords, type Membership, type Role } from '@skhcn/domain';
import { accountEvents, memberships, sessions, users, type AccountAction, type UserKind } from '../schema';
import { sessionChanged } from './session-changes';
import type { DbExecutor } from './db-executor';
import { escapeLike } from './search-text';

// Vietnamese letters with marks (both cases, NFC) and their plain letters, for an accent- and case-insensitive
// search in SQL that works the same on PGlite and PostgreSQL whatever the collation (no unaccent extension needed).
const MARKED_LETTERS = [...'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ'].flatMap(
  (c) => [c, c.toUpperCase()],
);
const FOLD_FROM = MARKED_LETTERS.join('');
const FOLD_TO = MARKED_LETTERS.map((c) => normalizeVietnamese(c)).join('');

/** `column` without marks, lower-cased (as the domain's normalizeVietnamese folds the query). */
function folded(column: SQL) {
  return sql`lower(translate(coalesce(${column}, ''), ${FOLD_FROM}, ${FOLD_TO}))`;
}

export interface AccountRow {
  id: string;
  username: string;
  fullName: string;
  kind: UserKind;
  active: boolean;
  version: number;
  createdAt: Date;
  organisationName: string | null;
  taxCode: string | null;
  /** Still on a temporary password an administrator issued */
  passwordChangeRequired: boolean;
  memberships: Membership[];
}

export const ACCOUNT_SORTS = ['fullName', 'username', 'createdAt'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export interface AccountFilter {
  unitCode?: string | undefined;
  role?: Role | undefined;
  kind?: UserKind | undefined;
  active?: boolean | undefined;
  /** words found in the username, full name or organisation name (marks and case ignored) */
  search?: string | undefined;
  sort: AccountSort;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

async function membershipsByUser(db: DbExecutor, ids: readonly string[]): Promise<Map<string, Membership[]>> {
  const byUser = new Map<string, Membership[]>();
  if (ids.length === 0) return byUser;
  const rows = await db
    .select({ userId: memberships.userId, unitCode: memberships.unitCode, role: memberships.role })
    .from(memberships)
    .where(inArray(memberships.userId, [...ids]))
    .orderBy(asc(memberships.unitCode), asc(memberships.role));
  for (const r of rows) {
    const list = byUser.get(r.userId) ?? [];
    list.push({ unitCode: r.unitCode, role: r.role as Role });
    byUser.set(r.userId, list);
  }
  return byUser;
}

const accountColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  kind: users.kind,
  active: users.active,
  version: users.version,
  createdAt: users.createdAt,
  organisationName: users.organisationName,
  taxCode: users.taxCode,
  passwordChangeRequired: users.passwordChangeRequired,
};

/** One page of accounts matching the filter, and how many match in all. */
export async function listAccounts(
  db: DbExecutor,
  filter: AccountFilter,
): Promise<{ total: number; rows: AccountRow[] }> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.kind) conditions.push(eq(users.kind, filter.kind));
  if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
  if (filter.unitCode || filter.role) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(memberships)
          .where(
            and(
              eq(memberships.userId, users.id),
              filter.unitCode ? eq(memberships.unitCode, filter.unitCode) : undefined,
              filter.role ? eq(memberships.role, filter.role) : undefined,
            ),
          ),
      ),
    );
  }
  // every word of the search in the username, the full name or the organisation's name, marks and case ignored
  for (const word of searchWords(filter.search ?? '')) {
    const pattern = `%${escapeLike(word)}%`;
    conditions.push(
      or(
        sql`${folded(sql`${users.username}`)} like ${pattern}`,
        sql`${folded(sql`${users.fullName}`)} like ${pattern}`,
        sql`${folded(sql`${users.organisationName}`)} like ${pattern}`,
      ),
    );
  }
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const column = { fullName: users.fullName, username: users.username, createdAt: users.createdAt }[
    filter.sort
  ];
  const order = filter.direction === 'desc' ? desc(column) : asc(column);
  const rows = await db
    .select(accountColumns)
    .from(users)
    .where(where)
    .orderBy(order, asc(users.username))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const byUser = await membershipsByUser(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: totalRow?.n ?? 0,
    rows: rows.map((r) => ({ ...r, memberships: byUser.get(r.id) ?? [] })),
  };
}

/** One account (for update: locks the row in the caller's transaction). */
export async function findAccount(
  db: DbExecutor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AccountRow | undefined> {
  const query = db.select(accountColumns).from(users).where(eq(users.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) return undefined;
  return { ...row, memberships: (await membershipsByUser(db, [row.id])).get(row.id) ?? [] };
}

/** Whether a username is taken (active or not). */
export async function usernameTaken(db: DbExecutor, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row !== undefined;
}

/** Ids of the active accounts holding the admin role in some unit (locked, so two removals cannot race). */
export async function activeAdministratorIds(db: DbExecutor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        exists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .where(and(eq(memberships.userId, users.id), eq(memberships.role, 'admin'))),
        ),
      ),
    )
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((r) => r.id);
}

export interface NewAccount {
  username: string;
  fullName: string;
  passwordHash: string;
  kind: UserKind;
  memberships: Membership[];
  organisationName?: string;
  taxCode?: string;
  /** A temporary password the person must replace at the first sign-in */
  passwordChangeRequired?: boolean;
}

export async function insertAccount(db: DbExecutor, input: NewAccount): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({
      username: input.username,
      fullName: input.fullName,
      passwordHash: input.passwordHash,
      kind: input.kind,
      organisationName: input.organisationName ?? null,
      taxCode: input.taxCode ?? null,
      passwordChangeRequired: input.passwordChangeRequired ?? false,
    })
    .returning({ id: users.id });
  if (!row) throw new Error(`insert of user "${input.username}" returned no row`);
  if (input.memberships.length > 0) {
    await db
      .insert(memberships)
      .values(input.memberships.map((m) => ({ userId: row.id, unitCode: m.unitCode, role: m.role })));
  }
  return row.id;
}

/**
 * Applies `change` to the account if it is still at `expectedVersion`, bumping the version; false when another
 * change came first (the caller reports CONFLICT).
 */
export async function updateAccountIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  change: { active?: boolean; passwordHash?: string; fullName?: string; passwordChangeRequired?: boolean },
): Promise<number | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...change, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning({ version: users.version });
  if (row) sessionChanged({ userId: id });
  return row?.version;
}

export async function replaceMemberships(db: DbExecutor, userId: string, list: readonly Membership[]) {
  await db.delete(memberships).where(eq(memberships.userId, userId));
  sessionChanged({ userId });
  if (list.length > 0) {
    await db.insert(memberships).values(list.map((m) => ({ userId, unitCode: m.unitCode, role: m.role })));
  }
}

/** An account's password hash, its username and whether it is a temporary one, the row locked until commit. */
export async function lockPasswordOf(
  db: DbExecutor,
  userId: string,
): Promise<{ username: string; passwordHash: string; active: boolean } | undefined> {
  const [row] = await db
    .select({ username: users.username, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row;
}

/** The person's own new password: stored, no longer temporary, the version bumped. */
export async function setOwnPassword(db: DbExecutor, userId: string, passwordHash: string): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, passwordChangeRequired: false, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
  sessionChanged({ userId });
}

/** Ends every session of an account but one (the one in use); how many were ended. */
export async function deleteOtherSessionsOfUser(
  db: DbExecutor,
  userId: string,
  keepSessionId: string | null,
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      keepSessionId === null
        ? eq(sessions.userId, userId)
        : and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)),
    )
    .returning({ id: sessions.id });
  sessionChanged({ userId });
  return rows.length;
}

/** Ends every session of an account at once; how many were ended. */
export async function deleteSessionsOfUser(db: DbExecutor, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  sessionChanged({ userId });
  return rows.length;
}

export async function appendAccountEvent(
  db: DbExecutor,
  event: {
    userId: string;
    actorId: string;
    action: AccountAction;
    at: Date;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(accountEvents).values({ ...event, details: event.details ?? {} });
}

export interface AccountEventRow {
  id: number;
  at: Date;
  action: AccountAction;
  actor: { id: string; fullName: string };
  details: Record<string, unknown>;
}

/** The changes made to an account, newest first. */
export async function listAccountEvents(
  db: DbExecutor,
  userId: string,
  limit = 50,
): Promise<AccountEventRow[]> {
  const rows = await db
    .select({
      id: accountEvents.id,
      at: accountEvents.at,
      action: accountEvents.action,
      actorId: accountEvents.actorId,
      actorName: users.fullName,
      details: accountEvents.details,
    })
    .from(accountEvents)
    .innerJoin(users, eq(users.id, accountEvents.actorId))
    .where(eq(accountEvents.userId, userId))
    .orderBy(desc(accountEvents.at), desc(accountEvents.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    actor: { id: r.actorId, fullName: r.actorName },
    details: r.details,
  }));
}
