// SQL of the expert register and councils: members, conflict declarations and scoring sheets.
import { and, asc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import {
  scienceConflictDeclarations,
  scienceCouncilMembers,
  scienceCouncils,
  scienceExperts,
  scienceScoreSheets,
  scienceTasks,
  users,
} from '../schema';
import type { DbExecutor } from './db-executor';
import { escapeLike, foldSearchText } from './search-text';

export type ScienceExpertRow = typeof scienceExperts.$inferSelect;
export type NewScienceExpertRow = typeof scienceExperts.$inferInsert;
export type ScienceCouncilRow = typeof scienceCouncils.$inferSelect;
export type NewScienceCouncilRow = typeof scienceCouncils.$inferInsert;
export type ScienceCouncilMemberRow = typeof scienceCouncilMembers.$inferSelect;
export type ScienceConflictRow = typeof scienceConflictDeclarations.$inferSelect;
export type ScienceScoreSheetRow = typeof scienceScoreSheets.$inferSelect;

export function expertSearchText(e: {
  fullName: string;
  specialty: string;
  organisation: string;
  email: string;
}) {
  return foldSearchText([e.fullName, e.specialty, e.organisation, e.email].join(' '));
}

export async function insertScienceExpert(
  db: DbExecutor,
  values: NewScienceExpertRow,
): Promise<ScienceExpertRow> {
  const [row] = await db.insert(scienceExperts).values(values).returning();
  if (!row) throw new Error('science_experts insert returned no row');
  return row;
}

export async function findScienceExpert(db: DbExecutor, id: string): Promise<ScienceExpertRow | undefined> {
  const [row] = await db.select().from(scienceExperts).where(eq(scienceExperts.id, id));
  return row;
}

export async function findScienceExpertsByIds(
  db: DbExecutor,
  ids: readonly string[],
): Promise<ScienceExpertRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(scienceExperts)
    .where(inArray(scienceExperts.id, [...ids]));
}

export async function findScienceExpertByEmail(
  db: DbExecutor,
  email: string,
): Promise<ScienceExpertRow | undefined> {
  const [row] = await db
    .select()
    .from(scienceExperts)
    .where(sql`lower(${scienceExperts.email}) = ${email.toLowerCase()}`);
  return row;
}

/** Links an expert to the account created for them (only when none is linked yet). */
export async function linkScienceExpertAccount(
  db: DbExecutor,
  expertId: string,
  userId: string,
): Promise<ScienceExpertRow | undefined> {
  const [row] = await db
    .update(scienceExperts)
    .set({ userId })
    .where(and(eq(scienceExperts.id, expertId), sql`${scienceExperts.userId} is null`))
    .returning();
  return row;
}

export type ScienceExpertView = ScienceExpertRow & { username: string | null };

export async function listScienceExperts(
  db: DbExecutor,
  filter: { q?: string; field?: string },
): Promise<ScienceExpertView[]> {
  const conds: SQL[] = [];
  if (filter.field) conds.push(eq(scienceExperts.field, filter.field));
  for (const word of foldSearchText(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean))
    conds.push(ilike(scienceExperts.searchText, `%${escapeLike(word)}%`));
  const rows = await db
    .select({ expert: scienceExperts, username: users.username })
    .from(scienceExperts)
    .leftJoin(users, eq(users.id, scienceExperts.userId))
    .where(conds.length > 0 ? and(...conds) : undefined)
    .orderBy(asc(scienceExperts.fullName), asc(scienceExperts.id));
  return rows.map((r) => ({ ...r.expert, username: r.username }));
}

// ——— Councils ———

export async function insertScienceCouncil(
  db: DbExecutor,
  values: NewScienceCouncilRow,
): Promise<ScienceCouncilRow> {
  const [row] = await db.insert(scienceCouncils).values(values).returning();
  if (!row) throw new Error('science_councils insert returned no row');
  return row;
}

export async function findScienceCouncil(db: DbExecutor, id: string): Promise<ScienceCouncilRow | undefined> {
  const [row] = await db.select().from(scienceCouncils).where(eq(scienceCouncils.id, id));
  return row;
}

export async function listScienceCouncilsOfTask(
  db: DbExecutor,
  taskId: string,
): Promise<ScienceCouncilRow[]> {
  return db
    .select()
    .from(scienceCouncils)
    .where(eq(scienceCouncils.taskId, taskId))
    .orderBy(asc(scienceCouncils.createdAt));
}

export async function updateScienceCouncilIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<NewScienceCouncilRow, 'status' | 'closedAt' | 'closedBy' | 'outcome' | 'meetingOn'>>,
): Promise<ScienceCouncilRow | undefined> {
  const [row] = await db
    .update(scienceCouncils)
    .set({ ...changes, version: sql`${scienceCouncils.version} + 1` })
    .where(and(eq(scienceCouncils.id, id), eq(scienceCouncils.version, expectedVersion)))
    .returning();
  return row;
}

export async function insertScienceCouncilMembers(
  db: DbExecutor,
  councilId: string,
  members: readonly { expertId: string; userId: string; role: string }[],
): Promise<void> {
  if (members.length === 0) return;
  await db.insert(scienceCouncilMembers).values(
    members.map((m, i) => ({
      councilId,
      expertId: m.expertId,
      userId: m.userId,
      role: m.role,
      seq: i + 1,
    })),
  );
}

