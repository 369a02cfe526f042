import { pgTable, primaryKey, text, timestamp, uuid, boolean, index } from 'drizzle-orm/pg-core';

/** Units of the department (Văn phòng, phòng, chi cục, trung tâm), seeded from the organisation config. */
export const organisationUnits = pgTable('organisation_units', {
  code: text('code').primaryKey(),
  orgId: text('org_id').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  kind: text('kind').notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  /** `scrypt$N$r$p$salt$hash` (base64url) */
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A user's role in one unit. */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisationUnits.code),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitCode, t.role] }), index('memberships_unit_idx').on(t.unitCode)],
);
