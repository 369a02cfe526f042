// The Government announces each year's days off, swaps and make-up working days (and, once Điều 112 of the Labour
// Code changes, new holidays such as 24/11). The administrator records each announcement; from then on every
// deadline counts with it. The shipped calendar (holidays.data.ts) stays the base; announcements overlay it.
import { z } from 'zod';
import { DomainError } from '../errors';
import type { HolidayEntry, HolidayYear } from './index';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, isWeekendDay, toDayNumber } from './iso-date';

/** A weekday declared a day off, or a weekend day (or a day off) declared a working day. */
export type CalendarAnnouncementKind = 'day_off' | 'working_day';

export const CALENDAR_ANNOUNCEMENT_KIND_LABELS: Readonly<Record<CalendarAnnouncementKind, string>> = {
  day_off: 'Ngày nghỉ',
  working_day: 'Ngày làm việc (làm bù)',
};

export interface CalendarAnnouncement {
  /** ISO date */
  date: string;
  kind: CalendarAnnouncementKind;
  /** what the day is, e.g. "Ngày Văn hóa Việt Nam (24/11)" or "Làm bù cho thứ Sáu 02/01/2027" */
  name: string;
  /** the announcing document: number and date */
  sourceDocument: string;
  sourceDate?: string;
}

const isoDate = z.iso.date({ error: 'Ngày phải theo dạng yyyy-mm-dd.' });

/** An announcement as the administrator enters it, with Vietnamese messages. */
export const calendarAnnouncementSchema = z
  .object({
    date: isoDate,
    kind: z.enum(['day_off', 'working_day'], { error: 'Chọn loại: ngày nghỉ hoặc ngày làm việc.' }),
    name: z
      .string()
      .trim()
      .min(3, { error: 'Ghi rõ ngày đó là gì (ví dụ "Ngày Văn hóa Việt Nam (24/11)").' })
      .max(200, { error: 'Tên ngày quá dài (tối đa 200 ký tự).' }),
    sourceDocument: z
      .string()
      .trim()
      .min(3, { error: 'Ghi số hiệu văn bản thông báo (ví dụ "Thông báo 6150/TB-LĐTBXH").' })
      .max(200, { error: 'Số hiệu văn bản quá dài (tối đa 200 ký tự).' }),
    sourceDate: isoDate.optional(),
  })
  .superRefine((a, ctx) => {
    const year = Number(a.date.slice(0, 4));
    if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `Lịch chỉ tính từ năm ${MIN_CALENDAR_YEAR} đến năm ${MAX_CALENDAR_YEAR}.`,
      });
  });

/** Why an announcement changes nothing, or null when it does change the calendar. */
export function calendarAnnouncementProblem(a: CalendarAnnouncement, base: HolidayYear): string | null {
  const weekend = isWeekendDay(toDayNumber(a.date));
  const offInBase = base.holidays.some((h) => h.date === a.date);
  const madeUpInBase = base.makeUpWorkingDays.some((h) => h.date === a.date);
  if (a.kind === 'day_off' && ((weekend && !madeUpInBase) || offInBase))
    return 'Ngày này đã là ngày nghỉ trong lịch.';
  if (a.kind === 'working_day' && !weekend && !offInBase) return 'Ngày này đã là ngày làm việc trong lịch.';
  return null;
}

/** Throws BAD_INPUT when the announcement would change nothing in the year's calendar. */
export function assertCalendarAnnouncementChanges(a: CalendarAnnouncement, base: HolidayYear): void {
  const problem = calendarAnnouncementProblem(a, base);
  if (problem) throw new DomainError('BAD_INPUT', problem, { date: a.date, kind: a.kind });
}

/**
 * The year's calendar with the announcements of that year applied: a day off is added to the days off (and leaves
 * the make-up days), a working day leaves the days off (and a weekend one joins the make-up days). The latest
 * announcement for a date wins; the announcing document becomes that day's source.
 */
export function applyCalendarAnnouncements(
  base: HolidayYear,
  announcements: readonly CalendarAnnouncement[],
): HolidayYear {
  const ofYear = new Map<string, CalendarAnnouncement>();
  for (const a of announcements) if (Number(a.date.slice(0, 4)) === base.year) ofYear.set(a.date, a);
  if (ofYear.size === 0) return base;
  const entry = (a: CalendarAnnouncement): HolidayEntry => ({
    date: a.date,
    name: a.name,
    kind: 'holiday',
    source: { document: a.sourceDocument, ...(a.sourceDate ? { date: a.sourceDate } : {}), confidence: 'H' },
  });
  const byDate = (x: HolidayEntry, y: HolidayEntry) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0);
  const holidays = base.holidays.filter((h) => !ofYear.has(h.date));
  const makeUp = base.makeUpWorkingDays.filter((h) => !ofYear.has(h.date));
  for (const a of ofYear.values()) {
    if (a.kind === 'day_off') holidays.push(entry(a));
    else if (isWeekendDay(toDayNumber(a.date))) {
      const { kind: _off, ...workingDay } = entry(a);
      makeUp.push(workingDay);
    }
  }
  return { ...base, holidays: holidays.sort(byDate), makeUpWorkingDays: makeUp.sort(byDate) };
}
