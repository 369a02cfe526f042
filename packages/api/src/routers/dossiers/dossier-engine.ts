// The one-stop dossier engine: every state change of every administrative procedure goes through runCommand
// (or createDossier for a new dossier). Each command checks the actor's rights, asks the domain kernel whether the
// transition is allowed, and applies it in ONE transaction: an optimistic version check on the dossier row and one
// appended dossier_events row. Status is never set any other way.
import {
  activeRolesInUnit,
  appendDossierEvent,
  attachDossierFiles,
  dossierSearchText,
  findDossier,
  findFilesByIds,
  insertDossier,
  listDossierEvents,
  nextDossierSequence,
  updateDossierIfVersion,
  type DbTransaction,
  type DossierChanges,
  type DossierEventRow,
  type DossierRow,
  type FileAttachment,
} from '@skhcn/db';
import {
  addCalendarDays,
  addWorkingDays,
  applyAction,
  canAct,
  computeDeadline,
  DEFAULT_ORGANISATION_ID,
  DomainError,
  dossierActionLabels,
  effectiveProcessingTime,
  findProcedureOrThrow,
  findProcedureVersion,
  formatDossierCode,
  formatVietnameseDate,
  getOrganisation,
  initialStatus,
  nextWorkingDayOnOrAfter,
  rightsOf,
  routeProcedureOrThrow,
  transitionFor,
  type ClockPause,
  type DossierAction,
  type DossierStatus,
  type OrganisationConfig,
  type ProcedureVersion,
  type Right,
  type SubmissionChannel,
} from '@skhcn/domain';
import type { Context, SessionUser } from '../../context';
import { vietnamToday } from '../../lib/today';
import { runAfterCommitHooks, runTransitionHooks } from './dossier-hooks';

/** The actions the engine runs as commands (submit creates a dossier, see createDossier). */
export type EngineAction = Exclude<DossierAction, 'submit'>;

interface ActionRule {
  /** The right a staff member needs on the dossier's unit */
  right: Right;
  /** May the dossier's own applicant take it? */
  applicant: boolean;
  /** Only the assigned officer, or someone who may assign in the unit (unit head, leader), may take it */
  handlerOnly: boolean;
}

/** Who may take each action. Staff rights are checked with canAct against the dossier's unit. */
export const ACTION_RULES: Readonly<Record<EngineAction, ActionRule>> = {
  receive: { right: 'dossier.receive', applicant: false, handlerOnly: false },
  refuse: { right: 'dossier.receive', applicant: false, handlerOnly: false },
  assign: { right: 'dossier.assign', applicant: false, handlerOnly: false },
  request_additions: { right: 'dossier.process', applicant: false, handlerOnly: true },
  // additions brought to the counter are taken in by an officer on the applicant's behalf
  supply_additions: { right: 'dossier.receive', applicant: true, handlerOnly: false },
  submit_for_signature: { right: 'dossier.process', applicant: false, handlerOnly: true },
  // the apology letter (Mẫu 04) goes out in the unit's name: the unit head or a leader issues it
  extend_deadline: { right: 'dossier.assign', applicant: false, handlerOnly: false },
  // the handling officer tells the applicant what to pay; the one-stop counter (or the officer) records the payment
  request_payment: { right: 'dossier.process', applicant: false, handlerOnly: true },
  confirm_payment: { right: 'dossier.receive', applicant: false, handlerOnly: false },
  approve: { right: 'dossier.sign', applicant: false, handlerOnly: false },
  reject: { right: 'dossier.sign', applicant: false, handlerOnly: false },
  return_result: { right: 'dossier.receive', applicant: false, handlerOnly: false },
  // a written request to withdraw handed in at the counter is recorded by an officer
  withdraw: { right: 'dossier.receive', applicant: true, handlerOnly: false },
  stop: { right: 'dossier.process', applicant: false, handlerOnly: true },
};

export const ENGINE_ACTIONS = Object.keys(ACTION_RULES) as EngineAction[];

function isEngineAction(action: DossierAction): action is EngineAction {
  return Object.hasOwn(ACTION_RULES, action);
}

/** Statuses in which the clock runs (received, processing); 5 and 6 pause it. */
export const RUNNING_STATUSES: readonly DossierStatus[] = [2, 4];
export const PAUSED_STATUSES: readonly DossierStatus[] = [5, 6];

export function organisation(): OrganisationConfig {
  return getOrganisation(DEFAULT_ORGANISATION_ID);
}

