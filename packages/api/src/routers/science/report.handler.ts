// The office's reports: tasks by field and stage, budget by year, overdue progress reports.
import { overdueReportMilestones, scienceBudgetByYear, scienceTaskCounts } from '@skhcn/db';
import {
  SCIENCE_FIELDS,
  scienceFieldLabels,
  TASK_STAGES,
  taskStageLabels,
  type ScienceField,
  type TaskStage,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import type { ScienceReportInput } from './report.schema';
import { assertScienceReader } from './science-access';

export interface ScienceReport {
  fromYear: number;
  toYear: number;
  /** one row per field: the number of tasks in each stage */
  byField: { field: ScienceField; fieldLabel: string; total: number; stages: Record<TaskStage, number> }[];
  stages: { stage: TaskStage; label: string }[];
  budgetByYear: {
    year: number;
    tasks: number;
    indicative: number;
    approved: number;
    approvedTasks: number;
  }[];
  overdueReports: {
    taskId: string;
    code: string;
    title: string;
    hostName: string | null;
    milestone: string;
    dueOn: string;
    daysOverdue: number;
  }[];
  totals: { tasks: number; indicative: number; approved: number; overdueReports: number };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export async function scienceReportHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ScienceReportInput;
}): Promise<ScienceReport> {
  assertScienceReader(ctx.user);
  const today = vietnamToday(ctx.now());
  const years = { from: input.fromYear, to: input.toYear };
  const [counts, budget, overdue] = await Promise.all([
    scienceTaskCounts(ctx.db, years),
    scienceBudgetByYear(ctx.db, years),
    overdueReportMilestones(ctx.db, today),
  ]);
  const empty = () => Object.fromEntries(TASK_STAGES.map((s) => [s, 0])) as Record<TaskStage, number>;
  const byField = SCIENCE_FIELDS.map((field) => {
    const stages = empty();
    for (const c of counts.filter((x) => x.field === field)) stages[c.stage as TaskStage] += c.count;
    return {
      field,
      fieldLabel: scienceFieldLabels[field],
      total: Object.values(stages).reduce((a, b) => a + b, 0),
      stages,
    };
  });
  const overdueReports = overdue.map((o) => ({
    taskId: o.taskId,
    code: o.code,
    title: o.title,
    hostName: o.hostName,
    milestone: o.milestoneTitle,
    dueOn: o.dueOn,
    daysOverdue: daysBetween(o.dueOn, today),
  }));
  return {
    fromYear: input.fromYear,
    toYear: input.toYear,
    byField,
    stages: TASK_STAGES.map((stage) => ({ stage, label: taskStageLabels[stage] })),
    budgetByYear: budget,
    overdueReports,
    totals: {
      tasks: byField.reduce((n, f) => n + f.total, 0),
      indicative: budget.reduce((n, b) => n + b.indicative, 0),
      approved: budget.reduce((n, b) => n + b.approved, 0),
      overdueReports: overdueReports.length,
    },
  };
}
