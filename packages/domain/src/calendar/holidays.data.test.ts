import { describe, expect, it } from 'vitest';
import { must } from '../must';
import { calendarForYear, computeHolidayYear, holidayCalendar, isWorkingDay } from './index';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('holiday data', () => {
  it('covers 2025, 2026 and 2027', () => {
    for (const y of [2025, 2026, 2027]) expect(holidayCalendar[y]?.year).toBe(y);
  });

  describe.each(Object.values(holidayCalendar))('year $year', (cal) => {
    it('has a source with a document and a confidence', () => {
      expect(cal.source.document.length).toBeGreaterThan(10);
      expect(['H', 'M', 'L']).toContain(cal.source.confidence);
    });
    it('lists days off on weekdays of that year, sorted and without duplicates', () => {
      const dates = cal.holidays.map((h) => h.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const h of cal.holidays) {
        expect(h.date.startsWith(String(cal.year))).toBe(true);
        expect([1, 2, 3, 4, 5]).toContain(weekday(h.date));
        expect(h.name).toMatch(/[ăâđêôơưáàảãạ]/i);
      }
    });
    it('has make-up days only on weekends, one per swapped weekday', () => {
      for (const m of cal.makeUpWorkingDays) expect([0, 6]).toContain(weekday(m.date));
      expect(cal.makeUpWorkingDays.length).toBe(cal.holidays.filter((h) => h.kind === 'swapped').length);
    });
    it('has the 11 statutory days of Điều 112 accounted for, and not 24/11 (Điều 112 not amended yet)', () => {
      const nonSwapped = cal.holidays.filter((h) => h.kind !== 'swapped').length;
      expect(nonSwapped).toBe(11);
      expect(cal.holidays.map((h) => h.date)).not.toContain(`${cal.year}-11-24`);
    });
  });

  it.each([2024, 2025, 2026])(
    'the computed rule reproduces the announced statutory days of %i (all but the swaps)',
    (year) => {
      const announced = must(holidayCalendar[year], `announced ${year}`)
        .holidays.filter((h) => h.kind !== 'swapped')
        .map((h) => h.date);
      expect(computeHolidayYear(year).holidays.map((h) => h.date)).toEqual(announced);
    },
  );

  it('the 2027 projection is exactly the computed rule and says it is not announced', () => {
    const cal = must(holidayCalendar[2027], 'the 2027 projection');
    expect(cal.computed).toBe(true);
    expect(cal.holidays.map((h) => h.date)).toEqual(computeHolidayYear(2027).holidays.map((h) => h.date));
    expect(cal.source.note).toMatch(/chưa có thông báo chính thức/);
  });
});

describe('computed years', () => {
  it('marks a year without data as computed, with a source note saying so', () => {
    const cal = calendarForYear(2030);
    expect(cal.computed).toBe(true);
    expect(cal.source.document).toMatch(/Tính toán/);
    expect(cal.makeUpWorkingDays).toEqual([]);
  });
  it('lays out Tết 2030 (mùng 1 thứ Bảy 02/02) with nghỉ bù', () => {
    // 31/01 Thu, 01/02 Fri, 02–03/02 weekend (mùng 1, 2), 04/02 Mon (mùng 3), nghỉ bù 05/02, 06/02
    for (const d of ['2030-01-31', '2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06'])
      expect(isWorkingDay(d)).toBe(false);
    expect(isWorkingDay('2030-01-30')).toBe(true);
    expect(isWorkingDay('2030-02-07')).toBe(true);
  });
  it('gives a compensating day for a statutory day on a weekend', () => {
    // 2028: 30/4 is a Sunday → nghỉ bù Tuesday 02/5 (01/5 Monday is itself a holiday)
    expect(isWorkingDay('2028-05-01')).toBe(false);
    expect(isWorkingDay('2028-05-02')).toBe(false);
    expect(isWorkingDay('2028-05-03')).toBe(true);
  });
  it('has the 11 statutory days every computed year, all on distinct weekdays, and 24/11 a working day', () => {
    for (let y = 2028; y <= 2040; y++) {
      const cal = calendarForYear(y);
      expect(cal.holidays).toHaveLength(11);
      expect(new Set(cal.holidays.map((h) => h.date)).size).toBe(11);
      if (![0, 6].includes(weekday(`${y}-11-24`))) expect(isWorkingDay(`${y}-11-24`)).toBe(true);
      for (const h of cal.holidays) expect([1, 2, 3, 4, 5]).toContain(weekday(h.date));
    }
  });
});
