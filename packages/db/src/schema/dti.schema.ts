// The digital-transformation index (khoản 18 điểm h): frameworks (the exchange-format JSON of @skhcn/domain, edited by
// the CĐS team until a cycle using them opens), the assessed units (sở, ban, ngành and xã, phường: DTI data, not the
// department's own units) with the people assigned to report for them, cycles, each unit's inputs with their review
// and evidence, and an append-only log of every command.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { files } from './dossier.schema';
import { users } from './organisation.schema';

/** A framework: the whole exchange-format JSON in `data`; `id`, `year`, `level` copied out for lists and checks. */
export const dtiFrameworks = pgTable(
  'dti_frameworks',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    name: text('name').notNull(),
    /** The framework (DtiFramework of @skhcn/domain) */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Shipped with the platform (the starting points), as opposed to entered or imported by the CĐS team */
    shipped: boolean('shipped').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('dti_frameworks_level_check', sql`${t.level} in ('province', 'department', 'commune')`),
    index('dti_frameworks_level_year_idx').on(t.level, t.year),
  ],
);

/** A unit being assessed: a province, a department (sở, ban, ngành) or a commune/ward; `group` for group means. */
export const dtiUnits = pgTable(
  'dti_units',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    groupCode: text('group_code'),
    groupName: text('group_name'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [check('dti_units_level_check', sql`${t.level} in ('province', 'department', 'commune')`)],
);

/** Who reports for an assessed unit: an external account (a commune's officer) or a staff member. */
export const dtiAssignments = pgTable(
  'dti_assignments',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: text('unit_id')
      .notNull()
      .references(() => dtiUnits.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] }), index('dti_assignments_unit_idx').on(t.unitId)],
);

/** A year's cycle for one level: its framework (locked from opening), units, deadline and rule for missing data. */
export const dtiCycles = pgTable(
  'dti_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    name: text('name').notNull(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => dtiFrameworks.id),
    /** The last day (Vietnam date) units may enter inputs; returned items may still be corrected after it */
    deadline: date('deadline').notNull(),
    /** none | last_year | group_mean (the domain's DtiImputationRule), disclosed with the results */
    imputation: text('imputation').notNull(),
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('dti_cycles_level_check', sql`${t.level} in ('province', 'department', 'commune')`),
    check('dti_cycles_status_check', sql`${t.status} in ('open', 'closed')`),
    check('dti_cycles_imputation_check', sql`${t.imputation} in ('none', 'last_year', 'group_mean')`),
    index('dti_cycles_level_year_idx').on(t.level, t.year),
    index('dti_cycles_framework_idx').on(t.frameworkId),
  ],
);

/** The units of a cycle, with their group as it was when the cycle opened. */
export const dtiCycleUnits = pgTable(
  'dti_cycle_units',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => dtiCycles.id, { onDelete: 'cascade' }),
    unitId: text('unit_id')
      .notNull()
      .references(() => dtiUnits.id),
    groupCode: text('group_code'),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.unitId] }), index('dti_cycle_units_unit_idx').on(t.unitId)],
);

/**
 * One unit's input for one component of a cycle: the unit's value (self-assessed), the reviewer's appraised value once
 * accepted, the status of the item and its optimistic version.
 */
export const dtiInputs = pgTable(
  'dti_inputs',
  {
    cycleId: uuid('cycle_id').notNull(),
    unitId: text('unit_id').notNull(),
    componentId: text('component_id').notNull(),
    /** draft | submitted | returned | accepted (the domain's DtiItemStatus) */
    status: text('status').notNull(),
    /** The unit's value in the shape of the component's method */
    value: jsonb('value').$type<unknown>().notNull(),
    /** The unit's explanation */
    note: text('note'),
    /** The reviewer's value when accepting (null: the unit's value stands) */
    appraisedValue: jsonb('appraised_value').$type<unknown>(),
    reviewComment: text('review_comment'),
    returnCount: integer('return_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId, t.componentId] }),
    foreignKey({
      columns: [t.cycleId, t.unitId],
      foreignColumns: [dtiCycleUnits.cycleId, dtiCycleUnits.unitId],
    }).onDelete('cascade'),
    check('dti_inputs_status_check', sql`${t.status} in ('draft', 'submitted', 'returned', 'accepted')`),
    index('dti_inputs_cycle_status_idx').on(t.cycleId, t.status),
  ],
);

/** Evidence of an input: the document cited, and an uploaded file and/or a link. */
export const dtiEvidence = pgTable(
  'dti_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id').notNull(),
    unitId: text('unit_id').notNull(),
    componentId: text('component_id').notNull(),
    position: integer('position').notNull(),
    documentNumber: text('document_number'),
    title: text('title').notNull(),
    issuedOn: date('issued_on'),
    summary: text('summary'),
    fileId: uuid('file_id').references(() => files.id),
    url: text('url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      columns: [t.cycleId, t.unitId, t.componentId],
      foreignColumns: [dtiInputs.cycleId, dtiInputs.unitId, dtiInputs.componentId],
    }).onDelete('cascade'),
    index('dti_evidence_input_idx').on(t.cycleId, t.unitId, t.componentId),
    index('dti_evidence_file_idx').on(t.fileId),
  ],
);

/** Every DTI command (who, when, what), append-only (migration trigger). */
export const dtiEvents = pgTable(
  'dti_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    /** e.g. framework.save, cycle.open, input.save, input.submit, input.accept, input.return, cycle.close */
    action: text('action').notNull(),
    frameworkId: text('framework_id'),
    cycleId: uuid('cycle_id'),
    unitId: text('unit_id'),
    componentId: text('component_id'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('dti_events_cycle_idx').on(t.cycleId, t.at),
    index('dti_events_framework_idx').on(t.frameworkId),
  ],
);
