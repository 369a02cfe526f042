import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
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
    receivedAt: timestamp('received_at', { withTimezone: true }),
    deadline: date('deadline'),
    /** Optimistic lock: incremented by every command */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('dossiers_status_check', sql`${t.status} between 1 and 10`),
    index('dossiers_inbox_idx').on(t.unitCode, t.status, t.deadline),
    index('dossiers_deadline_idx').on(t.deadline),
    index('dossiers_procedure_idx').on(t.procedureCode),
  ],
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

export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  sha256: text('sha256').notNull().unique(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  originalName: text('original_name').notNull(),
  storageKey: text('storage_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by').references(() => users.id),
});
