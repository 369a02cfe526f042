// The stage changes of a task, from the proposal to the acceptance (the transition table of @skhcn/domain).
import {
  appendScienceTaskEvent,
  findScienceApplication,
  insertScienceFollowUp,
  insertScienceMilestones,
  insertScienceTask,
  listScienceCouncilsOfTask,
  nextScienceSequence,
  scienceTaskSearchText,
  updateScienceCouncilIfVersion,
  type ScienceCouncilRow,
} from '@skhcn/db';
import {
  must,
  DomainError,
  formatVietnameseDate,
  gradeAcceptance,
  type ApplicationOutcomeDetail,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import type {
  ApproveTaskInput,
  AppraiseInput,
  IdentifyInput,
  OpenCallInput,
  ProposeInput,
  ReasonCommandInput,
  RecordAcceptanceInput,
  RecordFollowUpInput,
  SelectHostInput,
  SignContractInput,
  StartEvaluationInput,
} from './lifecycle.schema';
import { scienceUnitCode, taskActorProblem } from './science-access';
import { runTaskCommand, type TaskCommandResult } from './task-command';
import { toTaskEventItem, toTaskSummary, type TaskEventItem, type TaskSummary } from './task-view';

export interface TaskCommandOutput {
  task: TaskSummary;
  event: TaskEventItem;
}

export function taskCommandOutput(result: TaskCommandResult): TaskCommandOutput {
  return { task: toTaskSummary(result.task), event: toTaskEventItem({ ...result.event, actorName: null }) };
}

/** science.propose: the office records a proposal for an order (đề xuất đặt hàng); the task gets its code. */
export async function proposeHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ProposeInput;
}): Promise<TaskCommandOutput> {
  const denied = taskActorProblem(ctx.user, 'office', 'propose', null);
  if (denied) throw denied;
  const now = ctx.now();
  const year = Number(vietnamToday(now).slice(0, 4));
  const unitCode = scienceUnitCode();
  return ctx.db.transaction(async (tx) => {
    const seq = await nextScienceSequence(tx, unitCode, 'task', year);
    const code = `NV-${year}-${String(seq).padStart(3, '0')}`;
    const task = await insertScienceTask(tx, {
      code,
      unitCode,
      year,
      title: input.title,
      field: input.field,
      stage: 'proposed',
      proposerKind: input.proposerKind,
      proposerName: input.proposerName,
      urgency: input.urgency,
      urgencyReason: input.urgencyReason,
      objectives: input.objectives,
      expectedProducts: input.expectedProducts,
      durationMonths: input.durationMonths,
      indicativeBudget: input.indicativeBudget,
      proposedBy: ctx.user.id,
      proposedAt: now,
      searchText: scienceTaskSearchText({ code, title: input.title, proposerName: input.proposerName }),
      createdAt: now,
      updatedAt: now,
    });
    const event = await appendScienceTaskEvent(tx, {
      taskId: task.id,
      action: 'propose',
      fromStage: null,
      toStage: 'proposed',
      actorUserId: ctx.user.id,
      at: now,
      data: { proposerName: input.proposerName },
    });
    ctx.logger.info({ taskId: task.id, code }, 'science task proposed');
    return taskCommandOutput({ task, event });
  });
}

export async function identifyHandler({ ctx, input }: { ctx: AuthedContext; input: IdentifyInput }) {
  const result = await runTaskCommand(ctx, input, 'identify', ({ today }) => {
    if (input.meetingOn > today)
      throw new DomainError('BAD_INPUT', 'Ngày họp hội đồng xác định nhiệm vụ không được sau hôm nay.');
    return {
      changes: { identification: { meetingOn: input.meetingOn, conclusion: input.conclusion } },
      reason: input.conclusion,
      data: { meetingOn: input.meetingOn },
    };
  });
  return taskCommandOutput(result);
}

export async function rejectProposalHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReasonCommandInput;
}) {
  return taskCommandOutput(
    await runTaskCommand(ctx, input, 'reject_proposal', () => ({ reason: input.reason })),
  );
}

