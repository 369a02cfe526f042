import { bigserial, index, jsonb, pgTable, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import { users } from './organisation.schema';

/** A signed-in session. `id` is the SHA-256 (hex) of the random token kept in the cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Every sign-in attempt, for the rate limit and for the record. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_lookup_idx').on(t.username, t.ip, t.at)],
);

/** Every denied request: who, what, when, why. */
export const auditDenials = pgTable(
  'audit_denials',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    username: text('username'),
    ip: text('ip'),
    /** The tRPC procedure path or HTTP route, e.g. "org.users" */
    path: text('path').notNull(),
    /** The stable app error code, e.g. FORBIDDEN_UNIT */
    code: text('code').notNull(),
    reason: text('reason').notNull(),
    unitCode: text('unit_code'),
  },
  (t) => [index('audit_denials_at_idx').on(t.at), index('audit_denials_user_idx').on(t.userId)],
);

/**
 * What was done to an account: by an administrator (created, roles changed, deactivated, reactivated, password
 * reset), or by the person themself (created at a first sign-in through an identity provider, profile completed,
 * password changed).
 */
export const ACCOUNT_ACTIONS = [
  'created',
  'memberships_changed',
  'deactivated',
  'reactivated',
  'password_reset',
  'profile_completed',
  'password_changed',
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** The record of every change made to an account by an administrator: who, to whom, what, when. */
export const accountEvents = pgTable(
  'account_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** the account changed */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** the administrator who changed it */
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    action: text('action').$type<AccountAction>().notNull(),
    /** what changed (memberships before/after, …); never a password */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('account_events_user_idx').on(t.userId, t.at)],
);
