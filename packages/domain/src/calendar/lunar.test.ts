import { describe, expect, it } from 'vitest';
import { hungKingsDay, lunarNewYear } from './index';

describe('lunarNewYear (Vietnam time, UTC+7)', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    // The new moon is at 23:09 on 02/02/2030 in UTC+7 (00:09 on 03/02 in UTC+8): Vietnam's Tết Canh Tuất is
    // 02/02/2030, a day before China's Spring Festival (03/02/2030).
    [2030, '2030-02-02'],
    // 2007: another year where Vietnam (17/02) and China (18/02) differ.
    [2007, '2007-02-17'],
  ])('%i → %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
  });
  it('rejects a year outside the calendar', () => {
    expect(() => lunarNewYear(1800)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    // 2031 has a leap third month: the holiday is in the ordinary third month
    [2031, '2031-04-01'],
  ])('%i → %s', (year, expected) => {
    expect(hungKingsDay(year)).toBe(expected);
  });
});
