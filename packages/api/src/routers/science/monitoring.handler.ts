// Monitoring a task being carried out: periodic progress reports (against the contract's report milestones),
// inspections, and adjustments of time, budget, team or content, each decided with its reason.
import {
  decideScienceAdjustment,
  findScienceAdjustment,
  insertScienceAdjustment,
  insertScienceInspection,
  insertScienceProgressReport,
  listScienceMilestones,
  listScienceProgressReports,
  type ScienceTaskChanges,
} from '@skhcn/db';
import { DomainError, adjustmentKindLabels } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { taskCommandOutput } from './lifecycle.handler';
import type {
  DecideAdjustmentInput,
  RecordInspectionInput,
  ReportProgressInput,
  RequestAdjustmentInput,
} from './monitoring.schema';
import { runTaskCommand } from './task-command';

/** science.reportProgress: the host (or the office on its behalf) files a periodic report, optionally for a milestone. */
export async function reportProgressHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReportProgressInput;
}) {
  const r = input.report;
  const result = await runTaskCommand(ctx, input, 'report_progress', async ({ tx, task }) => {
    if (r.milestoneId) {
      const milestone = (await listScienceMilestones(tx, task.id)).find((m) => m.id === r.milestoneId);
      if (!milestone || milestone.kind !== 'report')
        throw new DomainError('BAD_INPUT', 'Mốc báo cáo không thuộc hợp đồng của nhiệm vụ này.', {
          issues: [{ path: 'report.milestoneId', message: 'Vui lòng chọn một mốc báo cáo của hợp đồng.' }],
        });
      const filed = (await listScienceProgressReports(tx, task.id)).some(
        (p) => p.milestoneId === r.milestoneId,
      );
      if (filed)
        throw new DomainError('BAD_INPUT', `Đã có báo cáo cho mốc “${milestone.title}”.`, {
          issues: [{ path: 'report.milestoneId', message: 'Mốc này đã có báo cáo.' }],
        });
    }
    return {
      reason: r.summary,
      data: { period: r.period, progressPercent: r.progressPercent, milestoneId: r.milestoneId ?? null },
      after: async (txx, updated) => {
        await insertScienceProgressReport(txx, {
          taskId: updated.id,
          milestoneId: r.milestoneId ?? null,
          period: r.period,
          progressPercent: r.progressPercent,
          summary: r.summary,
          issues: r.issues ?? null,
          submittedBy: ctx.user.id,
          submittedAt: ctx.now(),
        });
      },
    };
  });
  return taskCommandOutput(result);
}

export async function recordInspectionHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RecordInspectionInput;
}) {
  const i = input.inspection;
  const result = await runTaskCommand(ctx, input, 'record_inspection', ({ today }) => {
    if (i.inspectedOn > today) throw new DomainError('BAD_INPUT', 'Ngày kiểm tra không được sau hôm nay.');
    return {
      reason: i.conclusion,
      data: { inspectedOn: i.inspectedOn },
      after: async (tx, task) => {
        await insertScienceInspection(tx, {
          taskId: task.id,
          inspectedOn: i.inspectedOn,
          findings: i.findings,
          conclusion: i.conclusion,
          recordedBy: ctx.user.id,
          recordedAt: ctx.now(),
        });
      },
    };
  });
  return taskCommandOutput(result);
}

export async function requestAdjustmentHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: RequestAdjustmentInput;
}) {
  const a = input.adjustment;
  const result = await runTaskCommand(ctx, input, 'request_adjustment', ({ task }) => {
    if (a.kind === 'time' && a.newEndsOn && task.endsOn && a.newEndsOn <= task.endsOn)
      throw new DomainError('BAD_INPUT', 'Ngày kết thúc mới phải sau ngày kết thúc hiện tại.', {
        issues: [
          { path: 'adjustment.newEndsOn', message: 'Ngày kết thúc mới phải sau ngày kết thúc hiện tại.' },
        ],
      });
    return {
      reason: a.reason,
      data: { kind: a.kind, kindLabel: adjustmentKindLabels[a.kind] },
      after: async (tx, updated) => {
        await insertScienceAdjustment(tx, {
          taskId: updated.id,
          kind: a.kind,
          reason: a.reason,
          details: a.details,
          newEndsOn: a.newEndsOn ?? null,
          newBudget: a.newBudget ?? null,
          status: 'requested',
          requestedBy: ctx.user.id,
          requestedAt: ctx.now(),
        });
      },
    };
  });
  return taskCommandOutput(result);
}

/** science.decideAdjustment: a leader approves or refuses a request, with the reason; approval applies it. */
export async function decideAdjustmentHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: DecideAdjustmentInput;
}) {
  const result = await runTaskCommand(ctx, input, 'decide_adjustment', async ({ tx, task }) => {
    const request = await findScienceAdjustment(tx, input.adjustmentId);
    if (!request || request.taskId !== task.id)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy đề nghị điều chỉnh của nhiệm vụ này.');
    if (request.status !== 'requested')
      throw new DomainError('INVALID_TRANSITION', 'Đề nghị điều chỉnh này đã được quyết định.', {
        reason: 'ALREADY_DECIDED',
      });
    const changes: ScienceTaskChanges = {};
    if (input.approve && request.kind === 'time' && request.newEndsOn) changes.endsOn = request.newEndsOn;
    if (input.approve && request.kind === 'budget' && request.newBudget !== null)
      changes.approvedBudget = request.newBudget;
    return {
      changes,
      reason: input.reason,
      data: { adjustmentId: request.id, kind: request.kind, approved: input.approve },
      after: async (txx) => {
        const decided = await decideScienceAdjustment(txx, request.id, {
          status: input.approve ? 'approved' : 'rejected',
          decidedBy: ctx.user.id,
          decidedAt: ctx.now(),
          decisionReason: input.reason,
        });
        if (!decided) throw new DomainError('CONFLICT', undefined, { adjustmentId: request.id });
      },
    };
  });
  return taskCommandOutput(result);
}
