// The dossier policy: what the one-stop engine decides, as pure functions over domain-owned shapes. Who may read a
// dossier and take each step (the table's `who` and the unit rights of the organisation), whether the dossier's
// stage allows it (signature requested, fees, the applicant's time to supply additions), the clock (pauses from the
// history, the appointment date, the apology letter's extension) and the actions allowed now. The engine (api) adds
// the transaction, the version check and the event; the mocks call the same functions.
import { addCalendarDays, addWorkingDays, nextWorkingDayOnOrAfter, workingDaysBetween } from '../calendar';
import { DomainError } from '../errors';
import { canAct, rightsOf, type Membership, type OrganisationConfig, type Right } from '../organisation';
import { effectiveProcessingTime, type ProcedureVersion } from '../procedures';
import { formatVietnameseDate } from '../text';
import { classifyTimeliness, computeDeadline, vietnamLocalTime } from './deadline';
import type { ClockPause, DossierAction, DossierStatus, Timeliness, Transition } from './index';
import { applyAction, transitionFor } from './status-machine';
import { dossierActionLabels, PAUSED_STATUSES, RUNNING_STATUSES, transitions } from './transitions.data';

/** The actions the engine runs as commands on an existing dossier (`submit` creates one). */
export type EngineAction = Exclude<DossierAction, 'submit'>;

/** The engine's actions, in table order. */
export const ENGINE_ACTIONS: readonly EngineAction[] = transitions
  .map((t) => t.action)
  .filter((a): a is EngineAction => a !== 'submit');

export function isEngineAction(action: string): action is EngineAction {
  return (ENGINE_ACTIONS as readonly string[]).includes(action);
}

/** Who acts: a staff member with unit memberships, an applicant organisation, or an external account. */
export interface DossierActor {
  id: string;
  /** missing means staff */
  kind?: 'staff' | 'applicant' | 'external';
  memberships: readonly Membership[];
}

/** One recorded step of a dossier, as the policy reads it. */
export interface DossierHistoryEntry {
  action: DossierAction;
  /** ISO instant with offset, e.g. "2026-03-02T09:00:00+07:00" or "2026-03-02T02:00:00.000Z" */
  at: string;
  data?: Readonly<Record<string, unknown>> | null;
}

/** What the policy needs to know of a dossier. */
export interface DossierFacts {
  status: DossierStatus;
  unitCode: string;
  applicantUserId: string | null;
  assigneeUserId: string | null;
  awaitingSignature: boolean;
  /** ISO instant of receipt; null before */
  receivedAt: string | null;
  /** Every recorded step, oldest first */
  history: readonly DossierHistoryEntry[];
}

/** The parts of a procedure version the policy reads. */
export type PolicyProcedure = Pick<
  ProcedureVersion,
  'code' | 'name' | 'processingTime' | 'supplementLimit' | 'free' | 'fees' | 'override'
>;

const NOT_YOURS = 'Hồ sơ này không phải của tổ chức, cá nhân bạn; bạn không có quyền truy cập.';

export function isApplicantActor(actor: Pick<DossierActor, 'kind'>): boolean {
  return actor.kind === 'applicant';
}

function isStaffActor(actor: Pick<DossierActor, 'kind'>): boolean {
  return actor.kind === undefined || actor.kind === 'staff';
}

/** May this staff member exercise `right` on the unit's dossiers? (never for applicants or external accounts) */
export function staffCan(
  actor: DossierActor,
  right: Right,
  unitCode: string,
  org: OrganisationConfig,
): boolean {
  return isStaffActor(actor) && actor.memberships.some((m) => canAct(m, right, unitCode, org));
}

function staffHasRight(actor: DossierActor, right: Right): boolean {
  return isStaffActor(actor) && actor.memberships.some((m) => rightsOf(m.role).includes(right));
}

/** The unit codes on which the actor may exercise `right`. */
export function unitsWhere(actor: DossierActor, right: Right, org: OrganisationConfig): string[] {
  return org.units.filter((u) => staffCan(actor, right, u.code, org)).map((u) => u.code);
}

