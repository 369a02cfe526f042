import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, calendarForYear, isWorkingDay, workingDaysBetween } from './index';
import { DomainError } from '../errors';

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-13', true, 'thứ Sáu trước Tết Bính Ngọ'],
    ['2026-02-16', false, 'Tết Bính Ngọ (29 tháng Chạp)'],
    ['2026-02-17', false, 'mùng 1 Tết Bính Ngọ'],
    ['2026-02-20', false, 'mùng 4 Tết Bính Ngọ'],
    ['2026-02-23', true, 'ngày đi làm lại sau Tết 2026'],
    ['2026-01-02', false, 'thứ Sáu 02/01/2026 hoán đổi'],
    ['2026-01-10', true, 'thứ Bảy làm bù 10/01/2026'],
    ['2026-04-27', false, 'nghỉ bù Giỗ Tổ 2026 (26/4 là Chủ nhật)'],
    ['2026-04-28', true, 'thứ Ba giữa Giỗ Tổ và 30/4'],
    ['2026-04-30', false, '30/4/2026'],
    ['2026-05-01', false, '01/5/2026'],
    ['2026-08-22', true, 'thứ Bảy làm bù 22/8/2026'],
    ['2026-08-31', false, 'thứ Hai 31/8/2026 hoán đổi'],
    ['2026-09-01', false, 'Quốc khánh 2026 (ngày liền kề)'],
    ['2026-09-02', false, 'Quốc khánh 2026'],
    ['2026-09-03', true, 'sau Quốc khánh 2026'],
    ['2026-03-07', false, 'thứ Bảy thường'],
    ['2026-03-08', false, 'Chủ nhật thường'],
    ['2026-03-09', true, 'thứ Hai thường'],
    ['2025-01-24', true, 'thứ Sáu trước Tết Ất Tỵ'],
    ['2025-01-27', false, 'Tết Ất Tỵ'],
    ['2025-01-31', false, 'Tết Ất Tỵ (mùng 3)'],
    ['2025-02-03', true, 'đi làm lại sau Tết Ất Tỵ'],
    ['2025-04-07', false, 'Giỗ Tổ 2025'],
    ['2025-04-26', true, 'thứ Bảy làm bù 26/4/2025'],
    ['2025-05-02', false, 'thứ Sáu 02/5/2025 hoán đổi'],
    ['2025-09-01', false, 'Quốc khánh 2025 (ngày liền kề)'],
    ['2025-09-02', false, 'Quốc khánh 2025'],
    ['2024-05-04', true, 'thứ Bảy làm bù 04/5/2024'],
    ['2024-04-29', false, 'thứ Hai 29/4/2024 hoán đổi'],
    ['2027-02-09', false, 'nghỉ bù Tết 2027 (dự kiến)'],
    ['2027-02-11', true, 'đi làm lại sau Tết 2027 (dự kiến)'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-13', 1, '2026-02-23', 'qua kỳ nghỉ Tết Bính Ngọ 14/02–22/02'],
    ['2026-02-13', 0, '2026-02-13', 'n = 0 trên ngày làm việc'],
    ['2026-02-14', 0, '2026-02-23', 'n = 0 trên ngày nghỉ: ngày làm việc kế tiếp'],
    ['2026-02-12', 2, '2026-02-23', ''],
    ['2025-04-29', 1, '2025-05-05', 'qua 30/4–04/5/2025'],
    ['2025-04-25', 1, '2025-04-26', 'thứ Bảy làm bù 26/4/2025 là ngày làm việc'],
    ['2026-01-09', 1, '2026-01-10', 'thứ Bảy làm bù 10/01/2026'],
    ['2026-08-21', 1, '2026-08-22', 'thứ Bảy làm bù 22/8/2026'],
    ['2026-08-28', 1, '2026-09-03', 'qua Quốc khánh 29/8–02/9/2026'],
    ['2025-08-29', 1, '2025-09-03', 'qua Quốc khánh 30/8–02/9/2025'],
    ['2026-04-24', 1, '2026-04-28', 'qua nghỉ bù Giỗ Tổ 27/4/2026'],
    ['2025-12-31', 1, '2026-01-05', 'qua năm mới 2026 (01–04/01 nghỉ)'],
    ['2026-12-30', 2, '2027-01-04', 'qua năm mới 2027'],
    ['2026-02-02', 15, '2026-03-02', '15 ngày làm việc có Tết (5 ngày nghỉ)'],
  ])('addWorkingDays(%s, %i) = %s %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-02-13', '2026-02-23', 1],
    ['2026-02-23', '2026-02-13', 0],
    ['2026-02-13', '2026-02-13', 0],
    ['2026-02-13', '2026-02-20', 0],
    ['2026-01-01', '2026-01-31', 21], // 22 weekdays − 01/01, 02/01 + thứ Bảy 10/01
    ['2025-12-31', '2026-12-31', 250], // 261 weekdays − 13 days off + 2 make-up Saturdays (24/11 is worked)
    ['2024-12-31', '2025-12-31', 250], // 261 weekdays − 12 days off + 1 make-up Saturday
    ['2025-12-31', '2027-01-04', 251],
  ])('(%s, %s] = %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });
});

