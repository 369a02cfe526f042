// Every change of a science task is a command: rights (the transition table's `who`), the stage (the table),
// the optimistic version, then the change and one appended event row, in one transaction.
import {
  appendScienceTaskEvent,
  findScienceTask,
  updateScienceTaskIfVersion,
  type DbTransaction,
  type ScienceTaskChanges,
  type ScienceTaskEventRow,
  type ScienceTaskRow,
} from '@skhcn/db';
import {
  DomainError,
  nextTaskStage,
  taskTransitionFor,
  taskTransitions,
  type TaskAction,
  type TaskStage,
} from '@skhcn/domain';
import type { Context, SessionUser } from '../../context';
import { vietnamToday } from '../../lib/today';
import { taskActorProblem } from './science-access';

export interface TaskCommandState {
  tx: DbTransaction;
  user: SessionUser;
  task: ScienceTaskRow;
  from: TaskStage;
  to: TaskStage;
  now: Date;
  today: string;
}

export interface TaskCommandPlan {
  changes?: ScienceTaskChanges;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** Runs in the same transaction after the event is appended (rows of the step: reports, milestones…) */
  after?: (tx: DbTransaction, task: ScienceTaskRow, event: ScienceTaskEventRow) => Promise<void>;
}

export interface TaskCommandResult {
  task: ScienceTaskRow;
  event: ScienceTaskEventRow;
}

export interface TaskCommandInput {
  taskId: string;
  expectedVersion: number;
}

export type TaskPlanner = (state: TaskCommandState) => TaskCommandPlan | Promise<TaskCommandPlan>;

const conflict = (expectedVersion: number, currentVersion?: number) =>
  new DomainError('CONFLICT', 'Nhiệm vụ đã được người khác cập nhật. Vui lòng tải lại để xem bản mới nhất.', {
    expectedVersion,
    currentVersion,
  });

/** Runs a task command inside the caller's transaction (e.g. the one-stop engine's, when filing a registration). */
export async function applyTaskCommand(
  tx: DbTransaction,
  ctx: Context & { user: SessionUser },
  input: TaskCommandInput,
  action: TaskAction,
  plan: TaskPlanner = () => ({}),
  /** system: a step the table gives to the system, run by the engine on behalf of `ctx.user` (the approver) */
  options: { system?: boolean } = {},
): Promise<TaskCommandResult> {
  const now = ctx.now();
  const task = await findScienceTask(tx, input.taskId);
  if (!task) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.', { taskId: input.taskId });
  const from = task.stage as TaskStage;
  const row = taskTransitionFor(from, action);
  // rights first (by the table's row, or the action's first row when the stage does not allow it)
  const who = row?.who ?? taskTransitionForAny(action);
  const denied =
    who === 'system'
      ? options.system
        ? undefined
        : taskActorProblem(ctx.user, who, action, task)
      : who
        ? taskActorProblem(ctx.user, who, action, task)
        : undefined;
  if (denied) throw denied;
  if (task.version !== input.expectedVersion) throw conflict(input.expectedVersion, task.version);
  const to = nextTaskStage(from, action);
  const p = await plan({ tx, user: ctx.user, task, from, to, now, today: vietnamToday(now) });
  const changes: ScienceTaskChanges = { ...p.changes, stage: to };
  const updated = await updateScienceTaskIfVersion(tx, task.id, input.expectedVersion, changes, now);
  if (!updated) throw conflict(input.expectedVersion);
  const event = await appendScienceTaskEvent(tx, {
    taskId: task.id,
    action,
    fromStage: from,
    toStage: to,
    actorUserId: ctx.user.id,
    at: now,
    reason: p.reason ?? null,
    data: p.data ?? null,
  });
  if (p.after) await p.after(tx, updated, event);
  ctx.logger.info(
    { taskId: task.id, code: task.code, action, from, to, userId: ctx.user.id },
    'science command',
  );
  return { task: updated, event };
}

/** Runs a task command in its own transaction. */
export function runTaskCommand(
  ctx: Context & { user: SessionUser },
  input: TaskCommandInput,
  action: TaskAction,
  plan?: TaskPlanner,
): Promise<TaskCommandResult> {
  return ctx.db.transaction((tx) => applyTaskCommand(tx, ctx, input, action, plan));
}

/** Who takes `action` by the table (its first row), to check rights before the stage. */
function taskTransitionForAny(action: TaskAction) {
  return taskTransitions.find((t) => t.action === action)?.who;
}

/**
 * Appends a record to the task's history for a step that keeps its stage and changes another row (an application,
 * a council, a member's declaration or sheet): the table must allow the step in the task's stage; the caller has
 * checked the rights and guards its own row (version, once-only).
 */
export async function recordTaskEvent(
  tx: DbTransaction,
  ctx: Context & { user: SessionUser },
  task: ScienceTaskRow,
  action: TaskAction,
  entry: { reason?: string | null; data?: Record<string, unknown> } = {},
): Promise<ScienceTaskEventRow> {
  const stage = task.stage as TaskStage;
  if (nextTaskStage(stage, action) !== stage)
    throw new Error(`${action} changes the stage: use a task command`);
  return appendScienceTaskEvent(tx, {
    taskId: task.id,
    action,
    fromStage: stage,
    toStage: stage,
    actorUserId: ctx.user.id,
    at: ctx.now(),
    reason: entry.reason ?? null,
    data: entry.data ?? null,
  });
}
