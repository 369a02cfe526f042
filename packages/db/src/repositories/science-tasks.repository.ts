// SQL of science tasks: the task row (with its optimistic version), its append-only events, numbering, applications,
// milestones, progress reports, inspections, adjustments, follow-ups, registration certificates, and the lists and
// counts of the office's board and reports.
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import {
  scienceAdjustments,
  scienceApplications,
  scienceCertificates,
  scienceCounters,
  scienceFollowUps,
  scienceInspections,
  scienceMilestones,
  scienceProgressReports,
  scienceTaskEvents,
  scienceTasks,
  users,
} from '../schema';
import type { DbExecutor } from './db-executor';
import { escapeLike, foldSearchText } from './search-text';

export type ScienceTaskRow = typeof scienceTasks.$inferSelect;
export type NewScienceTaskRow = typeof scienceTasks.$inferInsert;
export type ScienceTaskChanges = Partial<Omit<NewScienceTaskRow, 'id' | 'code' | 'version' | 'createdAt'>>;
export type ScienceTaskEventRow = typeof scienceTaskEvents.$inferSelect;
export type ScienceApplicationRow = typeof scienceApplications.$inferSelect;
export type NewScienceApplicationRow = typeof scienceApplications.$inferInsert;
export type ScienceMilestoneRow = typeof scienceMilestones.$inferSelect;
export type ScienceProgressReportRow = typeof scienceProgressReports.$inferSelect;
export type ScienceInspectionRow = typeof scienceInspections.$inferSelect;
export type ScienceAdjustmentRow = typeof scienceAdjustments.$inferSelect;
export type ScienceFollowUpRow = typeof scienceFollowUps.$inferSelect;
export type ScienceCertificateRow = typeof scienceCertificates.$inferSelect;

/** The next number of a unit's `kind` sequence in `year` (1, 2, …), never given twice, in the caller's transaction. */
export async function nextScienceSequence(
  db: DbExecutor,
  unitCode: string,
  kind: 'task' | 'certificate',
  year: number,
): Promise<number> {
  const [row] = await db
    .insert(scienceCounters)
    .values({ unitCode, kind, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [scienceCounters.unitCode, scienceCounters.kind, scienceCounters.year],
      set: { lastSeq: sql`${scienceCounters.lastSeq} + 1` },
    })
    .returning({ lastSeq: scienceCounters.lastSeq });
  if (!row) throw new Error('science_counters returned no row');
  return row.lastSeq;
}

/** Folded code, title, proposer, host and certificate number: what the board's and registry's search match. */
export function scienceTaskSearchText(t: {
  code: string;
  title: string;
  proposerName: string;
  hostName?: string | null;
  certificateNumber?: string | null;
}): string {
  return foldSearchText(
    [t.code, t.title, t.proposerName, t.hostName ?? '', t.certificateNumber ?? ''].join(' '),
  );
}

export async function insertScienceTask(db: DbExecutor, values: NewScienceTaskRow): Promise<ScienceTaskRow> {
  const [row] = await db.insert(scienceTasks).values(values).returning();
  if (!row) throw new Error('science_tasks insert returned no row');
  return row;
}

export async function findScienceTask(db: DbExecutor, id: string): Promise<ScienceTaskRow | undefined> {
  const [row] = await db.select().from(scienceTasks).where(eq(scienceTasks.id, id));
  return row;
}

export async function findScienceTaskByRegistrationDossier(
  db: DbExecutor,
  dossierId: string,
): Promise<ScienceTaskRow | undefined> {
  const [row] = await db.select().from(scienceTasks).where(eq(scienceTasks.registrationDossierId, dossierId));
  return row;
}

/** Applies `changes` when the row still has `expectedVersion` (and bumps it); undefined when someone else won. */
export async function updateScienceTaskIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  changes: ScienceTaskChanges,
  now: Date,
): Promise<ScienceTaskRow | undefined> {
  const [row] = await db
    .update(scienceTasks)
    .set({ ...changes, updatedAt: now, version: sql`${scienceTasks.version} + 1` })
    .where(and(eq(scienceTasks.id, id), eq(scienceTasks.version, expectedVersion)))
    .returning();
  return row;
}

