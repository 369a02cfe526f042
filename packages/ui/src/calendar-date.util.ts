import { CalendarDate } from '@internationalized/date';

/** The fields speak ISO strings: a day is 'YYYY-MM-DD', a month 'YYYY-MM', and '' is empty or incomplete. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** '2026-11-10' → CalendarDate; null for '', a malformed string or a day that does not exist (2026-02-30). */
export function isoToCalendarDate(iso: string | null | undefined): CalendarDate | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const date = new CalendarDate(year, month, day);
  return day > date.calendar.getDaysInMonth(date) ? null : date;
}

export function calendarDateToIso(date: { year: number; month: number; day: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export interface YearMonth {
  year: number;
  month: number;
}

/** '2026-11' → { year: 2026, month: 11 }; null for '' or a malformed month. */
export function parseIsoMonth(iso: string | null | undefined): YearMonth | null {
  const m = iso ? ISO_MONTH.exec(iso) : null;
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return year >= 1 && month >= 1 && month <= 12 ? { year, month } : null;
}

export function yearMonthToIso({ year, month }: YearMonth): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** 'YYYY-MM' → 'mm/yyyy', the way a month is typed and shown. */
export function formatTypedMonth({ year, month }: YearMonth): string {
  return `${pad(month)}/${pad(year, 4)}`;
}

/**
 * What was typed in a month field: 'mm/yyyy' (also '11-2026', '11.2026', '1/2026', '11 2026').
 * Returns the month, 'empty' for blank text, 'incomplete' while it can still become a month
 * ('1', '11/', '11/20'), and 'invalid' when it cannot (month 13, letters).
 */
export function parseTypedMonth(text: string): YearMonth | 'empty' | 'incomplete' | 'invalid' {
  const t = text.trim();
  if (t === '') return 'empty';
  const full = /^(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(t);
  if (full) {
    const month = Number(full[1]);
    const year = Number(full[2]);
    return month >= 1 && month <= 12 && year >= 1 ? { year, month } : 'invalid';
  }
  const partial = /^(\d{1,2})(?:\s*[/.\-\s]\s*(\d{0,3}))?$/.exec(t);
  if (partial) {
    const month = Number(partial[1]);
    return month <= 12 ? 'incomplete' : 'invalid';
  }
  return 'invalid';
}
