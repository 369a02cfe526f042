import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateTime, formatLongDate, placeAndDate } from './vietnamese-date';

describe('formatDate (dd/MM/yyyy)', () => {
  it.each([
    ['2026-03-05', '05/03/2026'],
    ['2026-12-31', '31/12/2026'],
    ['2025-01-01', '01/01/2025'],
  ])('%s → %s', (iso, expected) => expect(formatDate(iso)).toBe(expected));

  it('is the ISO date read backwards, for every date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(formatDate(iso).split('/').reverse().join('-')).toBe(iso);
        },
      ),
    );
  });
});

describe('formatLongDate (Nghị định 30/2020: zero before days < 10 and months 1, 2)', () => {
  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-02-14', 'ngày 14 tháng 02 năm 2026'],
    ['2026-01-09', 'ngày 09 tháng 01 năm 2026'],
    ['2026-12-25', 'ngày 25 tháng 12 năm 2026'],
    ['2026-10-10', 'ngày 10 tháng 10 năm 2026'],
  ])('%s → %s', (iso, expected) => expect(formatLongDate(iso)).toBe(expected));

  it('writes the place first', () => {
    expect(placeAndDate('Hải Phòng', '2026-03-05')).toBe('Hải Phòng, ngày 05 tháng 3 năm 2026');
  });
});

describe('formatDateTime (Vietnam time, UTC+7)', () => {
  it.each([
    ['2026-03-02T16:10:00+07:00', '16 giờ 10 phút, ngày 02/03/2026'],
    ['2026-03-02T09:10:00Z', '16 giờ 10 phút, ngày 02/03/2026'],
    ['2026-03-02T17:30:00Z', '00 giờ 30 phút, ngày 03/03/2026'],
    ['2026-03-02T07:05:00+07:00', '07 giờ 05 phút, ngày 02/03/2026'],
  ])('%s → %s', (ts, expected) => expect(formatDateTime(ts)).toBe(expected));
});
