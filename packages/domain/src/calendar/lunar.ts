import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import { assertYear, isoDate } from './iso-date';

/**
 * Vietnamese lunar calendar via @dqcai/vn-lunar, an implementation of Hồ Ngọc Đức's algorithm for the
 * Vietnamese calendar (meridian 105°E, UTC+7). Vietnam time matters: the new moon of 2030 falls at 23:09 on
 * 02/02 in UTC+7 but 00:09 on 03/02 in UTC+8, so Tết 2030 is 2030-02-02 in Vietnam (03/02 in China);
 * likewise 1985 and 2007 differ from the Chinese calendar.
 */
export function lunarToSolar(day: number, month: number, year: number, leapMonth = false): string {
  const s = getSolarDate(day, month, year, leapMonth);
  return isoDate(s.year, s.month, s.day);
}

/** Mùng 1 tháng Giêng of the lunar year that begins in `year` (ISO date, Vietnam time). */
export function lunarNewYear(year: number): string {
  assertYear(year);
  return lunarToSolar(1, 1, year);
}

/** Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch (the ordinary, non-leap third month). */
export function hungKingsDay(year: number): string {
  assertYear(year);
  return lunarToSolar(10, 3, year, false);
}

/** A short Vietnamese label of the lunar day around Tết, e.g. "mùng 2" or "29 tháng Chạp". */
export function lunarDayLabel(isoSolarDate: string): string {
  const [y, m, d] = isoSolarDate.split('-').map(Number) as [number, number, number];
  const l = getLunarDate(d, m, y);
  if (l.month === 1 && l.day <= 10) return `mùng ${l.day}`;
  if (l.month === 12) return `${l.day} tháng Chạp`;
  return `${l.day}/${l.month} âm lịch`;
}