export interface NewScienceTaskEvent {
  taskId: string;
  action: string;
  fromStage: string | null;
  toStage: string;
  actorUserId: string | null;
  at: Date;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

export async function appendScienceTaskEvent(
  db: DbExecutor,
  event: NewScienceTaskEvent,
): Promise<ScienceTaskEventRow> {
  const nextSeq = sql<number>`(select coalesce(max(${scienceTaskEvents.seq}), 0) + 1 from ${scienceTaskEvents} where ${scienceTaskEvents.taskId} = ${event.taskId})`;
  const [row] = await db
    .insert(scienceTaskEvents)
    .values({
      taskId: event.taskId,
      seq: nextSeq,
      action: event.action,
      fromStage: event.fromStage,
      toStage: event.toStage,
      actorUserId: event.actorUserId,
      at: event.at,
      reason: event.reason ?? null,
      data: event.data ?? null,
    })
    .returning();
  if (!row) throw new Error('science_task_events insert returned no row');
  return row;
}

export type ScienceTaskEventView = ScienceTaskEventRow & { actorName: string | null };

export async function listScienceTaskEvents(db: DbExecutor, taskId: string): Promise<ScienceTaskEventView[]> {
  const rows = await db
    .select({ event: scienceTaskEvents, actorName: users.fullName })
    .from(scienceTaskEvents)
    .leftJoin(users, eq(users.id, scienceTaskEvents.actorUserId))
    .where(eq(scienceTaskEvents.taskId, taskId))
    .orderBy(asc(scienceTaskEvents.seq));
  return rows.map((r) => ({ ...r.event, actorName: r.actorName }));
}

// ——— Board and lists ———

/** A report milestone past its due date with no progress report filed against it, on a task being carried out. */
function overdueReportExists(today: string): SQL {
  return sql`exists (select 1 from ${scienceMilestones} m where m.task_id = ${scienceTasks.id} and m.kind = 'report' and m.due_on < ${today} and not exists (select 1 from ${scienceProgressReports} r where r.milestone_id = m.id)) and ${scienceTasks.stage} = 'in_progress'`;
}

export interface ScienceTaskFilter {
  stages?: readonly string[];
  field?: string;
  year?: number;
  /** accent-insensitive words matched in code, title, proposer and host */
  q?: string;
  hostUserId?: string;
  /** only tasks with an overdue progress report (as of `today`) */
  overdueOn?: string;
}

function taskConditions(filter: ScienceTaskFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (filter.stages && filter.stages.length > 0) conds.push(inArray(scienceTasks.stage, [...filter.stages]));
  if (filter.field) conds.push(eq(scienceTasks.field, filter.field));
  if (filter.year !== undefined) conds.push(eq(scienceTasks.year, filter.year));
  if (filter.hostUserId) conds.push(eq(scienceTasks.hostUserId, filter.hostUserId));
  for (const word of foldSearchText(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    conds.push(ilike(scienceTasks.searchText, `%${escapeLike(word)}%`));
  }
  if (filter.overdueOn) conds.push(overdueReportExists(filter.overdueOn));
  return conds.length > 0 ? and(...conds) : undefined;
}

export type ScienceTaskSort = 'updated' | 'code' | 'title' | 'budget';

export interface ScienceTaskListItem extends ScienceTaskRow {
  /** report milestones past due without a report (as of the list's `today`) */
  overdueReports: number;
}

export async function listScienceTasks(
  db: DbExecutor,
  filter: ScienceTaskFilter,
  options: {
    sort: ScienceTaskSort;
    direction: 'asc' | 'desc';
    page: number;
    pageSize: number;
    today: string;
  },
): Promise<{ items: ScienceTaskListItem[]; total: number }> {
  const where = taskConditions(filter);
  const column = {
    updated: scienceTasks.updatedAt,
    code: scienceTasks.code,
    title: scienceTasks.title,
    budget: sql`coalesce(${scienceTasks.approvedBudget}, ${scienceTasks.indicativeBudget})`,
  }[options.sort];
  const order = options.direction === 'asc' ? asc(column) : desc(column);
  // written with the table name: in a select list drizzle renders a column of the queried table unqualified
  const overdue = sql<number>`(select count(*)::int from ${scienceMilestones} m where m.task_id = "science_tasks"."id" and m.kind = 'report' and m.due_on < ${options.today} and "science_tasks"."stage" = 'in_progress' and not exists (select 1 from ${scienceProgressReports} r where r.milestone_id = m.id))`;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ task: scienceTasks, overdueReports: overdue })
      .from(scienceTasks)
      .where(where)
      .orderBy(order, asc(scienceTasks.code))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(scienceTasks).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r.task, overdueReports: Number(r.overdueReports) })),
    total: Number(totalRow?.n ?? 0),
  };
}

