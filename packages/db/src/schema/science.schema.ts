// Science (khoản 6 and 13 c): provincial S&T tasks from the proposal to the application of results, their append-only
// event log, the expert register, councils with members, conflict declarations and scoring sheets, the contract's
// milestones, progress reports, inspections, adjustments, follow-up records and the registration certificates issued
// through the one-stop engine. Every table hangs off `users`, `dossiers` or `organisation_units`, so the test helpers'
// TRUNCATE … CASCADE empties them too.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { dossiers } from './dossier.schema';
import { organisationUnits, users } from './organisation.schema';

const TASK_STAGES_SQL = sql.raw(
  `'proposed', 'identified', 'not_identified', 'selecting', 'selected', 'appraised', 'approved', 'in_progress', 'evaluating', 'accepted', 'not_accepted', 'registered', 'cancelled'`,
);

/** The last sequence number given per unit, kind ('task' codes, 'certificate' numbers) and year; never reused. */
export const scienceCounters = pgTable(
  'science_counters',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitCode, t.kind, t.year] }),
    check('science_counters_seq_check', sql`${t.lastSeq} >= 1`),
    check('science_counters_kind_check', sql`${t.kind} in ('task', 'certificate')`),
  ],
);

/** The expert register (chuyên gia): councils are drawn from it; an expert signs in with an `external` account. */
export const scienceExperts = pgTable(
  'science_experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    academicTitle: text('academic_title'),
    specialty: text('specialty').notNull(),
    /** research field (the domain's SCIENCE_FIELDS) */
    field: text('field').notNull(),
    organisation: text('organisation').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    /** the expert's account, once the office created it */
    userId: uuid('user_id').references(() => users.id),
    active: boolean('active').notNull().default(true),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [unique('science_experts_user_uq').on(t.userId), index('science_experts_field_idx').on(t.field)],
);

/** A task (nhiệm vụ) through its whole life; `stage` changes only through commands (see science_task_events). */
export const scienceTasks = pgTable(
  'science_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. "NV-2026-001" */
    code: text('code').notNull().unique(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    field: text('field').notNull(),
    stage: text('stage').notNull(),
    /** Optimistic lock: incremented by every command */
    version: integer('version').notNull().default(1),
    // the proposal for an order (đề xuất đặt hàng)
    proposerKind: text('proposer_kind').notNull(),
    proposerName: text('proposer_name').notNull(),
    urgency: text('urgency').notNull(),
    urgencyReason: text('urgency_reason').notNull(),
    objectives: text('objectives').notNull(),
    expectedProducts: jsonb('expected_products').$type<string[]>().notNull(),
    durationMonths: integer('duration_months').notNull(),
    indicativeBudget: bigint('indicative_budget', { mode: 'number' }).notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    /** the advisory council's conclusion on the proposal: { meetingOn, conclusion } */
    identification: jsonb('identification').$type<Record<string, unknown>>(),
    /** tuyển chọn (selection) or giao trực tiếp (direct) */
    callMode: text('call_mode'),
    callOpensOn: date('call_opens_on'),
    callClosesOn: date('call_closes_on'),
    // the host organisation (tổ chức chủ trì), from the selected application
    hostApplicationId: uuid('host_application_id').references((): AnyPgColumn => scienceApplications.id),
    hostUserId: uuid('host_user_id').references(() => users.id),
    hostName: text('host_name'),
    principalInvestigator: text('principal_investigator'),
    /** { approvedBudget, notes, appraisedOn } */
    appraisal: jsonb('appraisal').$type<Record<string, unknown>>(),
    approvedBudget: bigint('approved_budget', { mode: 'number' }),
    /** { decisionNumber, approvedOn } */
    approval: jsonb('approval').$type<Record<string, unknown>>(),
    /** { number, signedOn, startsOn, endsOn, products } */
    contract: jsonb('contract').$type<Record<string, unknown>>(),
    /** the end date in force (the contract's, or an approved time adjustment's) */
    endsOn: date('ends_on'),
    /** { acceptedOn, products, report, overall, conclusion, reasons, rule } */
    acceptance: jsonb('acceptance').$type<Record<string, unknown>>(),
    acceptedOn: date('accepted_on'),
    overallGrade: text('overall_grade'),
    /** the one-stop dossier of the result registration (thủ tục 1.004473) */
    registrationDossierId: uuid('registration_dossier_id').references(() => dossiers.id),
    /** Folded (accent-free, lower-case) code, title, proposer and host, for search */
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('science_tasks_stage_check', sql`${t.stage} in (${TASK_STAGES_SQL})`),
    check(
      'science_tasks_call_mode_check',
      sql`${t.callMode} is null or ${t.callMode} in ('selection', 'direct')`,
    ),
    unique('science_tasks_registration_dossier_uq').on(t.registrationDossierId),
    index('science_tasks_stage_idx').on(t.stage, t.updatedAt),
    index('science_tasks_year_field_idx').on(t.year, t.field),
    index('science_tasks_host_user_idx').on(t.hostUserId),
  ],
);

