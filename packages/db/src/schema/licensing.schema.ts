// Licensing (khoản 12 radiation safety, khoản 14 postal): the holders (radiation facilities, postal enterprises),
// the radiation equipment inventory, each licensing dossier's own data, and the register of issued documents
// (licences, declaration confirmations, certificates, postal confirmations) with their per-unit numbering and
// history. Register status is derived from dates on the day asked (the domain's licenceStatusOn), except the
// replacement of a licence by its renewal / amendment and a revocation, which are recorded.
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

/** A radiation facility (hospital, clinic, lab, airport…) or a postal enterprise. */
export const licensingHolders = pgTable(
  'licensing_holders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** radiation | postal */
    field: text('field').notNull(),
    name: text('name').notNull(),
    taxCode: text('tax_code').notNull(),
    address: text('address').notNull(),
    district: text('district'),
    phone: text('phone'),
    email: text('email'),
    /** The applicant account that files for this holder online (null: counter only) */
    applicantUserId: uuid('applicant_user_id').references(() => users.id),
    /** radiation: the person in charge of safety { name, certificateNumber } */
    safetyOfficer: jsonb('safety_officer').$type<{ name: string; certificateNumber?: string }>(),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('licensing_holders_field_check', sql`${t.field} in ('radiation', 'postal')`),
    unique('licensing_holders_field_tax_code_uq').on(t.field, t.taxCode),
    index('licensing_holders_applicant_idx').on(t.applicantUserId),
  ],
);

/** A device of a radiation facility's inventory (khoản 12c types). */
export const radiationDevices = pgTable(
  'radiation_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    holderId: uuid('holder_id')
      .notNull()
      .references(() => licensingHolders.id),
    /** the domain's RADIATION_DEVICE_TYPES key */
    type: text('type').notNull(),
    manufacturer: text('manufacturer').notNull(),
    model: text('model').notNull(),
    serial: text('serial').notNull(),
    tube: text('tube'),
    yearMade: integer('year_made'),
    location: text('location'),
    /** in_use | stored | moved | disposed */
    status: text('status').notNull(),
    lastInspectionOn: date('last_inspection_on'),
    inspectionCertificate: text('inspection_certificate'),
    /** the declaration dossier that last changed the device */
    declaredInDossierId: uuid('declared_in_dossier_id').references(() => dossiers.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('radiation_devices_status_check', sql`${t.status} in ('in_use', 'stored', 'moved', 'disposed')`),
    unique('radiation_devices_holder_serial_uq').on(t.holderId, t.manufacturer, t.serial),
    index('radiation_devices_type_idx').on(t.type, t.status),
  ],
);

/** The licensing data of a dossier: the holder, the devices or services, the term asked for, the licence replaced. */
export const licensingDossiers = pgTable(
  'licensing_dossiers',
  {
    dossierId: uuid('dossier_id')
      .primaryKey()
      .references(() => dossiers.id),
    holderId: uuid('holder_id')
      .notNull()
      .references(() => licensingHolders.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** renewal, amendment, re-issue: the document it replaces */
    previousDocumentId: uuid('previous_document_id').references((): AnyPgColumn => licensingDocuments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('licensing_dossiers_holder_idx').on(t.holderId)],
);

/** The last sequence number given per unit, kind and year; never given back. */
export const licensingDocumentCounters = pgTable(
  'licensing_document_counters',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.kind, t.year] })],
);

/** An issued licence, confirmation or certificate: the public register's entry. */
export const licensingDocuments = pgTable(
  'licensing_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. "3/2026/GPBX-QLCN" (the domain's formatLicensingNumber) */
    number: text('number').notNull(),
    /** radiation_licence | declaration_confirmation | safety_certificate | postal_licence | postal_confirmation */
    kind: text('kind').notNull(),
    field: text('field').notNull(),
    holderId: uuid('holder_id')
      .notNull()
      .references(() => licensingHolders.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    procedureCode: text('procedure_code').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    issuedOn: date('issued_on').notNull(),
    validFrom: date('valid_from').notNull(),
    /** null: no expiry (confirmations, certificates) */
    expiresOn: date('expires_on'),
    /** devices covered / services and scope / the certificate's holder */
    scope: jsonb('scope').$type<Record<string, unknown>>().notNull(),
    replacesId: uuid('replaces_id').references((): AnyPgColumn => licensingDocuments.id),
    /** the day a renewal, amendment or re-issue replaced it */
    replacedOn: date('replaced_on'),
    revokedOn: date('revoked_on'),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    issuedBy: uuid('issued_by').references(() => users.id),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('licensing_documents_field_check', sql`${t.field} in ('radiation', 'postal')`),
    unique('licensing_documents_number_uq').on(t.number),
    unique('licensing_documents_unit_kind_year_seq_uq').on(t.unitCode, t.kind, t.year, t.seq),
    unique('licensing_documents_dossier_uq').on(t.dossierId),
    index('licensing_documents_holder_idx').on(t.holderId),
    index('licensing_documents_expires_idx').on(t.field, t.expiresOn),
  ],
);