/** Tasks per stage (every stage present in the data). */
export async function scienceStageCounts(db: DbExecutor): Promise<{ stage: string; count: number }[]> {
  const rows = await db
    .select({ stage: scienceTasks.stage, n: count() })
    .from(scienceTasks)
    .groupBy(scienceTasks.stage);
  return rows.map((r) => ({ stage: r.stage, count: Number(r.n) }));
}

export interface OverdueReportRow {
  taskId: string;
  code: string;
  title: string;
  hostName: string | null;
  milestoneId: string;
  milestoneTitle: string;
  dueOn: string;
}

/** Report milestones past due on `today` without a report, oldest first. */
export async function overdueReportMilestones(db: DbExecutor, today: string): Promise<OverdueReportRow[]> {
  return db
    .select({
      taskId: scienceTasks.id,
      code: scienceTasks.code,
      title: scienceTasks.title,
      hostName: scienceTasks.hostName,
      milestoneId: scienceMilestones.id,
      milestoneTitle: scienceMilestones.title,
      dueOn: scienceMilestones.dueOn,
    })
    .from(scienceMilestones)
    .innerJoin(scienceTasks, eq(scienceTasks.id, scienceMilestones.taskId))
    .where(
      and(
        eq(scienceMilestones.kind, 'report'),
        lt(scienceMilestones.dueOn, today),
        eq(scienceTasks.stage, 'in_progress'),
        sql`not exists (select 1 from ${scienceProgressReports} r where r.milestone_id = ${scienceMilestones.id})`,
      ),
    )
    .orderBy(asc(scienceMilestones.dueOn), asc(scienceTasks.code));
}

/** Tasks by year, field and stage (the report's first table). */
export async function scienceTaskCounts(
  db: DbExecutor,
  years: { from: number; to: number },
): Promise<{ year: number; field: string; stage: string; count: number }[]> {
  const rows = await db
    .select({ year: scienceTasks.year, field: scienceTasks.field, stage: scienceTasks.stage, n: count() })
    .from(scienceTasks)
    .where(and(gte(scienceTasks.year, years.from), lte(scienceTasks.year, years.to)))
    .groupBy(scienceTasks.year, scienceTasks.field, scienceTasks.stage)
    .orderBy(asc(scienceTasks.year), asc(scienceTasks.field), asc(scienceTasks.stage));
  return rows.map((r) => ({ ...r, count: Number(r.n) }));
}

/** Budget per year: indicative budget of every proposal, approved budget of the approved tasks (đồng). */
export async function scienceBudgetByYear(
  db: DbExecutor,
  years: { from: number; to: number },
): Promise<{ year: number; tasks: number; indicative: number; approved: number; approvedTasks: number }[]> {
  const rows = await db
    .select({
      year: scienceTasks.year,
      tasks: count(),
      indicative: sql<string>`coalesce(sum(${scienceTasks.indicativeBudget}), 0)`,
      approved: sql<string>`coalesce(sum(${scienceTasks.approvedBudget}), 0)`,
      approvedTasks: count(scienceTasks.approvedBudget),
    })
    .from(scienceTasks)
    .where(and(gte(scienceTasks.year, years.from), lte(scienceTasks.year, years.to)))
    .groupBy(scienceTasks.year)
    .orderBy(asc(scienceTasks.year));
  return rows.map((r) => ({
    year: r.year,
    tasks: Number(r.tasks),
    indicative: Number(r.indicative),
    approved: Number(r.approved),
    approvedTasks: Number(r.approvedTasks),
  }));
}

/** Calls open on `today` (tasks being selected whose window includes today), closing soonest first. */
export async function listOpenCalls(db: DbExecutor, today: string): Promise<ScienceTaskRow[]> {
  return db
    .select()
    .from(scienceTasks)
    .where(
      and(
        eq(scienceTasks.stage, 'selecting'),
        lte(scienceTasks.callOpensOn, today),
        gte(scienceTasks.callClosesOn, today),
      ),
    )
    .orderBy(asc(scienceTasks.callClosesOn), asc(scienceTasks.code));
}

// ——— Applications ———

export async function insertScienceApplication(
  db: DbExecutor,
  values: NewScienceApplicationRow,
): Promise<ScienceApplicationRow> {
  const [row] = await db.insert(scienceApplications).values(values).returning();
  if (!row) throw new Error('science_applications insert returned no row');
  return row;
}