export interface ScienceCouncilMemberView extends ScienceCouncilMemberRow {
  fullName: string;
  academicTitle: string | null;
  organisation: string;
}

export async function listScienceCouncilMembers(
  db: DbExecutor,
  councilId: string,
): Promise<ScienceCouncilMemberView[]> {
  const rows = await db
    .select({ member: scienceCouncilMembers, expert: scienceExperts })
    .from(scienceCouncilMembers)
    .innerJoin(scienceExperts, eq(scienceExperts.id, scienceCouncilMembers.expertId))
    .where(eq(scienceCouncilMembers.councilId, councilId))
    .orderBy(asc(scienceCouncilMembers.seq));
  return rows.map((r) => ({
    ...r.member,
    fullName: r.expert.fullName,
    academicTitle: r.expert.academicTitle,
    organisation: r.expert.organisation,
  }));
}

/** The councils a user sits on, with their task and the user's role, newest first. */
export async function listCouncilsOfMember(
  db: DbExecutor,
  userId: string,
): Promise<
  { council: ScienceCouncilRow; role: string; taskCode: string; taskTitle: string; taskId: string }[]
> {
  return db
    .select({
      council: scienceCouncils,
      role: scienceCouncilMembers.role,
      taskCode: scienceTasks.code,
      taskTitle: scienceTasks.title,
      taskId: scienceTasks.id,
    })
    .from(scienceCouncilMembers)
    .innerJoin(scienceCouncils, eq(scienceCouncils.id, scienceCouncilMembers.councilId))
    .innerJoin(scienceTasks, eq(scienceTasks.id, scienceCouncils.taskId))
    .where(eq(scienceCouncilMembers.userId, userId))
    .orderBy(sql`${scienceCouncils.createdAt} desc`);
}

// ——— Conflict declarations and sheets ———

export async function insertConflictDeclaration(
  db: DbExecutor,
  values: typeof scienceConflictDeclarations.$inferInsert,
): Promise<ScienceConflictRow | undefined> {
  const [row] = await db.insert(scienceConflictDeclarations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function listConflictDeclarations(
  db: DbExecutor,
  councilId: string,
): Promise<ScienceConflictRow[]> {
  return db
    .select()
    .from(scienceConflictDeclarations)
    .where(eq(scienceConflictDeclarations.councilId, councilId));
}

export async function findConflictDeclaration(
  db: DbExecutor,
  key: { councilId: string; applicationId: string; memberUserId: string },
): Promise<ScienceConflictRow | undefined> {
  const [row] = await db
    .select()
    .from(scienceConflictDeclarations)
    .where(
      and(
        eq(scienceConflictDeclarations.councilId, key.councilId),
        eq(scienceConflictDeclarations.applicationId, key.applicationId),
        eq(scienceConflictDeclarations.memberUserId, key.memberUserId),
      ),
    );
  return row;
}

const sheetKey = (key: { councilId: string; applicationId: string; memberUserId: string }) =>
  and(
    eq(scienceScoreSheets.councilId, key.councilId),
    eq(scienceScoreSheets.applicationId, key.applicationId),
    eq(scienceScoreSheets.memberUserId, key.memberUserId),
  );

export async function findScoreSheet(
  db: DbExecutor,
  key: { councilId: string; applicationId: string; memberUserId: string },
): Promise<ScienceScoreSheetRow | undefined> {
  const [row] = await db.select().from(scienceScoreSheets).where(sheetKey(key));
  return row;
}

/**
 * Saves a member's sheet: inserts it (expectedVersion 0) or updates a draft still at `expectedVersion`. Returns
 * undefined when the sheet changed meanwhile or was already submitted.
 */
export async function saveScoreSheet(
  db: DbExecutor,
  key: { councilId: string; applicationId: string; memberUserId: string },
  expectedVersion: number,
  values: { scores: Record<string, number>; comment: string | null; status: 'draft' | 'submitted'; at: Date },
): Promise<ScienceScoreSheetRow | undefined> {
  const submittedAt = values.status === 'submitted' ? values.at : null;
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(scienceScoreSheets)
      .values({
        ...key,
        scores: values.scores,
        comment: values.comment,
        status: values.status,
        version: 1,
        updatedAt: values.at,
        submittedAt,
      })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(scienceScoreSheets)
    .set({
      scores: values.scores,
      comment: values.comment,
      status: values.status,
      updatedAt: values.at,
      submittedAt,
      version: sql`${scienceScoreSheets.version} + 1`,
    })
    .where(
      and(
        sheetKey(key),
        eq(scienceScoreSheets.version, expectedVersion),
        eq(scienceScoreSheets.status, 'draft'),
      ),
    )
    .returning();
  return row;
}

export async function listScoreSheets(db: DbExecutor, councilId: string): Promise<ScienceScoreSheetRow[]> {
  return db
    .select()
    .from(scienceScoreSheets)
    .where(eq(scienceScoreSheets.councilId, councilId))
    .orderBy(asc(scienceScoreSheets.applicationId), asc(scienceScoreSheets.memberUserId));
}

/** Creates the `external` account of an expert; undefined when the user name is taken (nothing is overwritten). */
export async function insertExternalUser(
  db: DbExecutor,
  input: { username: string; fullName: string; passwordHash: string },
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .insert(users)
    .values({ ...input, kind: 'external', active: true })
    .onConflictDoNothing({ target: users.username })
    .returning({ id: users.id });
  return row;
}
