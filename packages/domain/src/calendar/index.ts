// CONTRACT (owned by the calendar helper): keep these exported names and shapes; extend freely.
import type { LegalSource } from '../legal-source';

export interface HolidayYear {
  year: number;
  /** Days off (ISO dates) other than ordinary weekends, including days swapped to be off */
  holidays: { date: string; name: string }[];
  /** Saturdays/Sundays that are working days (make-up days) */
  makeUpWorkingDays: { date: string; name: string }[];
  source: LegalSource;
  /** true when computed (lunar Tết) rather than announced */
  computed?: boolean;
}

export declare const holidayCalendar: Readonly<Record<number, HolidayYear>>;
/** The year's calendar: official data where we have it, else a computed one that says so. */
export declare function calendarForYear(year: number): HolidayYear;
export declare function isWorkingDay(date: string): boolean;
/** The n-th working day after `from` (n ≥ 0; n = 0 returns `from` if it is a working day, else the next one). */
export declare function addWorkingDays(from: string, n: number): string;
/** Working days in (from, to]: 0 when to ≤ from. */
export declare function workingDaysBetween(from: string, to: string): number;
/** The lunar new year (Tết Nguyên Đán) in Vietnam time, ISO date. */
export declare function lunarNewYear(year: number): string;
