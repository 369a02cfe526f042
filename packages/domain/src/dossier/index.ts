// The dossier kernel: national status codes 1–10, the transition table, deadlines and timeliness.
import type { Duration } from '../procedures';
import type { LegalSource } from '../legal-source';
import type { Right } from '../organisation';

/** National status codes synchronised with the public-service portal (TT 03/2025). */
export type DossierStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
/** Vietnamese label of each status code. */
export { dossierStatusLabels } from './statuses.data';

export type DossierAction =
  | 'submit'
  | 'receive'
  | 'refuse'
  | 'request_additions'
  | 'supply_additions'
  | 'request_payment'
  | 'confirm_payment'
  | 'assign'
  | 'submit_for_signature'
  | 'approve'
  | 'reject'
  | 'return_result'
  | 'withdraw'
  | 'stop'
  | 'extend_deadline';

/** Who may take a step. Staff rights are checked against the dossier's unit (canAct). */
export interface ActionRule {
  /** The right a staff member needs on the dossier's unit */
  readonly right: Right;
  /** May the dossier's own applicant take it? */
  readonly applicant: boolean;
  /** Only the assigned officer, or someone who may assign in the unit (unit head, leader), may take it */
  readonly handlerOnly: boolean;
}

export interface Transition {
  action: DossierAction;
  /** statuses the action may be taken from; empty for `submit`, which creates a dossier */
  from: readonly DossierStatus[];
  to: DossierStatus;
  /** what the step is, as the timeline and the control sheet (Mẫu 06) name it */
  label: string;
  /** the short command on the step's button, as staff read it */
  command: string;
  /** the command as the applicant reads it, where it differs ("Nộp bổ sung") */
  applicantCommand?: string;
  who: ActionRule;
  /** does this action pause, resume, start or stop the clock, or move the appointment date (extend) */
  clock?: 'pause' | 'resume' | 'start' | 'stop' | 'extend';
  /** the one-stop form the step produces (Phụ lục I Thông tư 03/2025/TT-VPCP) */
  form?: string;
  source?: LegalSource;
}

export {
  transitions,
  DOSSIER_STATUSES,
  DOSSIER_ACTIONS,
  TERMINAL_STATUSES,
  RUNNING_STATUSES,
  PAUSED_STATUSES,
  LIVE_STATUSES,
  dossierActionLabels,
  dossierCommandLabels,
  applicantCommandLabels,
} from './transitions.data';
export {
  allowedActions,
  /** The status after `action`, or throws DomainError('INVALID_TRANSITION'). */
  nextStatus,
  transitionFor,
  isTerminalStatus,
  canRequestAdditions,
  canExtendDeadline,
  ONCE_ONLY_ACTIONS,
  allowedActionsAfter,
  applyAction,
  replayActions,
  initialStatus,
  type SubmissionChannel,
} from './status-machine';

export interface ClockPause {
  /** ISO date the clock stopped (request for additions) */
  from: string;
  /** ISO date the clock resumed (additions received); omitted while paused */
  to?: string;
}

export interface DeadlineInput {
  processingTime: Duration;
  /** ISO timestamp with offset, e.g. "2026-03-02T16:10:00+07:00" */
  receivedAt: string;
  pauses?: ClockPause[];
}

/** The appointment date (ISO date). Receipts after 15:00 count from the next working day. */
export {
  computeDeadline,
  remainingWorkingDays,
  effectiveReceiptDate,
  vietnamLocalTime,
  extendDeadlineOnce,
  type DeadlineExtensionInput,
} from './deadline';
export { DEADLINE_RULES } from './deadline-rules.data';

export type Timeliness = 'early' | 'on_time' | 'late';
export const timelinessLabels: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};
/** Compare the completion date with the deadline (both ISO dates). */
export { classifyTimeliness } from './deadline';

/** The dossier policy: rights, stage rules, the clock and the allowed actions, shared by the engine and the mocks. */
export {
  ENGINE_ACTIONS,
  isEngineAction,
  isApplicantActor,
  staffCan,
  unitsWhere,
  readProblem,
  intakeProblem,
  rightsProblem,
  stateProblem,
  checkCommand,
  allowedActionsFor,
  pausesOf,
  extensionWorkingDaysOf,
  deadlinesOf,
  supplementDueDate,
  collectsFees,
  clockAfter,
  deadlineStanding,
  vietnamDateOf,
  DUE_SOON_WORKING_DAYS,
  type EngineAction,
  type DossierActor,
  type DossierFacts,
  type DossierHistoryEntry,
  type PolicyProcedure,
  type DossierDeadlines,
  type ClockChange,
  type DeadlineColour,
  type DeadlineStanding,
} from './dossier-policy';
export { checkPaymentReceipt, type PaymentReceiptInput } from './payment-rules';
export {
  ONE_STOP_DOCUMENT_TYPES,
  oneStopDocumentType,
  oneStopDocumentsOf,
  type OneStopDocumentKind,
  type OneStopDocumentType,
} from './dossier-documents';
