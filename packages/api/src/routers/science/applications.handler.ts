// Calls and applications: the calls open today, an organisation's application online (or the office recording a
// paper one), and what an applicant organisation sees of its applications and the tasks it hosts.
import {
  findScienceTask,
  insertScienceApplication,
  listApplicationsOfApplicant,
  listOpenCalls,
  listScienceApplications,
  listScienceCouncilsOfTask,
  listScienceTasks,
  type ScienceTaskRow,
} from '@skhcn/db';
import {
  must,
  applicationTotal,
  DomainError,
  formatVietnameseDate,
  selectionModeLabels,
  type Application,
  type SelectionMode,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import type { RecordApplicationInput, SubmitApplicationInput } from './applications.schema';
import { closedSelectionCouncil, type StoredCouncilOutcome } from './lifecycle.handler';
import { isApplicant, taskActorProblem } from './science-access';
import { recordTaskEvent } from './task-command';
import { toTaskSummary, type TaskSummary } from './task-view';

export interface OpenCallView {
  taskId: string;
  code: string;
  title: string;
  fieldLabel: string;
  objectives: string;
  expectedProducts: string[];
  durationMonths: number;
  indicativeBudget: number;
  mode: SelectionMode;
  modeLabel: string;
  opensOn: string;
  closesOn: string;
  /** the signed-in organisation already applied */
  applied: boolean;
}

/** science.openCalls: calls open today, for organisations to apply. */
export async function openCallsHandler({ ctx }: { ctx: AuthedContext }): Promise<OpenCallView[]> {
  const today = vietnamToday(ctx.now());
  const [calls, mine] = await Promise.all([
    listOpenCalls(ctx.db, today),
    isApplicant(ctx.user) ? listApplicationsOfApplicant(ctx.db, ctx.user.id) : Promise.resolve([]),
  ]);
  const applied = new Set(mine.map((m) => m.task.id));
  return calls.map((t) => {
    const s = toTaskSummary(t);
    return {
      taskId: t.id,
      code: t.code,
      title: t.title,
      fieldLabel: s.fieldLabel,
      objectives: t.objectives,
      expectedProducts: t.expectedProducts,
      durationMonths: t.durationMonths,
      indicativeBudget: t.indicativeBudget,
      mode: t.callMode as SelectionMode,
      modeLabel: selectionModeLabels[t.callMode as SelectionMode],
      opensOn: must(t.callOpensOn, 't.callOpensOn'),
      closesOn: must(t.callClosesOn, 't.callClosesOn'),
      applied: applied.has(t.id),
    };
  });
}

async function fileApplication(
  ctx: AuthedContext,
  taskId: string,
  application: Application,
  applicantUserId: string | null,
  enforceWindow: boolean,
): Promise<{ applicationId: string; taskId: string }> {
  const now = ctx.now();
  const today = vietnamToday(now);
  return ctx.db.transaction(async (tx) => {
    const task = await findScienceTask(tx, taskId);
    if (!task) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.');
    const denied = taskActorProblem(ctx.user, 'applicant_or_office', 'submit_application', task);
    if (denied) throw denied;
    if (task.stage !== 'selecting')
      throw new DomainError(
        'INVALID_TRANSITION',
        'Nhiệm vụ không trong thời gian nhận hồ sơ tuyển chọn, giao trực tiếp.',
        {
          reason: 'NO_CALL',
        },
      );
    // a task in selection has its call's dates (open_call records them)
    const opensOn = must(task.callOpensOn, 'the call’s opening date');
    const closesOn = must(task.callClosesOn, 'the call’s closing date');
    if (enforceWindow && (today < opensOn || today > closesOn))
      throw new DomainError(
        'INVALID_TRANSITION',
        `Thời gian nhận hồ sơ từ ${formatVietnameseDate(opensOn)} đến hết ${formatVietnameseDate(closesOn)}.`,
        { reason: 'OUTSIDE_CALL_WINDOW' },
      );
    const councils = await listScienceCouncilsOfTask(tx, task.id);
    if (councils.some((c) => c.kind === 'selection'))
      throw new DomainError(
        'INVALID_TRANSITION',
        'Hội đồng tuyển chọn đã được thành lập; không nhận thêm hồ sơ.',
        {
          reason: 'COUNCIL_FORMED',
        },
      );
    const existing = await listScienceApplications(tx, task.id);
    if (task.callMode === 'direct' && existing.length > 0)
      throw new DomainError('INVALID_TRANSITION', 'Nhiệm vụ giao trực tiếp chỉ nhận một hồ sơ.', {
        reason: 'DIRECT_ONE_APPLICATION',
      });
    if (applicantUserId && existing.some((a) => a.applicantUserId === applicantUserId))
      throw new DomainError('INVALID_TRANSITION', 'Tổ chức của bạn đã nộp hồ sơ cho nhiệm vụ này.', {
        reason: 'ALREADY_APPLIED',
      });
    const row = await insertScienceApplication(tx, {
      taskId: task.id,
      applicantUserId,
      organisationName: application.organisationName,
      taxCode: application.taxCode ?? null,
      principalInvestigator: application.principalInvestigator,
      researchPlan: application.researchPlan,
      team: application.team,
      partners: application.partners,
      budgetItems: application.budgetItems,
      totalBudget: applicationTotal(application.budgetItems),
      submittedBy: ctx.user.id,
      submittedAt: now,
    });
    await recordTaskEvent(tx, ctx, task, 'submit_application', {
      data: {
        applicationId: row.id,
        organisationName: row.organisationName,
        channel: applicantUserId ? 'online' : 'counter',
      },
    });
    return { applicationId: row.id, taskId: task.id };
  });
}

/** science.submitApplication: an organisation applies online within the call's dates. */
export async function submitApplicationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SubmitApplicationInput;
}) {
  if (!isApplicant(ctx.user) || !ctx.user.applicant)
    throw new DomainError('FORBIDDEN', 'Chức năng này dành cho tổ chức đăng ký chủ trì nhiệm vụ.');
  const application: Application = {
    ...input.application,
    organisationName: ctx.user.applicant.organisationName,
    taxCode: ctx.user.applicant.taxCode,
  };
  return fileApplication(ctx, input.taskId, application, ctx.user.id, true);
}