export function isApplicantUser(user: SessionUser): boolean {
  return user.kind === 'applicant';
}

export function staffCan(user: SessionUser, right: Right, unitCode: string, org = organisation()): boolean {
  return !isApplicantUser(user) && user.memberships.some((m) => canAct(m, right, unitCode, org));
}

function staffHasRight(user: SessionUser, right: Right): boolean {
  return !isApplicantUser(user) && user.memberships.some((m) => rightsOf(m.role).includes(right));
}

/** The unit codes on which the user may exercise `right`. */
export function unitsWhere(user: SessionUser, right: Right, org = organisation()): string[] {
  if (isApplicantUser(user)) return [];
  return org.units.filter((u) => staffCan(user, right, u.code, org)).map((u) => u.code);
}

const NOT_YOURS = 'Hồ sơ này không phải của tổ chức, cá nhân bạn; bạn không có quyền truy cập.';

/** Throws FORBIDDEN / FORBIDDEN_UNIT unless the user may see the dossier. */
export function assertCanRead(
  user: SessionUser,
  dossier: Pick<DossierRow, 'unitCode' | 'applicantUserId'>,
): void {
  if (isApplicantUser(user)) {
    if (dossier.applicantUserId !== user.id) throw new DomainError('FORBIDDEN', NOT_YOURS);
    return;
  }
  if (!staffCan(user, 'dossier.read', dossier.unitCode)) {
    throw new DomainError(staffHasRight(user, 'dossier.read') ? 'FORBIDDEN_UNIT' : 'FORBIDDEN', undefined, {
      unitCode: dossier.unitCode,
    });
  }
}

/** Why the user may not take `action` on the dossier (rights only, not state), or undefined when they may. */
export function rightsProblem(
  user: SessionUser,
  action: EngineAction,
  dossier: Pick<DossierRow, 'unitCode' | 'applicantUserId' | 'assigneeUserId'>,
): DomainError | undefined {
  const rule = ACTION_RULES[action];
  const label = dossierActionLabels[action];
  if (isApplicantUser(user)) {
    if (!rule.applicant)
      return new DomainError('FORBIDDEN', `Tổ chức, cá nhân nộp hồ sơ không thực hiện được bước “${label}”.`);
    if (dossier.applicantUserId !== user.id) return new DomainError('FORBIDDEN', NOT_YOURS);
    return undefined;
  }
  if (!staffCan(user, rule.right, dossier.unitCode)) {
    return staffHasRight(user, rule.right)
      ? new DomainError('FORBIDDEN_UNIT', undefined, { unitCode: dossier.unitCode, right: rule.right })
      : new DomainError('FORBIDDEN', `Bạn không có quyền thực hiện bước “${label}”.`, { right: rule.right });
  }
  if (
    rule.handlerOnly &&
    dossier.assigneeUserId !== user.id &&
    !staffCan(user, 'dossier.assign', dossier.unitCode)
  ) {
    return new DomainError(
      'FORBIDDEN',
      'Hồ sơ được giao cho cán bộ khác thụ lý; bạn không thực hiện được bước này.',
      {
        unitCode: dossier.unitCode,
      },
    );
  }
  return undefined;
}

/** The Vietnam date of an instant. */
export function vietnamDay(at: Date): string {
  return vietnamToday(at);
}

interface TimedAction {
  action: string;
  at: Date;
  data?: Record<string, unknown> | null;
}

/** The clock pauses of a dossier, from its history: a request for additions (or payment) until it is answered. */
export function pausesOf(events: readonly TimedAction[]): ClockPause[] {
  const pauses: ClockPause[] = [];
  for (const e of events) {
    if (e.action === 'request_additions' || e.action === 'request_payment')
      pauses.push({ from: vietnamDay(e.at) });
    else if ((e.action === 'supply_additions' || e.action === 'confirm_payment') && pauses.length > 0) {
      const last = pauses[pauses.length - 1]!;
      if (last.to === undefined) last.to = vietnamDay(e.at);
    }
  }
  return pauses;
}

export function procedureOf(
  dossier: Pick<DossierRow, 'procedureCode' | 'procedureVersion'>,
): ProcedureVersion {
  const version = findProcedureVersion(dossier.procedureCode, dossier.procedureVersion);
  if (!version) {
    throw new Error(
      `procedure version ${dossier.procedureCode}@${dossier.procedureVersion} is missing from the catalog`,
    );
  }
  return version;
}