export async function openCallHandler({ ctx, input }: { ctx: AuthedContext; input: OpenCallInput }) {
  const result = await runTaskCommand(ctx, input, 'open_call', ({ today }) => {
    if (input.call.closesOn < today)
      throw new DomainError(
        'BAD_INPUT',
        `Hạn nộp hồ sơ ${formatVietnameseDate(input.call.closesOn)} đã qua; vui lòng chọn ngày từ hôm nay.`,
      );
    return {
      changes: {
        callMode: input.call.mode,
        callOpensOn: input.call.opensOn,
        callClosesOn: input.call.closesOn,
      },
      data: { ...input.call },
    };
  });
  return taskCommandOutput(result);
}

/** The outcome a closed council stored (see councils.handler closeScoring). */
export interface StoredCouncilOutcome {
  rows: ApplicationOutcomeDetail[];
  closedOn: string;
}

export function closedSelectionCouncil(
  councils: readonly ScienceCouncilRow[],
): ScienceCouncilRow | undefined {
  return [...councils].reverse().find((c) => c.kind === 'selection' && c.status === 'closed');
}

/**
 * science.selectHost: the office picks the host among the applications the selection council ranked first; when
 * several share the first rank, the office says why it chose this one (TT 10/2014 model: the highest average wins).
 */
export async function selectHostHandler({ ctx, input }: { ctx: AuthedContext; input: SelectHostInput }) {
  const result = await runTaskCommand(ctx, input, 'select_host', async ({ tx, task }) => {
    const council = closedSelectionCouncil(await listScienceCouncilsOfTask(tx, task.id));
    if (!council)
      throw new DomainError(
        'INVALID_TRANSITION',
        'Hội đồng tuyển chọn chưa kết thúc đánh giá; chưa thể chọn tổ chức chủ trì.',
        { reason: 'COUNCIL_NOT_CLOSED' },
      );
    const rows = (council.outcome as unknown as StoredCouncilOutcome).rows;
    const row = rows.find((r) => r.applicationId === input.applicationId);
    if (!row || !row.passed || row.rank !== 1) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ chọn được hồ sơ đạt yêu cầu và xếp thứ nhất theo kết quả của hội đồng.',
        { reason: 'NOT_RANKED_FIRST', applicationId: input.applicationId },
      );
    }
    const firsts = rows.filter((r) => r.rank === 1).length;
    if (firsts > 1 && !input.reason)
      throw new DomainError(
        'BAD_INPUT',
        `Có ${firsts} hồ sơ cùng xếp thứ nhất: vui lòng nêu lý do chọn hồ sơ này.`,
        { issues: [{ path: 'reason', message: 'Vui lòng nêu lý do chọn hồ sơ này.' }] },
      );
    const application = await findScienceApplication(tx, input.applicationId);
    if (!application || application.taskId !== task.id)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ đăng ký của nhiệm vụ này.');
    return {
      changes: {
        hostApplicationId: application.id,
        hostUserId: application.applicantUserId,
        hostName: application.organisationName,
        principalInvestigator: application.principalInvestigator,
        searchText: scienceTaskSearchText({ ...task, hostName: application.organisationName }),
      },
      reason: input.reason ?? null,
      data: {
        applicationId: application.id,
        organisationName: application.organisationName,
        average: row.average,
        rank: row.rank,
        councilId: council.id,
      },
    };
  });
  return taskCommandOutput(result);
}

export async function appraiseHandler({ ctx, input }: { ctx: AuthedContext; input: AppraiseInput }) {
  const result = await runTaskCommand(ctx, input, 'appraise', ({ today }) => {
    if (input.appraisedOn > today)
      throw new DomainError('BAD_INPUT', 'Ngày thẩm định không được sau hôm nay.');
    return {
      changes: {
        appraisal: {
          appraisedOn: input.appraisedOn,
          approvedBudget: input.approvedBudget,
          notes: input.notes,
        },
        approvedBudget: input.approvedBudget,
      },
      reason: input.notes,
      data: { approvedBudget: input.approvedBudget },
    };
  });
  return taskCommandOutput(result);
}

export async function approveTaskHandler({ ctx, input }: { ctx: AuthedContext; input: ApproveTaskInput }) {
  const result = await runTaskCommand(ctx, input, 'approve', ({ today }) => {
    if (input.approvedOn > today)
      throw new DomainError('BAD_INPUT', 'Ngày quyết định không được sau hôm nay.');
    return {
      changes: { approval: { decisionNumber: input.decisionNumber, approvedOn: input.approvedOn } },
      data: { decisionNumber: input.decisionNumber },
    };
  });
  return taskCommandOutput(result);
}

