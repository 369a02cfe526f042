import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './organisation.schema';

/**
 * The Government's announcements of days off and make-up working days, as the administrator recorded them
 * (domain: calendar-announcements.ts). Append-only: a record is never changed or deleted; a later record for the
 * same date overrides an earlier one, so the table is also the audit of who changed the calendar and when.
 */
export const calendarAnnouncements = pgTable(
  'calendar_announcements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    sourceDocument: text('source_document').notNull(),
    sourceDate: date('source_date', { mode: 'string' }),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('calendar_announcements_kind_check', sql`${t.kind} in ('day_off', 'working_day')`),
    index('calendar_announcements_date_idx').on(t.date, t.id),
  ],
);
