// The office's pipeline board, the task list, and the task page (plan, team, budget, contract, milestones, reports,
// councils, documents, registration and timeline), with the steps the user may take now.
import {
  findScienceTask,
  findScienceTaskByRegistrationDossier,
  listScienceAdjustments,
  listScienceApplications,
  listScienceCouncilsOfTask,
  listScienceFollowUps,
  listScienceInspections,
  listScienceMilestones,
  listScienceProgressReports,
  listScienceTaskEvents,
  listScienceTasks,
  overdueReportMilestones,
  scienceStageCounts,
  type ScienceTaskRow,
} from '@skhcn/db';
import {
  must,
  BOARD_STAGES,
  DomainError,
  TASK_STAGES,
  taskActionsFrom,
  taskStageLabels,
  taskTransitionFor,
  type CouncilKind,
  type TaskAction,
  type TaskStage,
} from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import { registrationStatus, type RegistrationStatusView } from './registration.handler';
import {
  assertCanReadTask,
  assertScienceReader,
  canReadScience,
  isHostOf,
  taskActorProblem,
} from './science-access';
import { councilMinutesPdfPath } from './science-paths';
import type { TaskOfDossierInput, TaskQueryInput, TasksQueryInput } from './tasks.schema';
import {
  toAdjustmentView,
  toApplicationView,
  toCouncilSummary,
  toFollowUpView,
  toInspectionView,
  toMilestoneView,
  toTaskEventItem,
  toTaskFull,
  toTaskSummary,
  type ApplicationView,
  type CouncilSummary,
  type MilestoneView,
  type TaskEventItem,
  type TaskFull,
  type TaskSummary,
} from './task-view';

export interface BoardOutput {
  columns: { stage: TaskStage; label: string; count: number }[];
  /** tasks ended without a result, for completeness */
  closed: { stage: TaskStage; label: string; count: number }[];
  total: number;
  overdueReports: {
    taskId: string;
    code: string;
    title: string;
    hostName: string | null;
    milestone: string;
    dueOn: string;
  }[];
}

/** science.board: tasks per stage of the pipeline, and the overdue progress reports (oldest first). */
export async function boardHandler({ ctx }: { ctx: AuthedContext }): Promise<BoardOutput> {
  assertScienceReader(ctx.user);
  const today = vietnamToday(ctx.now());
  const [counts, overdue] = await Promise.all([
    scienceStageCounts(ctx.db),
    overdueReportMilestones(ctx.db, today),
  ]);
  const countOf = (s: TaskStage) => counts.find((c) => c.stage === s)?.count ?? 0;
  return {
    columns: BOARD_STAGES.map((stage) => ({ stage, label: taskStageLabels[stage], count: countOf(stage) })),
    closed: TASK_STAGES.filter((s) => !BOARD_STAGES.includes(s)).map((stage) => ({
      stage,
      label: taskStageLabels[stage],
      count: countOf(stage),
    })),
    total: counts.reduce((n, c) => n + c.count, 0),
    overdueReports: overdue.map((o) => ({
      taskId: o.taskId,
      code: o.code,
      title: o.title,
      hostName: o.hostName,
      milestone: o.milestoneTitle,
      dueOn: o.dueOn,
    })),
  };
}

export interface TasksOutput {
  items: TaskSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** science.tasks: the list under the board, filtered, sorted and paged. */
export async function tasksHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TasksQueryInput;
}): Promise<TasksOutput> {
  assertScienceReader(ctx.user);
  const today = vietnamToday(ctx.now());
  const { items, total } = await listScienceTasks(
    ctx.db,
    {
      ...(input.stages ? { stages: input.stages } : {}),
      ...(input.field ? { field: input.field } : {}),
      ...(input.year !== undefined ? { year: input.year } : {}),
      ...(input.q ? { q: input.q } : {}),
      ...(input.overdue ? { overdueOn: today } : {}),
    },
    {
      sort: input.sort,
      direction: input.direction ?? (input.sort === 'updated' || input.sort === 'budget' ? 'desc' : 'asc'),
      page: input.page,
      pageSize: input.pageSize,
      today,
    },
  );
  return { items: items.map(toTaskSummary), total, page: input.page, pageSize: input.pageSize };
}

/** Steps shown as buttons on the task page (the API checks each again when it is taken). */
export type TaskPageAction = Exclude<
  TaskAction,
  | 'propose'
  | 'register_result'
  | 'fail_acceptance'
  | 'declare_conflict'
  | 'submit_sheet'
  | 'close_scoring'
  | 'form_council'
  | 'submit_application'
>;

export interface TaskDetail {
  task: TaskFull;
  applications: ApplicationView[];
  councils: (CouncilSummary & { minutesUrl: string | null })[];
  milestones: MilestoneView[];
  progressReports: {
    id: string;
    period: string;
    milestoneId: string | null;
    progressPercent: number;
    summary: string;
    issues: string | null;
    submittedAt: string;
    submittedByName: string | null;
  }[];
  inspections: ReturnType<typeof toInspectionView>[];
  adjustments: ReturnType<typeof toAdjustmentView>[];
  followUps: ReturnType<typeof toFollowUpView>[];
  registration: RegistrationStatusView;
  events: TaskEventItem[];
  /** the steps this user may take now; send `task.version` as expectedVersion */
  allowedActions: TaskPageAction[];
  /** the council the office may form now, if any */
  canFormCouncil: CouncilKind | null;
  viewer: 'office' | 'host';
}

