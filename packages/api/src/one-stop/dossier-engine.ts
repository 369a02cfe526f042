// The one-stop dossier engine: every state change of every administrative procedure goes through runCommand
// (or createDossier for a new dossier). What is allowed is the domain's dossier policy (rights, the transition
// table, the stage rules, the clock); the engine loads the facts, asks the policy, and applies the step in ONE
// transaction: an optimistic version check on the dossier row and one appended dossier_events row. Status is never
// set any other way.
import {
  activeRolesInUnit,
  appendDossierEvent,
  attachDossierFiles,
  dossierSearchText,
  findDossier,
  findFilesByIds,
  insertDossier,
  listDossierEvents,
  countRecentSubmissions,
  nextDossierSequence,
  updateDossierIfVersion,
  type DbTransaction,
  type DossierChanges,
  type DossierEventRow,
  type DossierRow,
  type FileAttachment,
} from '@skhcn/db';
import {
  allowedActionsFor as policyAllowedActions,
  checkCommand,
  clockAfter,
  deadlinesOf,
  DEFAULT_ORGANISATION_ID,
  DomainError,
  findProcedureOrThrow,
  findProcedureVersion,
  formatDossierCode,
  getOrganisation,
  initialStatus,
  intakeProblem,
  missingComponents,
  isApplicantActor,
  readProblem,
  rightsOf,
  rightsProblem,
  routeProcedureOrThrow,
  staffCan as policyStaffCan,
  unitsWhere as policyUnitsWhere,
  type ComponentAnswers,
  type DossierAction,
  type DossierFacts,
  type DossierHistoryEntry,
  type DossierStatus,
  type EngineAction,
  type OrganisationConfig,
  type ProcedureVersion,
  type Right,
  type SubmissionChannel,
} from '@skhcn/domain';
import type { Context, OperatingLimits, SessionUser } from '../context';
import { vietnamToday } from '../lib/today';
import { runAfterCommitHooks, runTransitionHooks } from './engine-extensions';

export type { EngineAction };

export function organisation(): OrganisationConfig {
  return getOrganisation(DEFAULT_ORGANISATION_ID);
}

export function isApplicantUser(user: SessionUser): boolean {
  return isApplicantActor(user);
}

export function staffCan(user: SessionUser, right: Right, unitCode: string, org = organisation()): boolean {
  return policyStaffCan(user, right, unitCode, org);
}

/** The unit codes on which the user may exercise `right`. */
export function unitsWhere(user: SessionUser, right: Right, org = organisation()): string[] {
  return policyUnitsWhere(user, right, org);
}

/** Throws FORBIDDEN / FORBIDDEN_UNIT unless the user may see the dossier. */
export function assertCanRead(
  user: SessionUser,
  dossier: Pick<DossierRow, 'unitCode' | 'applicantUserId'>,
): void {
  const problem = readProblem(user, dossier, organisation());
  if (problem) throw problem;
}

/** The Vietnam date of an instant. */
export function vietnamDay(at: Date): string {
  return vietnamToday(at);
}

/** A dossier's recorded steps as the domain policy reads them. */
export function historyOf(
  events: readonly Pick<DossierEventRow, 'action' | 'at' | 'data'>[],
): DossierHistoryEntry[] {
  return events.map((e) => ({ action: e.action as DossierAction, at: e.at.toISOString(), data: e.data }));
}

