import { sql } from 'drizzle-orm';
import {
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  boolean,
  index,
  check,
  integer,
} from 'drizzle-orm/pg-core';

/** Units of the department (Văn phòng, phòng, chi cục, trung tâm), seeded from the organisation config. */
export const organisationUnits = pgTable('organisation_units', {
  code: text('code').primaryKey(),
  orgId: text('org_id').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  kind: text('kind').notNull(),
});

/**
 * Staff hold memberships in units; applicants (organisations submitting online) hold none; external accounts are
 * people outside the department whom a module grants work (a commune's DTI reporter, a council's expert): no
 * memberships, their rights come from that module's assignment tables.
 */
export const USER_KINDS = ['staff', 'applicant', 'external'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    /** `scrypt$N$r$p$salt$hash` (base64url) */
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').$type<UserKind>().notNull().default('staff'),
    /** Applicant profile: the organisation's registered name (tên tổ chức) */
    organisationName: text('organisation_name'),
    /** Applicant profile: mã số thuế / mã số doanh nghiệp (10 digits, or 10-3 for a branch) */
    taxCode: text('tax_code'),
    /** Optimistic concurrency: every change through the administration screen checks and bumps it */
    version: integer('version').notNull().default(1),
    /**
     * The password is a temporary one an administrator issued (a new account, a reset): the person must choose their
     * own before doing anything else (TCVN 11930:2017). Cleared when they change it.
     */
    passwordChangeRequired: boolean('password_change_required').notNull().default(false),
  },
  (t) => [
    check('users_kind_check', sql`${t.kind} in ('staff', 'applicant', 'external')`),
    // an applicant's organisation and tax code come together; both may still be missing for an applicant who
    // signed in through an identity provider that did not say which organisation they file for (they complete it)
    check(
      'users_applicant_profile_check',
      sql`${t.kind} <> 'applicant' or ((${t.organisationName} is null) = (${t.taxCode} is null))`,
    ),
  ],
);

/**
 * An account's identity at an OpenID Connect provider (VNeID / Cổng DVC quốc gia, …): the provider's `sub` is
 * unique only within its issuer, so the pair is the key. Matched at every sign-in through that provider.
 */
export const externalIdentities = pgTable(
  'external_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('external_identities_user_idx').on(t.userId)],
);

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
  (t) => [
    primaryKey({ columns: [t.userId, t.unitCode, t.role] }),
    index('memberships_unit_idx').on(t.unitCode),
  ],
);