describe('input validation', () => {
  it.each([
    '2026-02-30',
    '2026-2-3',
    '',
    '2026-13-01',
    'abc',
    '2026-02-13T00:00:00Z',
    '1999-12-31',
    '20260213',
  ])('rejects the date %j with BAD_INPUT', (bad) => {
    expect(() => isWorkingDay(bad)).toThrow(DomainError);
    expect(() => addWorkingDays(bad, 1)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => workingDaysBetween(bad, '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the count %s', (n) => {
    expect(() => addWorkingDays('2026-01-05', n)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
  it('rejects a year outside the calendar', () => {
    expect(() => calendarForYear(1999)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => calendarForYear(2026.5)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});

// ---- properties over 2024-01-01 … 2032-12-31 ------------------------------------------------------------
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1) / DAY;
const END = Date.UTC(2032, 11, 31) / DAY;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const dateArb = fc.integer({ min: START, max: END }).map(iso);

/** Independent reference: the year's lists, read directly (no bitmap). */
function referenceIsWorkingDay(date: string): boolean {
  const cal = calendarForYear(Number(date.slice(0, 4)));
  if (cal.makeUpWorkingDays.some((d) => d.date === date)) return true;
  if (cal.holidays.some((d) => d.date === date)) return false;
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}
function referenceAdd(from: string, n: number): string {
  let d = Date.parse(`${from}T00:00:00Z`) / DAY;
  let left = n;
  while (left > 0) {
    d += 1;
    if (referenceIsWorkingDay(iso(d))) left -= 1;
  }
  return iso(d);
}

describe('working-day properties (2024–2032)', () => {
  it('addWorkingDays(d, n ≥ 1) is never a weekend unless a make-up day, and never a holiday', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const r = addWorkingDays(d, n);
        const cal = calendarForYear(Number(r.slice(0, 4)));
        expect(cal.holidays.some((h) => h.date === r)).toBe(false);
        const wd = new Date(`${r}T00:00:00Z`).getUTCDay();
        if (wd === 0 || wd === 6) expect(cal.makeUpWorkingDays.some((h) => h.date === r)).toBe(true);
        expect(r > d).toBe(true);
      }),
    );
  });
  it('agrees with a day-by-day reference count', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 120 }), (d, n) => {
        const expected = n === 0 ? (referenceIsWorkingDay(d) ? d : referenceAdd(d, 1)) : referenceAdd(d, n);
        expect(addWorkingDays(d, n)).toBe(expected);
        expect(isWorkingDay(d)).toBe(referenceIsWorkingDay(d));
      }),
      { numRuns: 200 },
    );
  });
  it('addWorkingDays(addWorkingDays(d, m), n) = addWorkingDays(d, m + n) for m, n ≥ 1', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (d, m, n) => {
        expect(addWorkingDays(addWorkingDays(d, m), n)).toBe(addWorkingDays(d, m + n));
      }),
    );
  });
  it('workingDaysBetween(d, addWorkingDays(d, n)) = n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (d, n) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
      }),
    );
  });
  it('workingDaysBetween is additive: (a, c] = (a, b] + (b, c] for a ≤ b ≤ c', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort() as [string, string, string];
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
      }),
    );
  });
});