/** The append-only history of a task: every command, who, when, why. */
export const scienceTaskEvents = pgTable(
  'science_task_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [unique('science_task_events_task_seq_uq').on(t.taskId, t.seq)],
);

/** An application (hồ sơ đăng ký tuyển chọn, giao trực tiếp) of an organisation to host a task. */
export const scienceApplications = pgTable(
  'science_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references((): AnyPgColumn => scienceTasks.id),
    /** the applicant organisation's account (online), or null when the office recorded a paper application */
    applicantUserId: uuid('applicant_user_id').references(() => users.id),
    organisationName: text('organisation_name').notNull(),
    taxCode: text('tax_code'),
    principalInvestigator: text('principal_investigator').notNull(),
    researchPlan: text('research_plan').notNull(),
    team: jsonb('team').$type<Record<string, unknown>[]>().notNull(),
    partners: jsonb('partners').$type<string[]>().notNull(),
    budgetItems: jsonb('budget_items').$type<{ item: string; amount: number }[]>().notNull(),
    totalBudget: bigint('total_budget', { mode: 'number' }).notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('science_applications_task_idx').on(t.taskId),
    unique('science_applications_task_applicant_uq').on(t.taskId, t.applicantUserId),
  ],
);

/** A council (hội đồng tư vấn) of a task: its composition model and scoring sheet are kept as they were when formed. */
export const scienceCouncils = pgTable(
  'science_councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    /** selection | acceptance */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** scoring (members declare and score) | closed (outcome computed; no more changes) */
    status: text('status').notNull(),
    compositionModel: text('composition_model').notNull(),
    /** the composition model as it was (roles, size, quorum, source) */
    composition: jsonb('composition').$type<Record<string, unknown>>().notNull(),
    /** the scoring sheet as it was (criteria, maxima, thresholds, source); null for acceptance councils */
    sheet: jsonb('sheet').$type<Record<string, unknown>>(),
    meetingOn: date('meeting_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id),
    /** councilOutcome's result and the quorum check, as computed when scoring closed */
    outcome: jsonb('outcome').$type<Record<string, unknown>>(),
  },
  (t) => [
    check('science_councils_kind_check', sql`${t.kind} in ('selection', 'acceptance')`),
    check('science_councils_status_check', sql`${t.status} in ('scoring', 'closed')`),
    index('science_councils_task_idx').on(t.taskId),
  ],
);

/** A member of a council, drawn from the register, with their role. */
export const scienceCouncilMembers = pgTable(
  'science_council_members',
  {
    councilId: uuid('council_id')
      .notNull()
      .references(() => scienceCouncils.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => scienceExperts.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.councilId, t.expertId] }),
    unique('science_council_members_user_uq').on(t.councilId, t.userId),
    index('science_council_members_user_idx').on(t.userId),
    check(
      'science_council_members_role_check',
      sql`${t.role} in ('chair', 'vice_chair', 'reviewer', 'secretary', 'member')`,
    ),
  ],
);

