// What the screens receive: plain views of tasks, applications, councils and the task's records, with Vietnamese
// labels next to the codes.
import type {
  ScienceAdjustmentRow,
  ScienceApplicationRow,
  ScienceCertificateRow,
  ScienceCouncilRow,
  ScienceFollowUpRow,
  ScienceInspectionRow,
  ScienceMilestoneRow,
  ScienceTaskEventView,
  ScienceTaskListItem,
  ScienceTaskRow,
} from '@skhcn/db';
import {
  acceptanceGradeLabels,
  adjustmentKindLabels,
  councilKindLabels,
  followUpKindLabels,
  milestoneKindLabels,
  proposerKindLabels,
  scienceFieldLabels,
  selectionModeLabels,
  taskActionLabels,
  taskStageLabels,
  urgencyLabels,
  type AcceptanceGrade,
  type AdjustmentKind,
  type CouncilKind,
  type FollowUpKind,
  type MilestoneKind,
  type ProposerKind,
  type ScienceField,
  type SelectionMode,
  type TaskAction,
  type TaskStage,
  type Urgency,
} from '@skhcn/domain';
import { certificateVerificationPath } from './science-paths';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export interface TaskSummary {
  id: string;
  code: string;
  year: number;
  title: string;
  field: ScienceField;
  fieldLabel: string;
  stage: TaskStage;
  stageLabel: string;
  proposerName: string;
  hostName: string | null;
  indicativeBudget: number;
  approvedBudget: number | null;
  callClosesOn: string | null;
  endsOn: string | null;
  overallGrade: AcceptanceGrade | null;
  overallGradeLabel: string | null;
  /** report milestones past due without a report */
  overdueReports: number;
  updatedAt: string;
  /** send back as expectedVersion with the next command */
  version: number;
}