/** FORBIDDEN_UNIT when the actor holds the right elsewhere, FORBIDDEN otherwise. */
function missingRight(actor: DossierActor, right: Right, unitCode: string, message?: string): DomainError {
  return staffHasRight(actor, right)
    ? new DomainError('FORBIDDEN_UNIT', undefined, { unitCode, right })
    : new DomainError('FORBIDDEN', message, { unitCode, right });
}

/** Why the actor may not see the dossier, or undefined when they may. */
export function readProblem(
  actor: DossierActor,
  dossier: Pick<DossierFacts, 'unitCode' | 'applicantUserId'>,
  org: OrganisationConfig,
): DomainError | undefined {
  if (isApplicantActor(actor)) {
    return dossier.applicantUserId === actor.id ? undefined : new DomainError('FORBIDDEN', NOT_YOURS);
  }
  return staffCan(actor, 'dossier.read', dossier.unitCode, org)
    ? undefined
    : missingRight(actor, 'dossier.read', dossier.unitCode);
}

/** May the actor create a dossier of a procedure routed to `unitCode` (applicants file their own online)? */
export function intakeProblem(
  actor: DossierActor,
  unitCode: string,
  org: OrganisationConfig,
): DomainError | undefined {
  if (isApplicantActor(actor)) return undefined;
  return staffCan(actor, 'dossier.receive', unitCode, org)
    ? undefined
    : missingRight(actor, 'dossier.receive', unitCode);
}

function ruleOf(action: EngineAction): Transition {
  const row = transitions.find((t) => t.action === action);
  if (!row) throw new Error(`action ${action} is missing from the transition table`);
  return row;
}

/** Why the actor may not take `action` on the dossier (rights only, not its stage), or undefined when they may. */
export function rightsProblem(
  actor: DossierActor,
  action: EngineAction,
  dossier: Pick<DossierFacts, 'unitCode' | 'applicantUserId' | 'assigneeUserId'>,
  org: OrganisationConfig,
): DomainError | undefined {
  const { who } = ruleOf(action);
  const label = dossierActionLabels[action];
  if (isApplicantActor(actor)) {
    if (!who.applicant)
      return new DomainError('FORBIDDEN', `Tổ chức, cá nhân nộp hồ sơ không thực hiện được bước “${label}”.`);
    if (dossier.applicantUserId !== actor.id) return new DomainError('FORBIDDEN', NOT_YOURS);
    return undefined;
  }
  if (!staffCan(actor, who.right, dossier.unitCode, org)) {
    return missingRight(actor, who.right, dossier.unitCode, `Bạn không có quyền thực hiện bước “${label}”.`);
  }
  if (
    who.handlerOnly &&
    dossier.assigneeUserId !== actor.id &&
    !staffCan(actor, 'dossier.assign', dossier.unitCode, org)
  ) {
    return new DomainError(
      'FORBIDDEN',
      'Hồ sơ được giao cho cán bộ khác thụ lý; bạn không thực hiện được bước này.',
      { unitCode: dossier.unitCode },
    );
  }
  return undefined;
}

/** The Vietnam date of an ISO instant. */
export function vietnamDateOf(at: string): string {
  return vietnamLocalTime(at).date;
}

/** The clock pauses of a dossier, from its history: a request for additions (or payment) until it is answered. */
export function pausesOf(history: readonly Pick<DossierHistoryEntry, 'action' | 'at'>[]): ClockPause[] {
  const pauses: ClockPause[] = [];
  for (const e of history) {
    const clock = transitions.find((t) => t.action === e.action)?.clock;
    if (clock === 'pause') pauses.push({ from: vietnamDateOf(e.at) });
    else if (clock === 'resume') {
      const last = pauses.at(-1);
      if (last && last.to === undefined) last.to = vietnamDateOf(e.at);
    }
  }
  return pauses;
}

/** Working days the apology letter (Mẫu 04) added to the appointment date (0 when none). */
export function extensionWorkingDaysOf(history: readonly DossierHistoryEntry[]): number {
  const days = history.find((x) => x.action === 'extend_deadline')?.data?.extensionWorkingDays;
  return typeof days === 'number' && Number.isSafeInteger(days) && days > 0 ? days : 0;
}

