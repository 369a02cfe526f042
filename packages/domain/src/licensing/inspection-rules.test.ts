import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertCorrectionResolution, assertInspectionRecord, correctionStatusOn } from './inspection-rules';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('inspection corrections', () => {
  it.each([
    [{ deadline: '2026-09-30', resolvedOn: null }, '2026-09-30', 'open'],
    [{ deadline: '2026-09-30', resolvedOn: null }, '2026-10-01', 'overdue'],
    [{ deadline: '2026-09-30', resolvedOn: '2026-10-05' }, '2026-10-06', 'resolved'],
  ] as const)('%o on %s is %s', (c, today, status) => {
    expect(correctionStatusOn(c, today)).toBe(status);
  });

  it('an inspection is not recorded in the future, and a correction is due after the inspection', () => {
    expect(() =>
      assertInspectionRecord(
        { inspectedOn: '2026-11-20', corrections: [{ description: 'x', deadline: '2026-12-20' }] },
        '2026-11-23',
      ),
    ).not.toThrow();
    expect(
      errorOf(() => assertInspectionRecord({ inspectedOn: '2026-11-24', corrections: [] }, '2026-11-23'))
        .message,
    ).toBe('Ngày kiểm tra (24/11/2026) không được sau ngày hôm nay (23/11/2026).');
    const bad = errorOf(() =>
      assertInspectionRecord(
        {
          inspectedOn: '2026-11-20',
          corrections: [
            { description: 'a', deadline: '2026-12-01' },
            { description: 'b', deadline: '2026-11-20' },
          ],
        },
        '2026-11-23',
      ),
    );
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.message).toBe(
      'Hạn khắc phục của yêu cầu thứ 2 (20/11/2026) phải sau ngày kiểm tra (20/11/2026).',
    );
  });

  it('a correction is resolved between the inspection and today', () => {
    expect(() =>
      assertCorrectionResolution({ inspectedOn: '2026-11-20', resolvedOn: '2026-11-20' }, '2026-11-23'),
    ).not.toThrow();
    expect(
      errorOf(() =>
        assertCorrectionResolution({ inspectedOn: '2026-11-20', resolvedOn: '2026-11-24' }, '2026-11-23'),
      ).code,
    ).toBe('BAD_INPUT');
    expect(
      errorOf(() =>
        assertCorrectionResolution({ inspectedOn: '2026-11-20', resolvedOn: '2026-11-19' }, '2026-11-23'),
      ).code,
    ).toBe('BAD_INPUT');
  });
});