/** science.recordApplication: the office records an application received on paper (by post, at the counter). */
export async function recordApplicationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RecordApplicationInput;
}) {
  if (isApplicant(ctx.user))
    throw new DomainError('FORBIDDEN', 'Chỉ Phòng Quản lý Khoa học ghi nhận hồ sơ giấy.');
  return fileApplication(ctx, input.taskId, input.application, null, false);
}

export type ApplicationResult = 'pending' | 'selected' | 'not_selected';
export const applicationResultLabels: Record<ApplicationResult, string> = {
  pending: 'Đang xét chọn',
  selected: 'Được chọn chủ trì',
  not_selected: 'Không được chọn',
};

export interface MyApplicationView {
  applicationId: string;
  submittedAt: string;
  totalBudget: number;
  task: TaskSummary;
  result: ApplicationResult;
  resultLabel: string;
  /** the council's average and rank, once the council closed */
  average: number | null;
  rank: number | null;
}

function resultOf(task: ScienceTaskRow, applicationId: string): ApplicationResult {
  if (task.hostApplicationId === applicationId) return 'selected';
  if (task.hostApplicationId !== null || ['not_identified', 'cancelled'].includes(task.stage))
    return 'not_selected';
  return 'pending';
}

/** science.myApplications: an organisation's applications and where each stands. */
export async function myApplicationsHandler({ ctx }: { ctx: AuthedContext }): Promise<MyApplicationView[]> {
  if (!isApplicant(ctx.user)) return [];
  const rows = await listApplicationsOfApplicant(ctx.db, ctx.user.id);
  return Promise.all(
    rows.map(async ({ application, task }) => {
      const council = closedSelectionCouncil(await listScienceCouncilsOfTask(ctx.db, task.id));
      const row = council
        ? (council.outcome as unknown as StoredCouncilOutcome).rows.find(
            (r) => r.applicationId === application.id,
          )
        : undefined;
      const result = resultOf(task, application.id);
      return {
        applicationId: application.id,
        submittedAt: application.submittedAt.toISOString(),
        totalBudget: application.totalBudget,
        task: toTaskSummary(task),
        result,
        resultLabel: applicationResultLabels[result],
        average: row?.average ?? null,
        rank: row?.rank ?? null,
      };
    }),
  );
}

/** science.myTasks: the tasks the signed-in organisation hosts. */
export async function myTasksHandler({ ctx }: { ctx: AuthedContext }): Promise<TaskSummary[]> {
  if (!isApplicant(ctx.user)) return [];
  const today = vietnamToday(ctx.now());
  const { items } = await listScienceTasks(
    ctx.db,
    { hostUserId: ctx.user.id },
    { sort: 'updated', direction: 'desc', page: 1, pageSize: 100, today },
  );
  return items.map(toTaskSummary);
}