export interface DossierDeadlines {
  /** The appointment date in force (after the apology letter, if any) */
  deadline: string;
  /** The date the law's processing time gives, without the apology letter's extension */
  legal: string;
}

/**
 * The appointment dates from the procedure version, the receipt, the pauses of the history and the apology
 * letter's extension; null before receipt and while the clock is paused.
 */
export function deadlinesOf(
  receivedAt: string | null,
  procedure: PolicyProcedure,
  history: readonly DossierHistoryEntry[],
  org: Pick<OrganisationConfig, 'id'>,
): DossierDeadlines | null {
  if (!receivedAt) return null;
  const pauses = pausesOf(history);
  if (pauses.some((p) => p.to === undefined)) return null;
  const legal = computeDeadline({
    processingTime: effectiveProcessingTime(procedure, org.id),
    receivedAt,
    pauses,
  });
  const extra = extensionWorkingDaysOf(history);
  return { legal, deadline: extra > 0 ? addWorkingDays(legal, extra) : legal };
}

/** The last day the applicant may supply additions requested on `requestedOn` (null when the procedure sets none). */
export function supplementDueDate(
  procedure: Pick<ProcedureVersion, 'supplementLimit'>,
  requestedOn: string,
): string | null {
  const limit = procedure.supplementLimit;
  if (!limit) return null;
  return limit.unit === 'working_days'
    ? addWorkingDays(requestedOn, limit.amount)
    : nextWorkingDayOnOrAfter(addCalendarDays(requestedOn, limit.amount));
}

/** Does the procedure collect any fee? (the sources say none is collected, or the catalog lists none) */
export function collectsFees(procedure: Pick<ProcedureVersion, 'free' | 'fees'>): boolean {
  return !procedure.free && procedure.fees.length > 0;
}

/** Engine rules beyond the table: the dossier's stage (signature, fees, the applicant's time for additions). */
export function stateProblem(
  action: EngineAction,
  dossier: Pick<DossierFacts, 'status' | 'awaitingSignature' | 'history'>,
  procedure: PolicyProcedure,
  today: string,
): DomainError | undefined {
  if ((action === 'approve' || action === 'reject') && !dossier.awaitingSignature) {
    return new DomainError('INVALID_TRANSITION', 'Hồ sơ chưa được trình lãnh đạo ký duyệt.', {
      action,
      reason: 'NOT_SUBMITTED_FOR_SIGNATURE',
    });
  }
  if (action === 'submit_for_signature' && dossier.awaitingSignature) {
    return new DomainError('INVALID_TRANSITION', 'Hồ sơ đã được trình ký, đang chờ lãnh đạo xem xét.', {
      action,
      reason: 'ALREADY_SUBMITTED',
    });
  }
  if (action === 'request_payment' && !collectsFees(procedure)) {
    return new DomainError(
      'INVALID_TRANSITION',
      `Thủ tục “${procedure.name}” không thu phí, lệ phí; không yêu cầu thực hiện nghĩa vụ tài chính.`,
      { action, reason: 'NO_FEES' },
    );
  }
  if (action === 'stop' && dossier.status === 5) {
    const request = dossier.history.findLast((e) => e.action === 'request_additions');
    const due = request ? supplementDueDate(procedure, vietnamDateOf(request.at)) : null;
    if (due !== null && today <= due) {
      return new DomainError(
        'INVALID_TRANSITION',
        `Chưa hết thời hạn bổ sung hồ sơ của người nộp (đến hết ngày ${formatVietnameseDate(due)}); chưa được dừng xử lý.`,
        { action, reason: 'SUPPLEMENT_TIME_NOT_OVER', supplementDue: due },
      );
    }
  }
  return undefined;
}

/**
 * Checks a command before it is applied: the actor's rights, the table (with the once-only guards) and the stage.
 * Returns the status after the step; throws the first problem (FORBIDDEN…, INVALID_TRANSITION).
 */