export async function listScienceApplications(
  db: DbExecutor,
  taskId: string,
): Promise<ScienceApplicationRow[]> {
  return db
    .select()
    .from(scienceApplications)
    .where(eq(scienceApplications.taskId, taskId))
    .orderBy(asc(scienceApplications.submittedAt), asc(scienceApplications.id));
}

export async function findScienceApplication(
  db: DbExecutor,
  id: string,
): Promise<ScienceApplicationRow | undefined> {
  const [row] = await db.select().from(scienceApplications).where(eq(scienceApplications.id, id));
  return row;
}

/** The applications an organisation's account filed, with their task, newest first. */
export async function listApplicationsOfApplicant(
  db: DbExecutor,
  userId: string,
): Promise<{ application: ScienceApplicationRow; task: ScienceTaskRow }[]> {
  return db
    .select({ application: scienceApplications, task: scienceTasks })
    .from(scienceApplications)
    .innerJoin(scienceTasks, eq(scienceTasks.id, scienceApplications.taskId))
    .where(eq(scienceApplications.applicantUserId, userId))
    .orderBy(desc(scienceApplications.submittedAt));
}

// ——— Contract and monitoring ———

export async function insertScienceMilestones(
  db: DbExecutor,
  taskId: string,
  milestones: readonly { title: string; kind: string; dueOn: string; amount?: number | undefined }[],
): Promise<void> {
  if (milestones.length === 0) return;
  await db.insert(scienceMilestones).values(
    milestones.map((m, i) => ({
      taskId,
      seq: i + 1,
      title: m.title,
      kind: m.kind,
      dueOn: m.dueOn,
      amount: m.amount ?? null,
    })),
  );
}

export async function listScienceMilestones(db: DbExecutor, taskId: string): Promise<ScienceMilestoneRow[]> {
  return db
    .select()
    .from(scienceMilestones)
    .where(eq(scienceMilestones.taskId, taskId))
    .orderBy(asc(scienceMilestones.seq));
}

export async function insertScienceProgressReport(
  db: DbExecutor,
  values: typeof scienceProgressReports.$inferInsert,
): Promise<ScienceProgressReportRow> {
  const [row] = await db.insert(scienceProgressReports).values(values).returning();
  if (!row) throw new Error('science_progress_reports insert returned no row');
  return row;
}

export async function listScienceProgressReports(
  db: DbExecutor,
  taskId: string,
): Promise<(ScienceProgressReportRow & { submittedByName: string | null })[]> {
  const rows = await db
    .select({ report: scienceProgressReports, name: users.fullName })
    .from(scienceProgressReports)
    .leftJoin(users, eq(users.id, scienceProgressReports.submittedBy))
    .where(eq(scienceProgressReports.taskId, taskId))
    .orderBy(asc(scienceProgressReports.submittedAt));
  return rows.map((r) => ({ ...r.report, submittedByName: r.name }));
}

export async function insertScienceInspection(
  db: DbExecutor,
  values: typeof scienceInspections.$inferInsert,
): Promise<ScienceInspectionRow> {
  const [row] = await db.insert(scienceInspections).values(values).returning();
  if (!row) throw new Error('science_inspections insert returned no row');
  return row;
}

export async function listScienceInspections(
  db: DbExecutor,
  taskId: string,
): Promise<ScienceInspectionRow[]> {
  return db
    .select()
    .from(scienceInspections)
    .where(eq(scienceInspections.taskId, taskId))
    .orderBy(asc(scienceInspections.inspectedOn));
}

export async function insertScienceAdjustment(
  db: DbExecutor,
  values: typeof scienceAdjustments.$inferInsert,
): Promise<ScienceAdjustmentRow> {
  const [row] = await db.insert(scienceAdjustments).values(values).returning();
  if (!row) throw new Error('science_adjustments insert returned no row');
  return row;
}

export async function findScienceAdjustment(
  db: DbExecutor,
  id: string,
): Promise<ScienceAdjustmentRow | undefined> {
  const [row] = await db.select().from(scienceAdjustments).where(eq(scienceAdjustments.id, id));
  return row;
}

