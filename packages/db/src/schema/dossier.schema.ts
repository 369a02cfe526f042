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
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisationUnits, users } from './organisation.schema';

export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Mã hồ sơ, e.g. "CCTDC-260302-0001" */
    code: text('code').notNull().unique(),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: text('procedure_version').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    /** National status code 1..10 (TT 03/2025) */
    status: smallint('status').notNull(),
    applicant: jsonb('applicant').$type<Record<string, unknown>>().notNull(),
    /**
     * The dossier's answers that decide which components it must carry (a declaration's basis and risk class…),
     * recorded at intake; see the domain's requiredComponents
     */
    componentAnswers: jsonb('component_answers').$type<Record<string, string>>().notNull().default({}),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    deadline: date('deadline'),
    /**
     * The appointment date before the apology letter (Mẫu 04) moved it, null when never moved. Timeliness is judged
     * against this date: a dossier finished by the new date is still a late one.
     */
    deadlineBeforeExtension: date('deadline_before_extension'),
    /** Optimistic lock: incremented by every command */
    version: integer('version').notNull().default(1),
    /**
     * A random key printed in the QR code of the dossier's forms (Mẫu 01, 02, 06): with the code it opens the
     * dossier's public status page; the code alone (sequential, guessable) does not.
     */
    publicKey: text('public_key')
      .notNull()
      .default(sql`replace(gen_random_uuid()::text, '-', '')`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** How the dossier reached us: online (starts at 1) or at the counter / by post (starts at 2) */
    channel: text('channel').$type<'online' | 'direct' | 'postal'>().notNull().default('online'),
    /** The applicant's account, when the applicant submitted online or has an account */
    applicantUserId: uuid('applicant_user_id').references(() => users.id),
    /** Applicant's name and tax code, copied from `applicant` for search and look-up */
    applicantName: text('applicant_name').notNull().default(''),
    applicantTaxCode: text('applicant_tax_code'),
    /** Lower-case, accent-free code + applicant name + tax code, for accent-insensitive search */
    searchText: text('search_text').notNull().default(''),
    /** The officer handling the dossier (thụ lý) */
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    /** Submitted for the leader's signature, waiting for approve / reject */
    awaitingSignature: boolean('awaiting_signature').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** When processing ended (approved, rejected, refused, withdrawn or stopped) */
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    check('dossiers_status_check', sql`${t.status} between 1 and 10`),
    check('dossiers_channel_check', sql`${t.channel} in ('online', 'direct', 'postal')`),
    index('dossiers_inbox_idx').on(t.unitCode, t.status, t.deadline),
    index('dossiers_deadline_idx').on(t.deadline),
    // A unit's inbox page in deadline order (the default sort) read straight from the index
    index('dossiers_unit_deadline_idx').on(t.unitCode, t.deadline, t.code),
    index('dossiers_procedure_idx').on(t.procedureCode),
    // The inbox's counts per status under a procedure or assignee filter, capped per status (index-only ranges)
    index('dossiers_unit_procedure_status_idx').on(t.unitCode, t.procedureCode, t.status),
    index('dossiers_unit_assignee_status_idx').on(t.unitCode, t.assigneeUserId, t.status),
    // The inbox page of an assignee filter ("mine", "not assigned yet") in deadline order
    index('dossiers_unit_assignee_deadline_idx').on(t.unitCode, t.assigneeUserId, t.deadline, t.code),
    // A dossier code prefix typed in the inbox search (`search_text LIKE 'cctdc-2611%'`): a range of the unit, with
    // the sort keys, so that the matches are counted and ranked without reading the table
    index('dossiers_unit_code_prefix_idx').on(
      t.unitCode,
      t.searchText.op('text_pattern_ops'),
      t.deadline,
      t.code,
      t.status,
      t.receivedAt,
      t.createdAt,
      t.id,
    ),
    // The "not assigned yet" page in deadline order (IS NULL gives no ordering equality, hence a partial index)
    index('dossiers_unassigned_deadline_idx')
      .on(t.unitCode, t.deadline, t.code)
      .where(sql`${t.assigneeUserId} is null`),
    // A unit's inbox page in the "received, newest first" sort
    index('dossiers_unit_received_idx').on(
      t.unitCode,
      t.receivedAt.desc().nullsLast(),
      t.createdAt.desc().nullsFirst(),
      t.code,
    ),
    // The few dossiers waiting for the leader's signature: their page and counts without reading the unit
    index('dossiers_awaiting_signature_idx')
      .on(t.unitCode, t.status, t.deadline)
      .where(sql`${t.awaitingSignature}`),
    index('dossiers_applicant_user_idx').on(t.applicantUserId),
    index('dossiers_assignee_idx').on(t.assigneeUserId),
    index('dossiers_tax_code_idx').on(t.applicantTaxCode),
    // The inbox's free-text search (`search_text ILIKE '%word%'` per word) through trigrams (extension pg_trgm),
    // with the unit (extension btree_gin) so that other units' matches are not read from the table
    index('dossiers_unit_search_text_trgm_idx').using('gin', t.unitCode, sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * The number of dossiers per unit and status, kept exact by triggers on dossiers (insert, change of unit or
 * status, delete, truncate; see migration 0004), so that the inbox's counts per status do not count every row.
 */
export const dossierStatusCounts = pgTable(
  'dossier_status_counts',
  {
    unitCode: text('unit_code').notNull(),
    status: smallint('status').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.status] })],
);

/** The last sequence number given in a unit on a day (Vietnam date), for dossier codes `<unit>-YYMMDD-XXXX`. */
export const dossierSequences = pgTable(
  'dossier_sequences',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day] })],
);

/** The append-only step history of a dossier. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromStatus: smallint('from_status'),
    toStatus: smallint('to_status').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [unique('dossier_events_dossier_seq_uq').on(t.dossierId, t.seq)],
);

/**
 * One upload. The bytes are stored once per content hash (storage_key); each upload has its own row so that
 * only its uploader may attach it to a dossier.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('files_sha256_idx').on(t.sha256), index('files_created_by_idx').on(t.createdBy)],
);

/** A file attached to a dossier component (thành phần hồ sơ), by the step (event seq) that attached it. */
export const dossierFiles = pgTable(
  'dossier_files',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    componentKey: text('component_key').notNull(),
    eventSeq: integer('event_seq').notNull(),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.fileId, t.componentKey] }),
    index('dossier_files_file_idx').on(t.fileId),
  ],
);
