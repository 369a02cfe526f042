import {
  assertCalendarAnnouncementChanges,
  calendarForYear,
  installCalendarAnnouncements,
  type CalendarAnnouncement,
  type HolidayEntry,
} from '@skhcn/domain';
import {
  insertCalendarAnnouncement,
  listCalendarAnnouncements,
  type CalendarAnnouncementRecord,
  type DbExecutor,
} from '@skhcn/db';
import type { AuthedContext } from '../../trpc';

/**
 * Reads every recorded announcement and makes every deadline count with them. The server calls it at start;
 * `calendar.announce` calls it after each record.
 */
export async function loadCalendarAnnouncements(db: DbExecutor): Promise<number> {
  const list = await listCalendarAnnouncements(db);
  installCalendarAnnouncements(list);
  return list.length;
}

export interface CalendarYearView {
  year: number;
  /** computed by rule (no official calendar shipped for the year) */
  computed: boolean;
  source: { document: string; note?: string };
  daysOff: HolidayEntry[];
  makeUpWorkingDays: HolidayEntry[];
  /** the announcements recorded for this year, newest first, with who recorded them and when (ISO instant) */
  announcements: (Omit<CalendarAnnouncementRecord, 'recordedAt'> & { recordedAt: string })[];
}

/** calendar.year: the year's days off and make-up days in force, and the announcements behind them. */
export async function calendarYearHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: { year: number };
}): Promise<CalendarYearView> {
  const cal = calendarForYear(input.year);
  const announcements = (await listCalendarAnnouncements(ctx.db))
    .filter((a) => a.date.startsWith(`${input.year}-`))
    .reverse()
    .map((a) => ({ ...a, recordedAt: a.recordedAt.toISOString() }));
  return {
    year: cal.year,
    computed: cal.computed === true,
    source: { document: cal.source.document, ...(cal.source.note ? { note: cal.source.note } : {}) },
    daysOff: cal.holidays,
    makeUpWorkingDays: cal.makeUpWorkingDays,
    announcements,
  };
}

/**
 * calendar.announce (administrators): records the Government's announcement of a day off or a make-up working day.
 * Refused when it would change nothing; stored append-only with who and when; every deadline counts with it at once.
 */
export async function announceHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CalendarAnnouncement;
}): Promise<{ id: number }> {
  assertCalendarAnnouncementChanges(input, calendarForYear(Number(input.date.slice(0, 4))));
  const id = await ctx.db.transaction(async (tx) => {
    const inserted = await insertCalendarAnnouncement(tx, {
      ...input,
      recordedBy: ctx.user.id,
      recordedAt: ctx.now(),
    });
    await loadCalendarAnnouncements(tx);
    return inserted;
  });
  ctx.logger.info({ calendarAnnouncement: input, by: ctx.user.username }, 'calendar announcement recorded');
  return { id };
}
