import { DomainError } from '../errors';
import type { CalendarAnnouncement } from './calendar-announcements';
import { calendarForYear, setCalendarAnnouncements } from './computed-calendar';
import {
  MAX_CALENDAR_YEAR,
  dayNumberOf,
  fromDayNumber,
  isWeekendDay,
  toDayNumber,
  yearOfDay,
} from './iso-date';

/**
 * Working days for state bodies: Monday–Friday, minus the year's days off, plus its make-up Saturdays.
 * Each year is precomputed once into a bitmap and prefix sums, so every query is O(1) per year spanned
 * (plus a binary search), never a scan of the holiday list.
 */
interface YearIndex {
  /** day number of 1 January */
  start: number;
  /** 1 when the day (offset from start) is a working day */
  working: Uint8Array;
  /** prefix[i] = working days among the first i days of the year */
  prefix: Int32Array;
  total: number;
}

const indexCache = new Map<number, YearIndex>();

/**
 * Makes every deadline from now on count with these announcements (the administrator's records of the
 * Government's days off and make-up days). The server installs them at start and after each change.
 */
export function installCalendarAnnouncements(list: readonly CalendarAnnouncement[]): void {
  setCalendarAnnouncements(list);
  indexCache.clear();
}

function yearIndex(year: number): YearIndex {
  const cached = indexCache.get(year);
  if (cached) return cached;
  const cal = calendarForYear(year); // validates the year
  const start = dayNumberOf(year, 1, 1);
  const length = dayNumberOf(year + 1, 1, 1) - start;
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekendDay(start + i) ? 0 : 1;
  for (const d of cal.holidays) working[toDayNumber(d.date) - start] = 0;
  for (const d of cal.makeUpWorkingDays) working[toDayNumber(d.date) - start] = 1;
  const prefix = new Int32Array(length + 1);
  let total = 0;
  working.forEach((w, i) => {
    total += w;
    prefix[i + 1] = total;
  });
  const index: YearIndex = { start, working, prefix, total };
  indexCache.set(year, index);
  return index;
}

/** Working days of the index's year up to and including its i-th day (i = 0: none); i is within the year. */
function workingDaysUpTo(idx: YearIndex, i: number): number {
  const rank = idx.prefix[i + 1];
  if (rank === undefined) throw new RangeError(`Day ${i} is outside the year starting at day ${idx.start}`);
  return rank;
}

function isWorkingDayNumber(day: number): boolean {
  const idx = yearIndex(yearOfDay(day));
  return idx.working[day - idx.start] === 1;
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError('BAD_INPUT', `Số ngày làm việc phải là số nguyên không âm: ${String(n)}`, {
      value: n,
    });
  }
}

function outOfRange(): DomainError {
  return new DomainError(
    'BAD_INPUT',
    `Kết quả vượt quá phạm vi lịch làm việc (đến năm ${MAX_CALENDAR_YEAR}).`,
  );
}

/** The day number reached by counting n ≥ 1 working days after `from` (a day number). */
function addWorkingDayNumbers(from: number, n: number): number {
  let year = yearOfDay(from);
  let idx = yearIndex(year);
  // working days of `year` up to and including `from`, plus n: the rank we look for
  let need = workingDaysUpTo(idx, from - idx.start) + n;
  while (need > idx.total) {
    need -= idx.total;
    year += 1;
    if (year > MAX_CALENDAR_YEAR) throw outOfRange();
    idx = yearIndex(year);
  }
  // smallest i with prefix[i + 1] >= need
  let lo = 0;
  let hi = idx.working.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (workingDaysUpTo(idx, mid) >= need) hi = mid;
    else lo = mid + 1;
  }
  return idx.start + lo;
}

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/** The n-th working day after `from` (n ≥ 0; n = 0 returns `from` if it is a working day, else the next one). */
export function addWorkingDays(from: string, n: number): string {
  const day = toDayNumber(from);
  assertCount(n);
  if (n === 0) return isWorkingDayNumber(day) ? from : fromDayNumber(addWorkingDayNumbers(day, 1));
  return fromDayNumber(addWorkingDayNumbers(day, n));
}

/** `date` if it is a working day, else the next working day (Bộ luật Dân sự 2015 Điều 148 khoản 5 for deadlines). */
export function nextWorkingDayOnOrAfter(date: string): string {
  return addWorkingDays(date, 0);
}

/** Working days in (from, to]: 0 when to ≤ from. */
export function workingDaysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b <= a) return 0;
  const ya = yearOfDay(a);
  const yb = yearOfDay(b);
  const A = yearIndex(ya);
  const upToA = workingDaysUpTo(A, a - A.start);
  if (ya === yb) return workingDaysUpTo(A, b - A.start) - upToA;
  let total = A.total - upToA;
  for (let y = ya + 1; y < yb; y++) total += yearIndex(y).total;
  const B = yearIndex(yb);
  return total + workingDaysUpTo(B, b - B.start);
}