export function checkCommand(
  actor: DossierActor,
  action: EngineAction,
  dossier: DossierFacts,
  procedure: PolicyProcedure,
  today: string,
  org: OrganisationConfig,
): DossierStatus {
  const denied = rightsProblem(actor, action, dossier, org);
  if (denied) throw denied;
  const to = applyAction(dossier.status, action, dossier.history);
  const problem = stateProblem(action, dossier, procedure, today);
  if (problem) throw problem;
  return to;
}

/** The actions this actor may take on the dossier now (table, once-only guards, rights and stage rules). */
export function allowedActionsFor(
  actor: DossierActor,
  dossier: DossierFacts,
  procedure: PolicyProcedure,
  today: string,
  org: OrganisationConfig,
): EngineAction[] {
  return ENGINE_ACTIONS.filter((action) => {
    if (!transitionFor(dossier.status, action)) return false;
    try {
      checkCommand(actor, action, dossier, procedure, today, org);
      return true;
    } catch (err) {
      if (err instanceof DomainError) return false;
      throw err;
    }
  });
}

/** What a step does to the appointment date: nothing, clear it (paused), or set it (start, resume). */
export type ClockChange =
  | { kind: 'none' }
  | { kind: 'paused' }
  | { kind: 'set'; deadline: string | null; legalDeadline: string | null };

/**
 * The appointment date after `action` taken at `at` (the step already appended to `history`): a pause clears it,
 * a start or resume recomputes it from the whole history (the apology letter's extension moves with it).
 */
export function clockAfter(
  action: DossierAction,
  from: DossierStatus,
  receivedAt: string | null,
  history: readonly DossierHistoryEntry[],
  procedure: PolicyProcedure,
  org: Pick<OrganisationConfig, 'id'>,
): ClockChange {
  const clock = transitionFor(from, action)?.clock;
  if (clock === 'pause') return { kind: 'paused' };
  if (clock !== 'start' && clock !== 'resume') return { kind: 'none' };
  const dates = deadlinesOf(receivedAt, procedure, history, org);
  return {
    kind: 'set',
    deadline: dates?.deadline ?? null,
    legalDeadline: dates && dates.deadline !== dates.legal ? dates.legal : null,
  };
}

/** The deadline colour of the inbox: overdue, due within DUE_SOON_WORKING_DAYS, or fine (also when paused or done). */
export type DeadlineColour = 'overdue' | 'due_soon' | 'ok';

/** Working days before the deadline within which a dossier shows as "sắp đến hạn". */
export const DUE_SOON_WORKING_DAYS = 2;

/** How a dossier stands against its appointment date on `today`. */
export interface DeadlineStanding {
  /** Waiting for the applicant (additions or payment): the clock is stopped */
  paused: boolean;
  colour: DeadlineColour;
  /** Working days left (negative when overdue), null without a running clock */
  remainingWorkingDays: number | null;
  /** Once processing ended: early / on time / late against the date before any extension */
  timeliness: Timeliness | null;
}

export function deadlineStanding(
  dossier: {
    status: DossierStatus;
    deadline: string | null;
    deadlineBeforeExtension: string | null;
    /** ISO instant processing ended (approve, reject, stop, withdraw) */
    completedAt: string | null;
  },
  today: string,
): DeadlineStanding {
  const running = dossier.deadline !== null && RUNNING_STATUSES.includes(dossier.status);
  const deadline = dossier.deadline;
  const remaining =
    running && deadline !== null
      ? deadline >= today
        ? workingDaysBetween(today, deadline)
        : -workingDaysBetween(deadline, today)
      : null;
  const colour: DeadlineColour =
    remaining === null || deadline === null
      ? 'ok'
      : deadline < today
        ? 'overdue'
        : remaining <= DUE_SOON_WORKING_DAYS
          ? 'due_soon'
          : 'ok';
  const due = dossier.deadlineBeforeExtension ?? dossier.deadline;
  return {
    paused: PAUSED_STATUSES.includes(dossier.status),
    colour,
    remainingWorkingDays: remaining,
    timeliness:
      due && dossier.completedAt ? classifyTimeliness(due, vietnamDateOf(dossier.completedAt)) : null,
  };
}