/** The facts of a dossier row and its events, for the domain policy. */
export function factsOf(
  row: DossierRow,
  events: readonly Pick<DossierEventRow, 'action' | 'at' | 'data'>[],
): DossierFacts {
  return {
    status: row.status as DossierStatus,
    unitCode: row.unitCode,
    applicantUserId: row.applicantUserId,
    assigneeUserId: row.assigneeUserId,
    awaitingSignature: row.awaitingSignature,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    history: historyOf(events),
  };
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

/** The actions this user may take on the dossier now (table, once-only guards, rights and stage rules). */
export function allowedActionsFor(
  user: SessionUser,
  dossier: DossierRow,
  events: readonly DossierEventRow[],
  version: ProcedureVersion,
  today: string,
): EngineAction[] {
  return policyAllowedActions(user, factsOf(dossier, events), version, today, organisation());
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
    const org = organisation();
    const denied = rightsProblem(ctx.user, action, dossier, org);
    if (denied) throw denied;
    if (dossier.version !== input.expectedVersion) throw conflict(input.expectedVersion, dossier.version);

    const events = await listDossierEvents(tx, dossier.id);
    const from = dossier.status as DossierStatus;
    const procedure = procedureOf(dossier);
    const to = checkCommand(ctx.user, action, factsOf(dossier, events), procedure, today, org);

    const state: CommandState = { tx, user: ctx.user, dossier, events, procedure, from, to, now, today };
    const p = await plan(state);
    // a step that moves the dossier on ends a pending signature request; one that keeps its status keeps it
    const changes: DossierChanges = {
      awaitingSignature: from === to ? dossier.awaitingSignature : false,
      ...p.changes,
      status: to,
    };

    // The clock: a pause clears the appointment date, a start or resume recomputes it from the history.
    const receivedAt = changes.receivedAt ?? dossier.receivedAt;
    const clock = clockAfter(
      action,
      from,
      receivedAt?.toISOString() ?? null,
      [...historyOf(events), { action, at: now.toISOString(), data: p.data ?? null }],
      procedure,
      org,
    );
    if (clock.kind === 'paused') changes.deadline = null;
    if (clock.kind === 'set') {
      changes.deadline = clock.deadline;
      if (clock.legalDeadline) changes.deadlineBeforeExtension = clock.legalDeadline;
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
        clock.kind === 'set'
          ? {
              ...p.data,
              deadline: clock.deadline,
              ...(clock.legalDeadline ? { legalDeadline: clock.legalDeadline } : {}),
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

/**
 * Every component the dossier must carry, given its answers (a declaration's basis, its risk class…), has a file;
 * otherwise BAD_INPUT naming what is missing.
 */
export function checkRequiredComponents(
  procedure: ProcedureVersion,
  attachments: readonly FileAttachment[],
  answers: ComponentAnswers = {},
): void {
  const missing = missingComponents(
    procedure,
    attachments.map((a) => a.componentKey),
    answers,
  );
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
  /** The answers that decide which components the dossier must carry (e.g. a declaration's basis, risk class) */
  componentAnswers?: Record<string, string>;
  note?: string | undefined;
  /** Runs in the same transaction after the dossier and its first event exist (e.g. a field app's own data) */
  after?: (tx: DbTransaction, created: CommandResult) => Promise<void>;
}

/**
 * RATE_LIMITED when the applicant has reached the hourly or daily number of online submissions (ctx.limits: an
 * operating limit, not a legal one).
 */
async function checkSubmissionLimit(
  tx: DbTransaction,
  user: SessionUser,
  now: Date,
  limits: OperatingLimits,
): Promise<void> {
  const recent = await countRecentSubmissions(tx, user.id, {
    dayStart: new Date(now.getTime() - 24 * 3_600_000),
    hourStart: new Date(now.getTime() - 3_600_000),
  });
  const { applicantSubmissionsPerHour: perHour, applicantSubmissionsPerDay: perDay } = limits;
  if (recent.hour >= perHour || recent.day >= perDay) {
    const [count, period] = recent.hour >= perHour ? [perHour, 'một giờ'] : [perDay, '24 giờ'];
    throw new DomainError(
      'RATE_LIMITED',
      `Tài khoản đã nộp ${count} hồ sơ trực tuyến trong ${period} qua, mức tối đa cho phép. Vui lòng thử lại sau hoặc liên hệ bộ phận một cửa.`,
      { hour: recent.hour, day: recent.day },
    );
  }
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
  const denied = intakeProblem(ctx.user, unit.code, org);
  if (denied) throw denied;
  const componentAnswers = input.componentAnswers ?? {};
  checkRequiredComponents(procedure, input.attachments, componentAnswers);
  const result = await ctx.db.transaction(async (tx) => {
    if (status === 1) await checkSubmissionLimit(tx, ctx.user, now, ctx.limits);
    await checkAttachments(tx, ctx.user, procedure, input.attachments);
    const seq = await nextDossierSequence(tx, unit.code, today);
    const code = formatDossierCode(unit.code, today, seq);
    const receivedAt = status === 2 ? now : null;
    const deadline =
      status === 2 ? (deadlinesOf(now.toISOString(), procedure, [], org)?.deadline ?? null) : null;
    const taxCode = input.applicant.taxCode ?? null;
    const dossier = await insertDossier(tx, {
      code,
      procedureCode: procedure.code,
      procedureVersion: procedure.version,
      unitCode: unit.code,
      status,
      channel: input.channel,
      applicant: input.applicant,
      componentAnswers,
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
      // a new dossier's first step is number 1: no max(seq) subquery
      first: true,
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