export const licensingDocumentHistory = pgTable(
  'licensing_document_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => licensingDocuments.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** issued | replaced | revoked */
    status: text('status').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [index('licensing_document_history_doc_idx').on(t.documentId, t.at)],
);

/**
 * The reminders sent to facilities (licence expiring, inspection overdue, correction overdue). The unique key
 * (subject, kind, threshold) decides which server process sends a reminder: the one whose INSERT … ON CONFLICT DO
 * NOTHING returned the row. Claimed as pending, then sent after commit and marked sent or failed (retried later).
 */
export const licensingReminders = pgTable(
  'licensing_reminders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    holderId: uuid('holder_id')
      .notNull()
      .references(() => licensingHolders.id),
    /** the licence (register entry), device or correction the reminder is about */
    subjectId: uuid('subject_id').notNull(),
    /** licence_expiring | inspection_overdue | correction_overdue (the domain's ReminderKind) */
    kind: text('kind').notNull(),
    /** "90", "60", "45" days before expiry, or the due date */
    threshold: text('threshold').notNull(),
    dueOn: date('due_on').notNull(),
    deadline: date('deadline').notNull(),
    /** pending | sent | failed | no_address */
    status: text('status').notNull(),
    recipient: text('recipient'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      'licensing_reminders_status_check',
      sql`${t.status} in ('pending', 'sent', 'failed', 'no_address')`,
    ),
    unique('licensing_reminders_subject_kind_threshold_uq').on(t.subjectId, t.kind, t.threshold),
    index('licensing_reminders_holder_idx').on(t.holderId),
    index('licensing_reminders_status_idx').on(t.status, t.claimedAt),
  ],
);

/** An inspection (kiểm tra) of a facility by the department: planned or unplanned, with its findings. */
export const licensingInspections = pgTable(
  'licensing_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    holderId: uuid('holder_id')
      .notNull()
      .references(() => licensingHolders.id),
    /** planned | unplanned */
    kind: text('kind').notNull(),
    inspectedOn: date('inspected_on').notNull(),
    /** the inspection team, as written in the record */
    team: text('team').notNull(),
    findings: text('findings').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('licensing_inspections_kind_check', sql`${t.kind} in ('planned', 'unplanned')`),
    index('licensing_inspections_holder_idx').on(t.holderId, t.inspectedOn),
  ],
);

/** A correction an inspection requires, with its deadline; followed up until resolved. */
export const licensingInspectionCorrections = pgTable(
  'licensing_inspection_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => licensingInspections.id),
    holderId: uuid('holder_id')
      .notNull()
      .references(() => licensingHolders.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    deadline: date('deadline').notNull(),
    resolvedOn: date('resolved_on'),
    resolutionNote: text('resolution_note'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('licensing_inspection_corrections_position_uq').on(t.inspectionId, t.position),
    index('licensing_inspection_corrections_open_idx').on(t.holderId, t.resolvedOn),
  ],
);

/** What happened to an inspection record (recorded, a correction resolved): append-only. */
export const licensingInspectionEvents = pgTable(
  'licensing_inspection_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => licensingInspections.id),
    correctionId: uuid('correction_id').references(() => licensingInspectionCorrections.id),
    /** recorded | correction_resolved */
    action: text('action').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('licensing_inspection_events_inspection_idx').on(t.inspectionId, t.at)],
);

/**
 * The officer's appraisal of a postal licence's conditions (capital for the scope, business plan, staff, security,
 * contract template) on a dossier. Append-only: each recording is a new row numbered per dossier, the highest being
 * in force; two officers recording at once collide on the number (the later one gets CONFLICT).
 */
export const postalConditionChecks = pgTable(
  'postal_condition_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** 1, 2, … per dossier */
    position: integer('position').notNull(),
    /** noi-tinh | lien-tinh | quoc-te */
    scope: text('scope').notNull(),
    /** the capital shown by the dossier, in đồng; null when not shown */
    capitalVnd: bigint('capital_vnd', { mode: 'number' }),
    /** the officer's judgement of each condition: { [key]: { met, note } } */
    judgements: jsonb('judgements').$type<Record<string, { met: boolean; note?: string | null }>>().notNull(),
    /** every condition met on the day recorded (the domain's assessment, kept for the register and reports) */
    allMet: boolean('all_met').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('postal_condition_checks_position_uq').on(t.dossierId, t.position),
    check('postal_condition_checks_scope_check', sql`${t.scope} in ('noi-tinh', 'lien-tinh', 'quoc-te')`),
    check('postal_condition_checks_capital_check', sql`${t.capitalVnd} is null or ${t.capitalVnd} >= 0`),
  ],
);