/** A member's declaration of (no) conflict of interest for one application, before its content is shown. */
export const scienceConflictDeclarations = pgTable(
  'science_conflict_declarations',
  {
    councilId: uuid('council_id')
      .notNull()
      .references(() => scienceCouncils.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => scienceApplications.id),
    memberUserId: uuid('member_user_id')
      .notNull()
      .references(() => users.id),
    conflicted: boolean('conflicted').notNull(),
    note: text('note'),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.councilId, t.applicationId, t.memberUserId] })],
);

/** A member's scoring sheet for one application: a draft, then submitted (final). */
export const scienceScoreSheets = pgTable(
  'science_score_sheets',
  {
    councilId: uuid('council_id')
      .notNull()
      .references(() => scienceCouncils.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => scienceApplications.id),
    memberUserId: uuid('member_user_id')
      .notNull()
      .references(() => users.id),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment'),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.councilId, t.applicationId, t.memberUserId] }),
    check('science_score_sheets_status_check', sql`${t.status} in ('draft', 'submitted')`),
  ],
);

/** The contract's milestones: periodic reports, product deliveries, payments. */
export const scienceMilestones = pgTable(
  'science_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    dueOn: date('due_on').notNull(),
    amount: bigint('amount', { mode: 'number' }),
  },
  (t) => [
    unique('science_milestones_task_seq_uq').on(t.taskId, t.seq),
    index('science_milestones_due_idx').on(t.kind, t.dueOn),
    check('science_milestones_kind_check', sql`${t.kind} in ('report', 'product', 'payment')`),
  ],
);

export const scienceProgressReports = pgTable(
  'science_progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    milestoneId: uuid('milestone_id').references(() => scienceMilestones.id),
    period: text('period').notNull(),
    progressPercent: integer('progress_percent').notNull(),
    summary: text('summary').notNull(),
    issues: text('issues'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('science_progress_reports_task_idx').on(t.taskId),
    index('science_progress_reports_milestone_idx').on(t.milestoneId),
  ],
);

export const scienceInspections = pgTable(
  'science_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    inspectedOn: date('inspected_on').notNull(),
    findings: text('findings').notNull(),
    conclusion: text('conclusion').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('science_inspections_task_idx').on(t.taskId)],
);

/** A request to adjust time, budget, team or content, and the decision on it with its reason. */
export const scienceAdjustments = pgTable(
  'science_adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    details: text('details').notNull(),
    newEndsOn: date('new_ends_on'),
    newBudget: bigint('new_budget', { mode: 'number' }),
    status: text('status').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('science_adjustments_task_idx').on(t.taskId),
    check('science_adjustments_status_check', sql`${t.status} in ('requested', 'approved', 'rejected')`),
    check('science_adjustments_kind_check', sql`${t.kind} in ('time', 'budget', 'team', 'content')`),
  ],
);

/** Archiving, transfer of rights and application of the results after acceptance. */
export const scienceFollowUps = pgTable(
  'science_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    kind: text('kind').notNull(),
    happenedOn: date('happened_on').notNull(),
    description: text('description').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('science_follow_ups_task_idx').on(t.taskId),
    check('science_follow_ups_kind_check', sql`${t.kind} in ('archive', 'transfer', 'application')`),
  ],
);

/** A Giấy chứng nhận đăng ký kết quả, issued when the registration dossier is approved; the public registry's entry. */
export const scienceCertificates = pgTable(
  'science_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. "1/2026/ĐKKQ-SKHCN" (the domain's formatCertificateNumber) */
    number: text('number').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => scienceTasks.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    issuedOn: date('issued_on').notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('science_certificates_number_uq').on(t.number),
    unique('science_certificates_unit_year_seq_uq').on(t.unitCode, t.year, t.seq),
    unique('science_certificates_task_uq').on(t.taskId),
    unique('science_certificates_dossier_uq').on(t.dossierId),
  ],
);
