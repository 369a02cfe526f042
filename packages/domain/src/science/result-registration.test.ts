import { describe, expect, it } from 'vitest';
import {
  assertResultRegistrationOnTime,
  formatCertificateNumber,
  latestResultRegistrationDate,
  parseCertificateNumber,
  RESULT_REGISTRATION_WINDOW,
} from './index';

describe('the 30-day registration window (TT 14/2014, confidence M)', () => {
  it('is data with its source', () => {
    expect(RESULT_REGISTRATION_WINDOW.days).toBe(30);
    expect(RESULT_REGISTRATION_WINDOW.source.document).toBe('Thông tư 14/2014/TT-BKHCN');
    expect(RESULT_REGISTRATION_WINDOW.source.confidence).toBe('M');
  });

  it.each([
    ['2026-03-02', '2026-04-01', 'a working day 30 days later'],
    ['2026-03-16', '2026-04-15', 'across a month end'],
    ['2026-01-01', '2026-02-02', '31/01/2026 is a Saturday: the next working day'],
    ['2026-03-28', '2026-04-28', '27/04/2026 is the day off for Hùng Kings’ day (26/04, a Sunday)'],
  ])('accepted %s → file by %s (%s)', (acceptedOn, latest) => {
    expect(latestResultRegistrationDate(acceptedOn)).toBe(latest);
  });

  it('accepts a filing on the last day and refuses one the day after, with the legal reason', () => {
    expect(() => assertResultRegistrationOnTime('2026-03-02', '2026-04-01')).not.toThrow();
    expect(() => assertResultRegistrationOnTime('2026-03-02', '2026-03-02')).not.toThrow();
    try {
      assertResultRegistrationOnTime('2026-03-02', '2026-04-02');
      throw new Error('expected a refusal');
    } catch (e) {
      const err = e as { code: string; message: string; details: Record<string, unknown> };
      expect(err.code).toBe('INVALID_TRANSITION');
      expect(err.details.reason).toBe('REGISTRATION_WINDOW_CLOSED');
      expect(err.message).toContain('30 ngày kể từ ngày nghiệm thu chính thức 02/03/2026');
      expect(err.message).toContain('đến hết ngày 01/04/2026');
      expect(err.message).toContain('Thông tư 14/2014/TT-BKHCN');
    }
    expect(() => assertResultRegistrationOnTime('2026-03-02', '2026-03-01')).toThrow(/trước ngày nghiệm thu/);
  });
});

describe('certificate numbers', () => {
  it('formats and parses <seq>/<year>/ĐKKQ-<unit>', () => {
    expect(formatCertificateNumber({ seq: 3, year: 2026, unit: 'SKHCN' })).toBe('3/2026/ĐKKQ-SKHCN');
    expect(parseCertificateNumber(' 3 / 2026 / đkkq-skhcn ')).toEqual({ seq: 3, year: 2026, unit: 'SKHCN' });
    expect(() => parseCertificateNumber('03/2026/ĐKKQ-SKHCN')).toThrow(/phải có dạng/);
    expect(() => formatCertificateNumber({ seq: 0, year: 2026, unit: 'SKHCN' })).toThrow();
  });
});
