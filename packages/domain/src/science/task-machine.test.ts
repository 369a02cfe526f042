import { describe, expect, it } from 'vitest';
import {
  FINAL_TASK_STAGES,
  nextTaskStage,
  TASK_ACTIONS,
  TASK_STAGES,
  taskActionsFrom,
  taskTransitions,
  type TaskAction,
  type TaskStage,
} from './index';

describe('the task lifecycle table', () => {
  it.each<[TaskStage, TaskAction, TaskStage]>([
    ['proposed', 'identify', 'identified'],
    ['proposed', 'reject_proposal', 'not_identified'],
    ['identified', 'open_call', 'selecting'],
    ['selecting', 'select_host', 'selected'],
    ['selected', 'appraise', 'appraised'],
    ['appraised', 'approve', 'approved'],
    ['approved', 'sign_contract', 'in_progress'],
    ['in_progress', 'report_progress', 'in_progress'],
    ['in_progress', 'decide_adjustment', 'in_progress'],
    ['in_progress', 'start_evaluation', 'evaluating'],
    ['evaluating', 'accept', 'accepted'],
    ['evaluating', 'fail_acceptance', 'not_accepted'],
    ['accepted', 'file_registration', 'accepted'],
    ['accepted', 'register_result', 'registered'],
    ['registered', 'record_follow_up', 'registered'],
    ['in_progress', 'cancel', 'cancelled'],
  ])('%s —%s→ %s', (from, action, to) => {
    expect(nextTaskStage(from, action)).toBe(to);
  });

  it.each<[TaskStage, TaskAction]>([
    ['proposed', 'open_call'],
    ['selecting', 'sign_contract'],
    ['in_progress', 'accept'],
    ['accepted', 'report_progress'],
    ['registered', 'register_result'],
    ['cancelled', 'identify'],
  ])('refuses %s → %s with INVALID_TRANSITION in Vietnamese', (from, action) => {
    expect(() => nextTaskStage(from, action)).toThrow(
      /Không thể thực hiện “.+” khi nhiệm vụ đang ở giai đoạn “.+”/,
    );
  });

  it('uses every action and reaches every stage; final stages allow no stage change', () => {
    expect(new Set(taskTransitions.map((t) => t.action))).toEqual(new Set(TASK_ACTIONS));
    const reached = new Set<string>(taskTransitions.flatMap((t) => (t.to === 'same' ? t.from : [t.to])));
    for (const s of TASK_STAGES) expect(reached.has(s), s).toBe(true);
    for (const s of FINAL_TASK_STAGES) {
      for (const a of taskActionsFrom(s)) expect(nextTaskStage(s, a)).toBe(s);
    }
  });
});
