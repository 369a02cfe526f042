import { DomainError } from '../errors';

/**
 * ISO calendar dates (YYYY-MM-DD) as day numbers (days since 1970-01-01), in pure UTC arithmetic:
 * nothing here depends on the machine's time zone.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years the calendar serves (the lunar conversion is valid far beyond; the law since 2021 is BLLĐ 2019). */
export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2199;

export function badDate(value: unknown): DomainError {
  return new DomainError('BAD_INPUT', `Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${String(value)}`, { value });
}

/** Parse a strict ISO date into its day number; throws DomainError('BAD_INPUT'). */
export function toDayNumber(date: string): number {
  if (typeof date !== 'string') throw badDate(date);
  const m = ISO_DATE.exec(date);
  if (!m) throw badDate(date);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw badDate(date);
  if (y < MIN_CALENDAR_YEAR || y > MAX_CALENDAR_YEAR) {
    throw new DomainError(
      'BAD_INPUT',
      `Ngày nằm ngoài phạm vi lịch làm việc (${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}): ${date}`,
      {
        value: date,
      },
    );
  }
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (4)
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekendDay(day: number): boolean {
  const w = weekdayOfDay(day);
  return w === 0 || w === 6;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addCalendarDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw new DomainError(
      'BAD_INPUT',
      `Năm không hợp lệ hoặc ngoài phạm vi lịch (${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}): ${String(year)}`,
      {
        value: year,
      },
    );
  }
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