/** science.signContract: the contract signed by the department and the host, with its milestones. */
export async function signContractHandler({ ctx, input }: { ctx: AuthedContext; input: SignContractInput }) {
  const c = input.contract;
  const result = await runTaskCommand(ctx, input, 'sign_contract', ({ task }) => {
    if (!task.hostName)
      throw new DomainError('INVALID_TRANSITION', 'Nhiệm vụ chưa có tổ chức chủ trì; chưa thể ký hợp đồng.');
    return {
      changes: {
        contract: {
          number: c.number,
          signedOn: c.signedOn,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          products: c.products,
        },
        endsOn: c.endsOn,
      },
      data: { number: c.number, milestones: c.milestones.length },
      after: async (tx, updated) => insertScienceMilestones(tx, updated.id, c.milestones),
    };
  });
  return taskCommandOutput(result);
}

export async function startEvaluationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: StartEvaluationInput;
}) {
  return taskCommandOutput(
    await runTaskCommand(ctx, input, 'start_evaluation', () => ({ reason: input.note ?? null })),
  );
}

/**
 * science.recordAcceptance: the acceptance council's grades by product and for the report; the overall grade follows
 * the grading rule (TT 11/2014 model by default). Đạt or Xuất sắc accepts the task; Không đạt does not.
 */
export async function recordAcceptanceHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RecordAcceptanceInput;
}) {
  const a = input.acceptance;
  const graded = gradeAcceptance({
    products: a.products.map((p, i) => ({ id: String(i + 1), name: p.name, grades: p.grades })),
    report: a.report,
  });
  const action = graded.overall === 'fail' ? 'fail_acceptance' : 'accept';
  const result = await runTaskCommand(ctx, input, action, async ({ tx, task, today }) => {
    if (a.acceptedOn > today)
      throw new DomainError('BAD_INPUT', 'Ngày họp hội đồng nghiệm thu không được sau hôm nay.');
    const council = [...(await listScienceCouncilsOfTask(tx, task.id))]
      .reverse()
      .find((c) => c.kind === 'acceptance');
    if (!council)
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chưa thành lập hội đồng đánh giá, nghiệm thu; chưa thể ghi nhận kết quả nghiệm thu.',
        { reason: 'NO_ACCEPTANCE_COUNCIL' },
      );
    const acceptance = {
      acceptedOn: a.acceptedOn,
      overall: graded.overall,
      report: a.report,
      products: a.products.map((p, i) => ({
        name: p.name,
        grades: p.grades,
        grade: must(graded.products[i], 'graded.products[i]').grade,
      })),
      conclusion: a.conclusion,
      reasons: graded.reasons,
      councilId: council.id,
    };
    return {
      changes: { acceptance, acceptedOn: a.acceptedOn, overallGrade: graded.overall },
      reason: a.conclusion,
      data: { overall: graded.overall, acceptedOn: a.acceptedOn, councilId: council.id },
      after: async (txx) => {
        if (council.status === 'scoring') {
          const closed = await updateScienceCouncilIfVersion(txx, council.id, council.version, {
            status: 'closed',
            closedAt: ctx.now(),
            closedBy: ctx.user.id,
            meetingOn: a.acceptedOn,
            outcome: { grading: acceptance },
          });
          if (!closed) throw new DomainError('CONFLICT', undefined, { councilId: council.id });
        }
      },
    };
  });
  return { ...taskCommandOutput(result), overall: graded.overall, reasons: graded.reasons };
}

export async function recordFollowUpHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RecordFollowUpInput;
}) {
  const f = input.followUp;
  const result = await runTaskCommand(ctx, input, 'record_follow_up', ({ today }) => {
    if (f.happenedOn > today) throw new DomainError('BAD_INPUT', 'Ngày ghi nhận không được sau hôm nay.');
    return {
      reason: f.description,
      data: { kind: f.kind, happenedOn: f.happenedOn },
      after: async (tx, task) => {
        await insertScienceFollowUp(tx, {
          taskId: task.id,
          kind: f.kind,
          happenedOn: f.happenedOn,
          description: f.description,
          recordedBy: ctx.user.id,
          recordedAt: ctx.now(),
        });
      },
    };
  });
  return taskCommandOutput(result);
}

export async function cancelTaskHandler({ ctx, input }: { ctx: AuthedContext; input: ReasonCommandInput }) {
  return taskCommandOutput(await runTaskCommand(ctx, input, 'cancel', () => ({ reason: input.reason })));
}
