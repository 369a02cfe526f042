// TĐC (khoản 11): the declaration data of a dossier, the receipt notices (Thông báo tiếp nhận, Mẫu 3.TBTNHS) with
// their per-unit-per-year numbering, the public registry's status history, and the outbox of messages to the
// national systems. Every table hangs off `dossiers` or `organisation_units`, so the test helpers' TRUNCATE … CASCADE
// empties them too.
import { sql } from 'drizzle-orm';
import {
  bigserial,
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
} from 'drizzle-orm/pg-core';
import { dossiers } from './dossier.schema';
import { organisationUnits, users } from './organisation.schema';

/** The declaration (bản công bố / bản đăng ký) of a TĐC dossier: the parsed data plus searchable columns. */
export const conformityDeclarations = pgTable(
  'conformity_declarations',
  {
    dossierId: uuid('dossier_id')
      .primaryKey()
      .references(() => dossiers.id),
    /** standard | regulation | quantity_mark | import_inspection (the domain's declaration kinds) */
    kind: text('kind').notNull(),
    /** group (TT 28/2012, until 30/06/2026) | risk (NĐ 37/2026, from 01/07/2026), by the receipt date */
    regime: text('regime').notNull(),
    receivedOn: date('received_on').notNull(),
    organisationName: text('organisation_name').notNull(),
    taxCode: text('tax_code').notNull(),
    organisationAddress: text('organisation_address').notNull(),
    riskClass: text('risk_class'),
    /** self_assessment | registered_certifier | designated_certifier; null when the kind has no basis */
    basisKind: text('basis_kind'),
    certificateNumber: text('certificate_number'),
    certifier: text('certifier'),
    certificateExpiresOn: date('certificate_expires_on'),
    selfAssessmentReportDate: date('self_assessment_report_date'),
    /** Canonical TCVN/QCVN codes */
    standards: jsonb('standards').$type<string[]>().notNull(),
    products: jsonb('products').$type<Record<string, unknown>[]>().notNull(),
    /** The whole parsed declaration (the domain's ConformityDeclaration) */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Folded (accent-free, lower-case) organisation, tax code, products and standards */
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'conformity_declarations_kind_check',
      sql`${t.kind} in ('standard', 'regulation', 'quantity_mark', 'import_inspection')`,
    ),
    check('conformity_declarations_regime_check', sql`${t.regime} in ('group', 'risk')`),
    index('conformity_declarations_tax_code_idx').on(t.taxCode),
  ],
);

/** The last notice sequence number given by a unit in a year. Numbers are never given back or reused. */
export const conformityNoticeCounters = pgTable(
  'conformity_notice_counters',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitCode, t.year] }),
    check('conformity_notice_counters_seq_check', sql`${t.lastSeq} >= 1`),
  ],
);

/** A Thông báo tiếp nhận hồ sơ công bố: one per approved dossier; the public registry's entry. */
export const conformityNotices = pgTable(
  'conformity_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. "1/2026/TBTNHS-CCTĐC" (the domain's formatNoticeNumber) */
    noticeNumber: text('notice_number').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    procedureCode: text('procedure_code').notNull(),
    issuedOn: date('issued_on').notNull(),
    /** The last day of validity (certificate expiry, or 3 years from the self-assessment report) */
    expiresOn: date('expires_on').notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    revokedOn: date('revoked_on'),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    /** Folded notice number, organisation, tax code, products and standards, for the public search */
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('conformity_notices_number_uq').on(t.noticeNumber),
    unique('conformity_notices_unit_year_seq_uq').on(t.unitCode, t.year, t.seq),
    unique('conformity_notices_dossier_uq').on(t.dossierId),
    index('conformity_notices_expires_idx').on(t.expiresOn),
    index('conformity_notices_procedure_idx').on(t.procedureCode),
  ],
);

/** What happened to a registry entry: issued, revoked (expiry is derived from the date, not recorded). */
export const conformityNoticeHistory = pgTable(
  'conformity_notice_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => conformityNotices.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    status: text('status').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [index('conformity_notice_history_notice_idx').on(t.noticeId, t.at)],
);

/**
 * Messages to the national systems, written in the transaction of the change they report and sent after commit
 * (transactional outbox): a status update for the public-service portal, a declaration for the quality database.
 */
export const integrationOutbox = pgTable(
  'integration_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** 'public-service-portal' | 'quality-db' */
    target: text('target').notNull(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** pending (to send or retry) | sent | dead (gave up after the last attempt) */
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    check('integration_outbox_state_check', sql`${t.state} in ('pending', 'sent', 'dead')`),
    index('integration_outbox_due_idx').on(t.state, t.nextAttemptAt),
    index('integration_outbox_dossier_idx').on(t.dossierId),
  ],
);

/** The last known health of each national system, as the last call found it. */
export const integrationStatus = pgTable('integration_status', {
  id: text('id').primaryKey(),
  status: text('status').notNull(),
  checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  message: text('message'),
});
