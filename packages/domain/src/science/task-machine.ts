import { DomainError } from '../errors';
import {
  TASK_STAGES,
  taskActionLabels,
  taskStageLabels,
  taskTransitions,
  type TaskAction,
  type TaskStage,
  type TaskTransition,
} from './task-stages.data';

const byStage = new Map<TaskStage, Map<TaskAction, TaskTransition>>();
for (const t of taskTransitions) {
  for (const s of t.from) {
    let m = byStage.get(s);
    if (!m) byStage.set(s, (m = new Map<TaskAction, TaskTransition>()));
    m.set(t.action, t);
  }
}

export function isTaskStage(value: unknown): value is TaskStage {
  return typeof value === 'string' && (TASK_STAGES as readonly string[]).includes(value);
}

/** The table's row for (stage, action), or undefined when the table does not allow it. */
export function taskTransitionFor(stage: TaskStage, action: TaskAction): TaskTransition | undefined {
  return byStage.get(stage)?.get(action);
}

/** The actions the table allows from `stage`, in table order. */
export function taskActionsFrom(stage: TaskStage): TaskAction[] {
  return [...(byStage.get(stage)?.keys() ?? [])];
}

/** The stage after `action`, or DomainError('INVALID_TRANSITION') naming the step and the stage in Vietnamese. */
export function nextTaskStage(stage: TaskStage, action: TaskAction): TaskStage {
  const t = taskTransitionFor(stage, action);
  if (!t) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Không thể thực hiện “${taskActionLabels[action] ?? action}” khi nhiệm vụ đang ở giai đoạn “${taskStageLabels[stage] ?? stage}”.`,
      { stage, action },
    );
  }
  return t.to === 'same' ? stage : t.to;
}