/** Working days the apology letter (Mẫu 04) added to the appointment date, from the history (0 when none). */
export function extensionWorkingDaysOf(events: readonly TimedAction[]): number {
  const e = events.find((x) => x.action === 'extend_deadline');
  const days = e?.data?.extensionWorkingDays;
  return typeof days === 'number' && Number.isSafeInteger(days) && days > 0 ? days : 0;
}

export interface Deadlines {
  /** The appointment date in force (after the apology letter, if any) */
  deadline: string;
  /** The date the law's processing time gives, without the apology letter's extension */
  legal: string;
}

/**
 * The appointment dates from the procedure version the dossier was received under, its receipt time, the pauses of
 * its history and the apology letter's extension; null while the clock is paused or before receipt.
 */
export function deadlinesOf(
  receivedAt: Date | null,
  version: ProcedureVersion,
  events: readonly TimedAction[],
): Deadlines | null {
  if (!receivedAt) return null;
  const pauses = pausesOf(events);
  if (pauses.some((p) => p.to === undefined)) return null;
  const legal = computeDeadline({
    processingTime: effectiveProcessingTime(version, organisation().id),
    receivedAt: receivedAt.toISOString(),
    pauses,
  });
  const extra = extensionWorkingDaysOf(events);
  return { legal, deadline: extra > 0 ? addWorkingDays(legal, extra) : legal };
}

/** The appointment date in force (see deadlinesOf). */
export function deadlineOf(
  receivedAt: Date | null,
  version: ProcedureVersion,
  events: readonly TimedAction[],
): string | null {
  return deadlinesOf(receivedAt, version, events)?.deadline ?? null;
}

/** The last day the applicant may supply additions requested on `requestedOn` (null when the procedure sets no limit). */
export function supplementDueDate(version: ProcedureVersion, requestedOn: string): string | null {
  const limit = version.supplementLimit;
  if (!limit) return null;
  return limit.unit === 'working_days'
    ? addWorkingDays(requestedOn, limit.amount)
    : nextWorkingDayOnOrAfter(addCalendarDays(requestedOn, limit.amount));
}

