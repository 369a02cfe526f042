import type { DossierEventView, DossierFileView, DossierListRow, DossierRow } from '@skhcn/db';
import {
  deadlineStanding,
  dossierActionLabels,
  dossierStatusLabels,
  findProcedureVersion,
  vietnamDateOf,
  classifyTimeliness,
  type DeadlineColour,
  type DossierAction,
  type DossierStatus,
  type Timeliness,
} from '@skhcn/domain';
import { vietnamDay } from './dossier-engine';

export type { DeadlineColour };
export { DUE_SOON_WORKING_DAYS } from '@skhcn/domain';

export interface DossierView {
  id: string;
  code: string;
  procedureCode: string;
  procedureVersion: string;
  procedureName: string;
  unitCode: string;
  status: DossierStatus;
  statusLabel: string;
  channel: 'online' | 'direct' | 'postal';
  applicantName: string;
  applicantTaxCode: string | null;
  applicantUserId: string | null;
  assigneeUserId: string | null;
  assigneeName: string | null;
  /** ISO timestamps */
  submittedAt: string | null;
  receivedAt: string | null;
  completedAt: string | null;
  updatedAt: string;
  /** Appointment date (ISO date); null before receipt and while the clock is paused */
  deadline: string | null;
  /** The appointment date before the apology letter (Mẫu 04) moved it; null when it was never moved */
  deadlineBeforeExtension: string | null;
  /** Waiting for the applicant (additions or payment): the clock is stopped */
  paused: boolean;
  deadlineColour: DeadlineColour;
  remainingWorkingDays: number | null;
  /** Once processing ended: early / on time / late against the appointment date (before any extension) */
  timeliness: Timeliness | null;
  awaitingSignature: boolean;
  /** Send it back with the next command (optimistic concurrency) */
  version: number;
}

/** `today`: the Vietnam date of `now`, computed once by a caller that builds many views (a list page) */
export function toDossierView(
  row: Omit<DossierListRow, 'assigneeName'> & { assigneeName?: string | null },
  now: Date,
  today: string = vietnamDay(now),
): DossierView {
  const status = row.status as DossierStatus;
  const procedure = findProcedureVersion(row.procedureCode, row.procedureVersion);
  const standing = deadlineStanding(
    {
      status,
      deadline: row.deadline,
      deadlineBeforeExtension: row.deadlineBeforeExtension,
      completedAt: row.completedAt?.toISOString() ?? null,
    },
    today,
  );
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedureCode,
    procedureVersion: row.procedureVersion,
    procedureName: procedure?.name ?? row.procedureCode,
    unitCode: row.unitCode,
    status,
    statusLabel: dossierStatusLabels[status],
    channel: row.channel,
    applicantName: row.applicantName,
    applicantTaxCode: row.applicantTaxCode,
    applicantUserId: row.applicantUserId,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeName ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    deadline: row.deadline,
    deadlineBeforeExtension: row.deadlineBeforeExtension,
    paused: standing.paused,
    deadlineColour: standing.colour,
    remainingWorkingDays: standing.remainingWorkingDays,
    timeliness: standing.timeliness,
    awaitingSignature: row.awaitingSignature,
    version: row.version,
  };
}

/**
 * Early / on time / late once processing ended, judged against the appointment date the processing time gave: a
 * dossier finished by the date of an apology letter (Mẫu 04) still counts as late.
 */
export function timelinessOf(
  row: Pick<DossierRow, 'deadline' | 'deadlineBeforeExtension' | 'completedAt'>,
): Timeliness | null {
  const due = row.deadlineBeforeExtension ?? row.deadline;
  return due && row.completedAt
    ? classifyTimeliness(due, vietnamDateOf(row.completedAt.toISOString()))
    : null;
}

/** `{ timeliness }` of a dossier completed at `completedAt`, for the event that ends processing (empty without a date). */
export function timelinessData(
  row: Pick<DossierRow, 'deadline' | 'deadlineBeforeExtension'>,
  completedAt: Date,
): { timeliness?: Timeliness } {
  const t = timelinessOf({ ...row, completedAt });
  return t ? { timeliness: t } : {};
}

export interface DossierEventItem {
  seq: number;
  action: string;
  actionLabel: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  toStatusLabel: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
}

export function toEventItem(e: DossierEventView): DossierEventItem {
  return {
    seq: e.seq,
    action: e.action,
    actionLabel: dossierActionLabels[e.action as DossierAction] ?? e.action,
    fromStatus: (e.fromStatus as DossierStatus | null) ?? null,
    toStatus: e.toStatus as DossierStatus,
    toStatusLabel: dossierStatusLabels[e.toStatus as DossierStatus],
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    reason: e.reason,
    data: e.data ?? null,
  };
}

export interface DossierFileItem {
  fileId: string;
  componentKey: string;
  eventSeq: number;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  attachedAt: string;
  /** GET this URL (same origin, with the session cookie) to download */
  url: string;
}

export function toFileItem(f: DossierFileView): DossierFileItem {
  return { ...f, attachedAt: f.attachedAt.toISOString(), url: `/api/files/${f.fileId}` };
}
