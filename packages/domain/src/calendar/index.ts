// The working-day calendar: weekends, public holidays and make-up working days, per year, with sources.
import type { LegalSource } from '../legal-source';

/** Why a weekday is off: a statutory holiday, a compensating day (nghỉ bù) or a swapped day (hoán đổi). */
export type HolidayKind = 'holiday' | 'compensatory' | 'swapped';

export interface HolidayEntry {
  /** ISO date */
  date: string;
  /** Vietnamese label shown to users */
  name: string;
  kind?: HolidayKind;
  /** Where this particular day comes from, when it differs from the year's source */
  source?: LegalSource;
}

export interface HolidayYear {
  year: number;
  /** Days off (ISO dates) other than ordinary weekends, including days swapped to be off */
  holidays: HolidayEntry[];
  /** Saturdays/Sundays that are working days (make-up days) */
  makeUpWorkingDays: HolidayEntry[];
  source: LegalSource;
  /** true when computed (lunar Tết) rather than announced */
  computed?: boolean;
}

export { holidayCalendar } from './holidays.data';
/** The year's calendar: official data where we have it, else a computed one that says so. */
export {
  baseCalendarForYear,
  calendarAnnouncementsInUse,
  calendarForYear,
  computeHolidayYear,
} from './computed-calendar';
export {
  applyCalendarAnnouncements,
  assertCalendarAnnouncementChanges,
  calendarAnnouncementProblem,
  calendarAnnouncementSchema,
  CALENDAR_ANNOUNCEMENT_KIND_LABELS,
  type CalendarAnnouncement,
  type CalendarAnnouncementKind,
} from './calendar-announcements';
export {
  isWorkingDay,
  /** The n-th working day after `from` (n ≥ 0; n = 0 returns `from` if it is a working day, else the next one). */
  addWorkingDays,
  /** Working days in (from, to]: 0 when to ≤ from. */
  workingDaysBetween,
  nextWorkingDayOnOrAfter,
  installCalendarAnnouncements,
} from './working-days';
/** The lunar new year (Tết Nguyên Đán) in Vietnam time, ISO date. */
export { lunarNewYear, hungKingsDay, lunarToSolar } from './lunar';
export { addCalendarDays, calendarDaysBetween, MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR } from './iso-date';
export { CALENDAR_SOURCES } from './calendar-sources.data';