/** Engine rules beyond the kernel's table (the table allows the transition; these look at the dossier's stage). */
export function stateProblem(
  action: EngineAction,
  dossier: Pick<DossierRow, 'status' | 'awaitingSignature'>,
  events: readonly TimedAction[],
  version: ProcedureVersion,
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
  if (action === 'request_payment' && version.free) {
    return new DomainError(
      'INVALID_TRANSITION',
      `Thủ tục “${version.name}” không thu phí, lệ phí; không yêu cầu thực hiện nghĩa vụ tài chính.`,
      { action, reason: 'NO_FEES' },
    );
  }
  if (action === 'stop' && dossier.status === 5) {
    const request = [...events].reverse().find((e) => e.action === 'request_additions');
    const due = request ? supplementDueDate(version, vietnamDay(request.at)) : null;
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

/** The actions this user may take on the dossier now (table, once-only guard, rights and stage rules). */
export function allowedActionsFor(
  user: SessionUser,
  dossier: DossierRow,
  events: readonly TimedAction[],
  version: ProcedureVersion,
  today: string,
): EngineAction[] {
  return ENGINE_ACTIONS.filter((action) => {
    if (!transitionFor(dossier.status as DossierStatus, action)) return false;
    try {
      applyAction(dossier.status as DossierStatus, action, events as readonly { action: DossierAction }[]);
    } catch {
      return false;
    }
    return !rightsProblem(user, action, dossier) && !stateProblem(action, dossier, events, version, today);
  });
}

// ——— Commands ———

export interface CommandState {
  tx: DbTransaction;
  user: SessionUser;
  dossier: DossierRow;
  events: DossierEventRow[];
  procedure: ProcedureVersion;
  from: DossierStatus;
  to: DossierStatus;
  now: Date;
  today: string;
}

export interface CommandPlan {
  changes?: DossierChanges;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** Runs in the same transaction after the event is appended (e.g. attaching files) */
  after?: (tx: DbTransaction, event: DossierEventRow) => Promise<void>;
}

export interface CommandResult {
  dossier: DossierRow;
  event: DossierEventRow;
}

function conflict(expectedVersion: number, currentVersion: number | undefined): DomainError {
  return new DomainError('CONFLICT', undefined, { expectedVersion, currentVersion });
}

/**
 * Runs one command on an existing dossier in one transaction. `plan` may check more (throwing a DomainError rolls
 * everything back) and returns the row changes, the event's reason and data.
 */
export async function runCommand(
  ctx: Context & { user: SessionUser },
  input: { dossierId: string; expectedVersion: number },
  action: EngineAction,
  plan: (state: CommandState) => CommandPlan | Promise<CommandPlan> = () => ({}),
): Promise<CommandResult> {
  const now = ctx.now();
  const today = vietnamDay(now);
  const result = await ctx.db.transaction(async (tx) => {
    const dossier = await findDossier(tx, input.dossierId);
    if (!dossier) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ.', { dossierId: input.dossierId });
    const denied = rightsProblem(ctx.user, action, dossier);
    if (denied) throw denied;
    if (dossier.version !== input.expectedVersion) throw conflict(input.expectedVersion, dossier.version);

    const events = await listDossierEvents(tx, dossier.id);
    const from = dossier.status as DossierStatus;
    const to = applyAction(from, action, events as readonly { action: DossierAction }[]);
    const procedure = procedureOf(dossier);
    const problem = stateProblem(action, dossier, events, procedure, today);
    if (problem) throw problem;

    const state: CommandState = { tx, user: ctx.user, dossier, events, procedure, from, to, now, today };
    const p = await plan(state);
    // a step that moves the dossier on ends a pending signature request; one that keeps its status keeps it
    const changes: DossierChanges = {
      awaitingSignature: from === to ? dossier.awaitingSignature : false,
      ...p.changes,
      status: to,
    };

    // The clock: a pause clears the appointment date, a start or resume recomputes it from the history.
    const clock = transitionFor(from, action)?.clock;
    if (clock === 'pause') changes.deadline = null;
    if (clock === 'start' || clock === 'resume') {
      const receivedAt = changes.receivedAt ?? dossier.receivedAt;
      const dates = deadlinesOf(receivedAt ?? null, procedure, [...events, { action, at: now }]);
      changes.deadline = dates?.deadline ?? null;
      if (dates && dates.deadline !== dates.legal) changes.deadlineBeforeExtension = dates.legal;
    }

    const updated = await updateDossierIfVersion(tx, dossier.id, input.expectedVersion, changes, now);
    if (!updated) throw conflict(input.expectedVersion, undefined);
    const event = await appendDossierEvent(tx, {
      dossierId: dossier.id,
      action,
      fromStatus: from,
      toStatus: to,
      actorUserId: ctx.user.id,
      at: now,
      reason: p.reason ?? null,
      data:
        clock === 'start' || clock === 'resume'
          ? {
              ...p.data,
              deadline: changes.deadline ?? null,
              ...(changes.deadlineBeforeExtension ? { legalDeadline: changes.deadlineBeforeExtension } : {}),
            }
          : (p.data ?? null),
    });
    if (p.after) await p.after(tx, event);
    await runTransitionHooks({ tx, ctx, dossier: updated, event, procedure });
    ctx.logger.info(
      { dossierId: dossier.id, code: dossier.code, action, from, to, userId: ctx.user.id },
      'dossier command',
    );
    return { dossier: updated, event };
  });
  runAfterCommitHooks(ctx);
  return result;
}

/** Checks attachments: files uploaded by this user, components of the procedure version. */
export async function checkAttachments(
  tx: DbTransaction,
  user: SessionUser,
  procedure: ProcedureVersion,
  attachments: readonly FileAttachment[],
): Promise<void> {
  const keys = new Set(procedure.components.map((c) => c.key));
  for (const a of attachments) {
    if (!keys.has(a.componentKey)) {
      throw new DomainError(
        'BAD_INPUT',
        `Thủ tục “${procedure.name}” không có thành phần hồ sơ “${a.componentKey}”.`,
        {
          componentKey: a.componentKey,
        },
      );
    }
  }
  const found = await findFilesByIds(
    tx,
    attachments.map((a) => a.fileId),
  );
  const mine = new Set(found.filter((f) => f.createdBy === user.id).map((f) => f.id));
  const missing = attachments.filter((a) => !mine.has(a.fileId));
  if (missing.length > 0) {
    throw new DomainError(
      'BAD_INPUT',
      'Tệp đính kèm không tồn tại hoặc không do bạn tải lên. Vui lòng tải tệp lên lại.',
      {
        fileIds: missing.map((m) => m.fileId),
      },
    );
  }
}

/** Required components without a condition must each have a file. */
export function checkRequiredComponents(
  procedure: ProcedureVersion,
  attachments: readonly FileAttachment[],
): void {
  const given = new Set(attachments.map((a) => a.componentKey));
  const missing = procedure.components.filter((c) => c.required && !c.when && !given.has(c.key));
  if (missing.length > 0) {
    throw new DomainError(
      'BAD_INPUT',
      `Hồ sơ còn thiếu thành phần bắt buộc: ${missing.map((c) => c.name).join('; ')}.`,
      {
        missingComponents: missing.map((c) => c.key),
      },
    );
  }
}

export interface NewDossierInput {
  procedureCode: string;
  channel: SubmissionChannel;
  applicant: { name: string; taxCode?: string | null; [key: string]: unknown };
  applicantUserId: string | null;
  attachments: readonly FileAttachment[];
  note?: string | undefined;
  /** Runs in the same transaction after the dossier and its first event exist (e.g. a field app's own data) */
  after?: (tx: DbTransaction, created: CommandResult) => Promise<void>;
}

/**
 * Creates a dossier: submitted online by an applicant (status 1) or received at the counter / by post (status 2,
 * with the appointment date). The code `<unit>-YYMMDD-XXXX` takes the next number of the routed unit for the day,
 * in the same transaction.
 */
export async function createDossier(
  ctx: Context & { user: SessionUser },
  input: NewDossierInput,
): Promise<CommandResult> {
  const now = ctx.now();
  const today = vietnamDay(now);
  const org = organisation();
  const procedure = findProcedureOrThrow(input.procedureCode, today);
  const unit = routeProcedureOrThrow(org, input.procedureCode);
  const status = initialStatus(input.channel);
  const action: DossierAction = status === 1 ? 'submit' : 'receive';
  if (!isApplicantUser(ctx.user) && !staffCan(ctx.user, 'dossier.receive', unit.code, org)) {
    throw new DomainError(
      staffHasRight(ctx.user, 'dossier.receive') ? 'FORBIDDEN_UNIT' : 'FORBIDDEN',
      undefined,
      { unitCode: unit.code },
    );
  }
  checkRequiredComponents(procedure, input.attachments);
  const result = await ctx.db.transaction(async (tx) => {
    await checkAttachments(tx, ctx.user, procedure, input.attachments);
    const seq = await nextDossierSequence(tx, unit.code, today);
    const code = formatDossierCode(unit.code, today, seq);
    const receivedAt = status === 2 ? now : null;
    const deadline = status === 2 ? deadlineOf(now, procedure, []) : null;
    const taxCode = input.applicant.taxCode ?? null;
    const dossier = await insertDossier(tx, {
      code,
      procedureCode: procedure.code,
      procedureVersion: procedure.version,
      unitCode: unit.code,
      status,
      channel: input.channel,
      applicant: input.applicant,
      applicantUserId: input.applicantUserId,
      applicantName: input.applicant.name,
      applicantTaxCode: taxCode,
      searchText: dossierSearchText(code, input.applicant.name, taxCode),
      submittedAt: now,
      receivedAt,
      deadline,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const event = await appendDossierEvent(tx, {
      dossierId: dossier.id,
      action,
      fromStatus: null,
      toStatus: status,
      actorUserId: ctx.user.id,
      at: now,
      reason: null,
      data: {
        channel: input.channel,
        procedureVersion: procedure.version,
        ...(deadline ? { deadline, form: 'Mẫu 01' } : {}),
        ...(input.note ? { note: input.note } : {}),
        files: input.attachments.length,
      },
    });
    await attachDossierFiles(tx, dossier.id, event.seq, input.attachments, now);
    if (input.after) await input.after(tx, { dossier, event });
    await runTransitionHooks({ tx, ctx, dossier, event, procedure });
    ctx.logger.info({ dossierId: dossier.id, code, action, userId: ctx.user.id }, 'dossier created');
    return { dossier, event };
  });
  runAfterCommitHooks(ctx);
  return result;
}

/** Is the user allowed to be assigned dossiers of the unit (an active member whose role may process)? */
export async function assertAssignable(
  tx: DbTransaction,
  assigneeUserId: string,
  unitCode: string,
): Promise<void> {
  const roles = await activeRolesInUnit(tx, assigneeUserId, unitCode);
  if (!roles.some((r) => rightsOf(r as Parameters<typeof rightsOf>[0]).includes('dossier.process'))) {
    throw new DomainError(
      'BAD_INPUT',
      'Người được phân công phải là cán bộ đang làm việc tại đơn vị thụ lý hồ sơ.',
      {
        assigneeUserId,
        unitCode,
      },
    );
  }
}

export { isEngineAction };
