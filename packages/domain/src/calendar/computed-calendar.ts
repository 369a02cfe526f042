import type { HolidayEntry, HolidayYear } from './index';
import { applyCalendarAnnouncements, type CalendarAnnouncement } from './calendar-announcements';
import { CALENDAR_SOURCES } from './calendar-sources.data';
import { holidayCalendar } from './holidays.data';
import { assertYear, dayNumberOf, fromDayNumber, isWeekendDay, toDayNumber, weekdayOfDay } from './iso-date';
import { hungKingsDay, lunarDayLabel, lunarNewYear } from './lunar';

interface StatutoryDay {
  day: number;
  name: string;
}

/**
 * A year's calendar computed from the Labour Code, for years without an announcement:
 * the statutory days of Điều 112, Tết by the Vietnamese lunar calendar, nghỉ bù (Điều 111 khoản 3) for
 * statutory days on a weekend, and no swaps or make-up Saturdays (those exist only by announcement).
 */
export function computeHolidayYear(year: number): HolidayYear {
  assertYear(year);
  const statutory: StatutoryDay[] = [];
  statutory.push({ day: dayNumberOf(year, 1, 1), name: 'Tết Dương lịch' });

  // Tết Âm lịch, 5 days: 2 days before mùng 1 and mùng 1–3; when mùng 1 is a Tuesday, 1 day before and
  // mùng 1–4 (precedents: 2021, 2023, 2024, 2025 vs 2022, 2026).
  const tet = toDayNumber(lunarNewYear(year));
  const before = weekdayOfDay(tet) === 2 ? 1 : 2;
  for (let i = -before; i < 5 - before; i++) {
    statutory.push({ day: tet + i, name: `Tết Âm lịch (${lunarDayLabel(fromDayNumber(tet + i))})` });
  }

  statutory.push({ day: toDayNumber(hungKingsDay(year)), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  statutory.push({ day: dayNumberOf(year, 4, 30), name: 'Ngày Chiến thắng (30/4)' });
  statutory.push({ day: dayNumberOf(year, 5, 1), name: 'Ngày Quốc tế Lao động (01/5)' });

  // Quốc khánh: 2/9 and the adjacent day that joins a weekend (Tue/Wed/Fri/Sat → 1/9; Sun/Mon/Thu → 3/9),
  // following 2021 (Thu → 3/9), 2022 (Fri → 1/9), 2023 (Sat → 1/9), 2024 (Mon → 3/9), 2025 (Tue → 1/9), 2026 (Wed → 1/9).
  const nationalDay = dayNumberOf(year, 9, 2);
  const adjacent = [0, 1, 4].includes(weekdayOfDay(nationalDay)) ? nationalDay + 1 : nationalDay - 1;
  statutory.push({ day: adjacent, name: 'Quốc khánh (ngày liền kề 02/9)' });
  statutory.push({ day: nationalDay, name: 'Quốc khánh (02/9)' });

  // Ngày Văn hóa Việt Nam (24/11) is not counted: it becomes a day off only once Điều 112 is amended, and then by
  // an announcement the administrator records (CALENDAR_SOURCES.cultureDay).

  statutory.sort((a, b) => a.day - b.day);
  const off = new Set(statutory.map((s) => s.day));
  const holidays: HolidayEntry[] = [];
  for (const s of statutory) {
    if (!isWeekendDay(s.day)) {
      holidays.push({ date: fromDayNumber(s.day), name: s.name, kind: 'holiday' });
      continue;
    }
    // nghỉ bù: the next weekday that is not itself a day off (all statutory days are already in `off`)
    let d = s.day + 1;
    while (isWeekendDay(d) || off.has(d)) d++;
    off.add(d);
    holidays.push({
      date: fromDayNumber(d),
      name: `Nghỉ bù ${s.name} (trùng ngày nghỉ hằng tuần)`,
      kind: 'compensatory',
    });
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return { year, holidays, makeUpWorkingDays: [], source: { ...CALENDAR_SOURCES.computed }, computed: true };
}

const cache = new Map<number, HolidayYear>();
let announced: readonly CalendarAnnouncement[] = [];

/** The year's calendar as shipped: official data where we have it, else a computed one that says so. */
export function baseCalendarForYear(year: number): HolidayYear {
  assertYear(year);
  return holidayCalendar[year] ?? computeHolidayYear(year);
}

/**
 * The year's calendar in force: the shipped one with the recorded announcements applied
 * (installCalendarAnnouncements).
 */
export function calendarForYear(year: number): HolidayYear {
  assertYear(year);
  let cal = cache.get(year);
  if (!cal) {
    cal = applyCalendarAnnouncements(baseCalendarForYear(year), announced);
    cache.set(year, cal);
  }
  return cal;
}

/** Replaces the announcements every calendar computation uses; the caller also clears the working-day index. */
export function setCalendarAnnouncements(list: readonly CalendarAnnouncement[]): void {
  announced = [...list];
  cache.clear();
}

export function calendarAnnouncementsInUse(): readonly CalendarAnnouncement[] {
  return announced;
}