export function toTaskSummary(row: ScienceTaskRow & { overdueReports?: number }): TaskSummary {
  const grade = row.overallGrade as AcceptanceGrade | null;
  return {
    id: row.id,
    code: row.code,
    year: row.year,
    title: row.title,
    field: row.field as ScienceField,
    fieldLabel: scienceFieldLabels[row.field as ScienceField] ?? row.field,
    stage: row.stage as TaskStage,
    stageLabel: taskStageLabels[row.stage as TaskStage] ?? row.stage,
    proposerName: row.proposerName,
    hostName: row.hostName,
    indicativeBudget: row.indicativeBudget,
    approvedBudget: row.approvedBudget,
    callClosesOn: row.callClosesOn,
    endsOn: row.endsOn,
    overallGrade: grade,
    overallGradeLabel: grade ? acceptanceGradeLabels[grade] : null,
    overdueReports: row.overdueReports ?? 0,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export type TaskListItem = TaskSummary;
export const toTaskListItem = (row: ScienceTaskListItem): TaskListItem => toTaskSummary(row);

export interface TaskFull extends TaskSummary {
  proposal: {
    proposerKind: ProposerKind;
    proposerKindLabel: string;
    urgency: Urgency;
    urgencyLabel: string;
    urgencyReason: string;
    objectives: string;
    expectedProducts: string[];
    durationMonths: number;
    proposedAt: string;
  };
  identification: { meetingOn: string; conclusion: string } | null;
  call: { mode: SelectionMode; modeLabel: string; opensOn: string; closesOn: string } | null;
  host: { name: string; principalInvestigator: string | null; applicationId: string | null } | null;
  appraisal: { appraisedOn: string; approvedBudget: number; notes: string } | null;
  approval: { decisionNumber: string; approvedOn: string } | null;
  contract: { number: string; signedOn: string; startsOn: string; endsOn: string; products: string[] } | null;
  acceptance: {
    acceptedOn: string;
    overall: AcceptanceGrade;
    overallLabel: string;
    report: AcceptanceGrade;
    reportLabel: string;
    products: {
      name: string;
      grade: AcceptanceGrade;
      gradeLabel: string;
      grades: Record<string, AcceptanceGrade>;
    }[];
    conclusion: string;
    reasons: string[];
  } | null;
  acceptedOn: string | null;
}

export function toTaskFull(row: ScienceTaskRow & { overdueReports?: number }): TaskFull {
  const call =
    row.callMode && row.callOpensOn && row.callClosesOn
      ? {
          mode: row.callMode as SelectionMode,
          modeLabel: selectionModeLabels[row.callMode as SelectionMode],
          opensOn: row.callOpensOn,
          closesOn: row.callClosesOn,
        }
      : null;
  const acceptance = row.acceptance as {
    acceptedOn: string;
    overall: AcceptanceGrade;
    report: AcceptanceGrade;
    products: { name: string; grade: AcceptanceGrade; grades: Record<string, AcceptanceGrade> }[];
    conclusion: string;
    reasons: string[];
  } | null;
  return {
    ...toTaskSummary(row),
    proposal: {
      proposerKind: row.proposerKind as ProposerKind,
      proposerKindLabel: proposerKindLabels[row.proposerKind as ProposerKind] ?? row.proposerKind,
      urgency: row.urgency as Urgency,
      urgencyLabel: urgencyLabels[row.urgency as Urgency] ?? row.urgency,
      urgencyReason: row.urgencyReason,
      objectives: row.objectives,
      expectedProducts: row.expectedProducts,
      durationMonths: row.durationMonths,
      proposedAt: row.proposedAt.toISOString(),
    },
    identification: (row.identification as TaskFull['identification']) ?? null,
    call,
    host: row.hostName
      ? {
          name: row.hostName,
          principalInvestigator: row.principalInvestigator,
          applicationId: row.hostApplicationId,
        }
      : null,
    appraisal: (row.appraisal as TaskFull['appraisal']) ?? null,
    approval: (row.approval as TaskFull['approval']) ?? null,
    contract: (row.contract as TaskFull['contract']) ?? null,
    acceptance: acceptance
      ? {
          ...acceptance,
          overallLabel: acceptanceGradeLabels[acceptance.overall],
          reportLabel: acceptanceGradeLabels[acceptance.report],
          products: acceptance.products.map((p) => ({ ...p, gradeLabel: acceptanceGradeLabels[p.grade] })),
        }
      : null,
    acceptedOn: row.acceptedOn,
  };
}

export interface ApplicationView {
  id: string;
  taskId: string;
  organisationName: string;
  taxCode: string | null;
  principalInvestigator: string;
  researchPlan: string;
  team: { fullName: string; role: string; organisation?: string }[];
  partners: string[];
  budgetItems: { item: string; amount: number }[];
  totalBudget: number;
  /** filed online by the organisation's account, or recorded by the office from paper */
  channel: 'online' | 'counter';
  submittedAt: string;
}

export function toApplicationView(row: ScienceApplicationRow): ApplicationView {
  return {
    id: row.id,
    taskId: row.taskId,
    organisationName: row.organisationName,
    taxCode: row.taxCode,
    principalInvestigator: row.principalInvestigator,
    researchPlan: row.researchPlan,
    team: row.team as ApplicationView['team'],
    partners: row.partners,
    budgetItems: row.budgetItems,
    totalBudget: row.totalBudget,
    channel: row.applicantUserId ? 'online' : 'counter',
    submittedAt: row.submittedAt.toISOString(),
  };
}

/** What a council member sees of an application before declaring: who applies, not what they propose. */
export interface ApplicationHeading {
  id: string;
  organisationName: string;
  principalInvestigator: string;
}

export const toApplicationHeading = (row: ScienceApplicationRow): ApplicationHeading => ({
  id: row.id,
  organisationName: row.organisationName,
  principalInvestigator: row.principalInvestigator,
});

export interface CouncilSummary {
  id: string;
  taskId: string;
  kind: CouncilKind;
  kindLabel: string;
  name: string;
  status: 'scoring' | 'closed';
  statusLabel: string;
  compositionModel: string;
  meetingOn: string | null;
  closedAt: string | null;
  version: number;
}

export const councilStatusLabels = { scoring: 'Đang đánh giá', closed: 'Đã kết thúc đánh giá' } as const;

export function toCouncilSummary(row: ScienceCouncilRow): CouncilSummary {
  const status = row.status as 'scoring' | 'closed';
  return {
    id: row.id,
    taskId: row.taskId,
    kind: row.kind as CouncilKind,
    kindLabel: councilKindLabels[row.kind as CouncilKind],
    name: row.name,
    status,
    statusLabel: councilStatusLabels[status],
    compositionModel: row.compositionModel,
    meetingOn: row.meetingOn,
    closedAt: iso(row.closedAt),
    version: row.version,
  };
}

export interface MilestoneView {
  id: string;
  seq: number;
  title: string;
  kind: MilestoneKind;
  kindLabel: string;
  dueOn: string;
  amount: number | null;
  /** report milestones: a progress report was filed against it */
  reported: boolean;
  /** a report milestone past due without a report */
  overdue: boolean;
}

export function toMilestoneView(
  row: ScienceMilestoneRow,
  reportedIds: ReadonlySet<string>,
  today: string,
  running: boolean,
): MilestoneView {
  const reported = reportedIds.has(row.id);
  return {
    id: row.id,
    seq: row.seq,
    title: row.title,
    kind: row.kind as MilestoneKind,
    kindLabel: milestoneKindLabels[row.kind as MilestoneKind],
    dueOn: row.dueOn,
    amount: row.amount,
    reported,
    overdue: running && row.kind === 'report' && !reported && row.dueOn < today,
  };
}

export const toInspectionView = (r: ScienceInspectionRow) => ({
  id: r.id,
  inspectedOn: r.inspectedOn,
  findings: r.findings,
  conclusion: r.conclusion,
  recordedAt: r.recordedAt.toISOString(),
});

export const adjustmentStatusLabels = {
  requested: 'Chờ quyết định',
  approved: 'Đã chấp thuận',
  rejected: 'Không chấp thuận',
} as const;

export const toAdjustmentView = (r: ScienceAdjustmentRow) => ({
  id: r.id,
  kind: r.kind as AdjustmentKind,
  kindLabel: adjustmentKindLabels[r.kind as AdjustmentKind],
  reason: r.reason,
  details: r.details,
  newEndsOn: r.newEndsOn,
  newBudget: r.newBudget,
  status: r.status as keyof typeof adjustmentStatusLabels,
  statusLabel: adjustmentStatusLabels[r.status as keyof typeof adjustmentStatusLabels],
  requestedAt: r.requestedAt.toISOString(),
  decidedAt: iso(r.decidedAt),
  decisionReason: r.decisionReason,
});

export const toFollowUpView = (r: ScienceFollowUpRow) => ({
  id: r.id,
  kind: r.kind as FollowUpKind,
  kindLabel: followUpKindLabels[r.kind as FollowUpKind],
  happenedOn: r.happenedOn,
  description: r.description,
});

export interface TaskEventItem {
  seq: number;
  action: TaskAction;
  label: string;
  fromStage: TaskStage | null;
  toStage: TaskStage;
  toStageLabel: string;
  at: string;
  actorName: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export function toTaskEventItem(e: ScienceTaskEventView): TaskEventItem {
  return {
    seq: e.seq,
    action: e.action as TaskAction,
    label: taskActionLabels[e.action as TaskAction] ?? e.action,
    fromStage: e.fromStage as TaskStage | null,
    toStage: e.toStage as TaskStage,
    toStageLabel: taskStageLabels[e.toStage as TaskStage] ?? e.toStage,
    at: e.at.toISOString(),
    actorName: e.actorName,
    reason: e.reason,
    data: e.data,
  };
}

export interface CertificateView {
  number: string;
  issuedOn: string;
  verificationPath: string;
}

export const toCertificateView = (c: ScienceCertificateRow): CertificateView => ({
  number: c.number,
  issuedOn: c.issuedOn,
  verificationPath: certificateVerificationPath(c.number),
});