/** Records the decision on a request still open; undefined when it was already decided. */
export async function decideScienceAdjustment(
  db: DbExecutor,
  id: string,
  decision: { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: Date; decisionReason: string },
): Promise<ScienceAdjustmentRow | undefined> {
  const [row] = await db
    .update(scienceAdjustments)
    .set(decision)
    .where(and(eq(scienceAdjustments.id, id), eq(scienceAdjustments.status, 'requested')))
    .returning();
  return row;
}

export async function listScienceAdjustments(
  db: DbExecutor,
  taskId: string,
): Promise<ScienceAdjustmentRow[]> {
  return db
    .select()
    .from(scienceAdjustments)
    .where(eq(scienceAdjustments.taskId, taskId))
    .orderBy(asc(scienceAdjustments.requestedAt));
}

export async function insertScienceFollowUp(
  db: DbExecutor,
  values: typeof scienceFollowUps.$inferInsert,
): Promise<ScienceFollowUpRow> {
  const [row] = await db.insert(scienceFollowUps).values(values).returning();
  if (!row) throw new Error('science_follow_ups insert returned no row');
  return row;
}

export async function listScienceFollowUps(db: DbExecutor, taskId: string): Promise<ScienceFollowUpRow[]> {
  return db
    .select()
    .from(scienceFollowUps)
    .where(eq(scienceFollowUps.taskId, taskId))
    .orderBy(asc(scienceFollowUps.happenedOn));
}

// ——— Registration certificates ———

export async function insertScienceCertificate(
  db: DbExecutor,
  values: typeof scienceCertificates.$inferInsert,
): Promise<ScienceCertificateRow> {
  const [row] = await db.insert(scienceCertificates).values(values).returning();
  if (!row) throw new Error('science_certificates insert returned no row');
  return row;
}

export async function findScienceCertificateByNumber(
  db: DbExecutor,
  number: string,
): Promise<{ certificate: ScienceCertificateRow; task: ScienceTaskRow } | undefined> {
  const [row] = await db
    .select({ certificate: scienceCertificates, task: scienceTasks })
    .from(scienceCertificates)
    .innerJoin(scienceTasks, eq(scienceTasks.id, scienceCertificates.taskId))
    .where(eq(scienceCertificates.number, number));
  return row;
}

export async function findScienceCertificateByTask(
  db: DbExecutor,
  taskId: string,
): Promise<ScienceCertificateRow | undefined> {
  const [row] = await db.select().from(scienceCertificates).where(eq(scienceCertificates.taskId, taskId));
  return row;
}

/** Accepted tasks (the results registry), with their certificate when registered; newest acceptance first. */
export async function listScienceResults(
  db: DbExecutor,
  filter: { q?: string; field?: string; registered?: boolean },
  page: { page: number; pageSize: number },
): Promise<{ items: { task: ScienceTaskRow; certificate: ScienceCertificateRow | null }[]; total: number }> {
  const conds: SQL[] = [inArray(scienceTasks.stage, ['accepted', 'registered'])];
  if (filter.field) conds.push(eq(scienceTasks.field, filter.field));
  if (filter.registered === true) conds.push(eq(scienceTasks.stage, 'registered'));
  if (filter.registered === false) conds.push(eq(scienceTasks.stage, 'accepted'));
  for (const word of foldSearchText(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    conds.push(ilike(scienceTasks.searchText, `%${escapeLike(word)}%`));
  }
  const where = and(...conds);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ task: scienceTasks, certificate: scienceCertificates })
      .from(scienceTasks)
      .leftJoin(scienceCertificates, eq(scienceCertificates.taskId, scienceTasks.id))
      .where(where)
      .orderBy(desc(scienceTasks.acceptedOn), asc(scienceTasks.code))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ n: count() })
      .from(scienceTasks)
      .leftJoin(scienceCertificates, eq(scienceCertificates.taskId, scienceTasks.id))
      .where(where),
  ]);
  return { items: rows, total: Number(totalRow?.n ?? 0) };
}

/** Does any task exist (the demo seed runs once)? */
export async function anyScienceTask(db: DbExecutor): Promise<boolean> {
  const [row] = await db.select({ id: scienceTasks.id }).from(scienceTasks).limit(1);
  return row !== undefined;
}

/** The certificates issued for these registration dossiers. */
export async function findScienceCertificatesByDossiers(
  db: DbExecutor,
  dossierIds: readonly string[],
): Promise<ScienceCertificateRow[]> {
  if (dossierIds.length === 0) return [];
  return db
    .select()
    .from(scienceCertificates)
    .where(inArray(scienceCertificates.dossierId, [...dossierIds]));
}