function allowedFor(
  user: SessionUser,
  task: ScienceTaskRow,
  facts: {
    closedSelection: boolean;
    acceptanceCouncil: boolean;
    openAdjustment: boolean;
    registrationOpen: boolean;
  },
): TaskPageAction[] {
  const hidden: readonly TaskAction[] = [
    'propose',
    'register_result',
    'fail_acceptance',
    'declare_conflict',
    'submit_sheet',
    'close_scoring',
    'form_council',
    'submit_application',
  ];
  return taskActionsFrom(task.stage as TaskStage).filter((action): action is TaskPageAction => {
    if (hidden.includes(action)) return false;
    const row = must(
      taskTransitionFor(task.stage as TaskStage, action),
      'taskTransitionFor(task.stage as TaskStage, action)',
    );
    if (taskActorProblem(user, row.who, action, task)) return false;
    if (action === 'select_host') return facts.closedSelection;
    if (action === 'accept') return facts.acceptanceCouncil;
    if (action === 'decide_adjustment') return facts.openAdjustment;
    if (action === 'file_registration') return facts.registrationOpen;
    return true;
  });
}

/** science.task: the task page; the office sees everything, the host organisation its own task. */
export async function taskHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TaskQueryInput;
}): Promise<TaskDetail> {
  const row = await findScienceTask(ctx.db, input.taskId);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.');
  assertCanReadTask(ctx.user, row);
  const office = canReadScience(ctx.user);
  const today = vietnamToday(ctx.now());
  const [
    applications,
    councils,
    milestones,
    reports,
    inspections,
    adjustments,
    followUps,
    events,
    registration,
  ] = await Promise.all([
    listScienceApplications(ctx.db, row.id),
    listScienceCouncilsOfTask(ctx.db, row.id),
    listScienceMilestones(ctx.db, row.id),
    listScienceProgressReports(ctx.db, row.id),
    listScienceInspections(ctx.db, row.id),
    listScienceAdjustments(ctx.db, row.id),
    listScienceFollowUps(ctx.db, row.id),
    listScienceTaskEvents(ctx.db, row.id),
    registrationStatus(ctx.db, row),
  ]);
  const reported = new Set(reports.map((r) => r.milestoneId).filter((id): id is string => id !== null));
  const milestoneViews = milestones.map((m) =>
    toMilestoneView(m, reported, today, row.stage === 'in_progress'),
  );
  const registrationOpen =
    row.stage === 'accepted' &&
    registration.latestFilingDate !== null &&
    today <= registration.latestFilingDate &&
    (registration.dossier === null || [3, 7, 8].includes(registration.dossier.status));
  const hasKind = (k: CouncilKind) => councils.some((c) => c.kind === k);
  const canFormCouncil: CouncilKind | null = !office
    ? null
    : row.stage === 'selecting' && !hasKind('selection') && applications.length > 0
      ? 'selection'
      : row.stage === 'evaluating' && !hasKind('acceptance')
        ? 'acceptance'
        : null;
  const host = isHostOf(ctx.user, row);
  return {
    task: toTaskFull({ ...row, overdueReports: milestoneViews.filter((m) => m.overdue).length }),
    // the host sees its own application; the office sees all
    applications: applications
      .filter((a) => office || (host && a.applicantUserId === ctx.user.id))
      .map(toApplicationView),
    councils: office
      ? councils.map((c) => ({
          ...toCouncilSummary(c),
          minutesUrl: c.kind === 'selection' && c.status === 'closed' ? councilMinutesPdfPath(c.id) : null,
        }))
      : [],
    milestones: milestoneViews,
    progressReports: reports.map((r) => ({
      id: r.id,
      period: r.period,
      milestoneId: r.milestoneId,
      progressPercent: r.progressPercent,
      summary: r.summary,
      issues: r.issues,
      submittedAt: r.submittedAt.toISOString(),
      submittedByName: r.submittedByName,
    })),
    inspections: inspections.map(toInspectionView),
    adjustments: adjustments.map(toAdjustmentView),
    followUps: followUps.map(toFollowUpView),
    registration,
    // the council members' steps say who declared and submitted: the office's record, not the host's
    events: events
      .filter(
        (e) =>
          office || !['declare_conflict', 'submit_sheet', 'form_council', 'close_scoring'].includes(e.action),
      )
      .map(toTaskEventItem),
    allowedActions: allowedFor(ctx.user, row, {
      closedSelection: councils.some((c) => c.kind === 'selection' && c.status === 'closed'),
      acceptanceCouncil: hasKind('acceptance'),
      openAdjustment: adjustments.some((a) => a.status === 'requested'),
      registrationOpen,
    }),
    canFormCouncil,
    viewer: office ? 'office' : 'host',
  };
}

/**
 * science.taskOfDossier: the task a result registration dossier belongs to (the record panel of the shared dossier
 * page); null for a registration filed without a task. The office and the host organisation may read it.
 */
export async function taskOfDossierHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TaskOfDossierInput;
}): Promise<(TaskSummary & { acceptedOn: string | null; latestFilingDate: string | null }) | null> {
  const row = await findScienceTaskByRegistrationDossier(ctx.db, input.dossierId);
  if (!row) return null;
  assertCanReadTask(ctx.user, row);
  const registration = await registrationStatus(ctx.db, row);
  return {
    ...toTaskSummary(row),
    acceptedOn: row.acceptedOn,
    latestFilingDate: registration.latestFilingDate,
  };
}
