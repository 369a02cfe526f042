import type { LegalSource } from '@skhcn/domain';
import { vietnamLocalTime } from '@skhcn/domain';

/**
 * How the date of an administrative document is written: "ngày … tháng … năm …", with a leading zero for days
 * below 10 and for months 1 and 2 only (so "ngày 05 tháng 02 năm 2026" but "ngày 05 tháng 3 năm 2026").
 */
export const DOCUMENT_DATE_RULE = {
  zeroPadDayBelow: 10,
  zeroPadMonths: [1, 2] as readonly number[],
  source: {
    document: 'Nghị định 30/2020/NĐ-CP',
    article: 'Phụ lục I, Mục II khoản 5 điểm b (địa danh và thời gian ban hành văn bản)',
    date: '2020-03-05',
    confidence: 'H',
  } satisfies LegalSource,
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-03-05" → "05/03/2026". */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "2026-03-05" → "ngày 05 tháng 3 năm 2026" (Nghị định 30/2020/NĐ-CP). */
export function formatLongDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  const d = day < DOCUMENT_DATE_RULE.zeroPadDayBelow ? pad2(day) : String(day);
  const m = DOCUMENT_DATE_RULE.zeroPadMonths.includes(month) ? pad2(month) : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}

/** The place and date line of the heading: "Hải Phòng, ngày 05 tháng 3 năm 2026". */
export function placeAndDate(place: string, isoDate: string): string {
  return `${place}, ${formatLongDate(isoDate)}`;
}

/** A timestamp with offset, read in Vietnam time: { date: ISO date, hour, minute }. */
export function localDateTime(timestamp: string): { date: string; hour: number; minute: number } {
  const { date, msOfDay } = vietnamLocalTime(timestamp);
  const minutes = Math.floor(msOfDay / 60_000);
  return { date, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

/** "2026-03-02T16:10:00+07:00" → "16 giờ 10 phút, ngày 02/03/2026". */
export function formatDateTime(timestamp: string): string {
  const { date, hour, minute } = localDateTime(timestamp);
  return `${pad2(hour)} giờ ${pad2(minute)} phút, ngày ${formatDate(date)}`;
}

/** "2026-03-02T16:10:00+07:00" → "16:10 02/03/2026" (compact, for tables). */
export function formatShortDateTime(timestamp: string): string {
  const { date, hour, minute } = localDateTime(timestamp);
  return `${pad2(hour)}:${pad2(minute)} ${formatDate(date)}`;
}
