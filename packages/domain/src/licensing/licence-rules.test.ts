import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertPostalReissueInTime,
  assertRenewalInTime,
  declarationWindow,
  isDeclarationLate,
  latestPostalReissueFilingDate,
  latestRenewalFilingDate,
  licenceStatusOn,
  licenceTerm,
  registerStatusOn,
} from './licence-rules';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('declaration window (khai báo thiết bị)', () => {
  it.each([
    // NĐ 142/2020: 7 working days from having the device. 2025-06-02 is a Monday.
    ['2025-06-02', '2025-06-11', 7, 'Nghị định 142/2020/NĐ-CP'],
    // NĐ 332/2025: 10 working days from the event. 2026-03-02 is a Monday.
    ['2026-03-02', '2026-03-16', 10, 'Nghị định 332/2025/NĐ-CP'],
    // the window skips the Tết 2026 holidays (16–20/02/2026 off): event on Friday 13/02
    ['2026-02-13', '2026-03-06', 10, 'Nghị định 332/2025/NĐ-CP'],
  ])('event %s → declare by %s (%i working days, %s)', (event, due, days, document) => {
    const w = declarationWindow(event);
    expect(w.dueOn).toBe(due);
    expect(w.workingDays).toBe(days);
    expect(w.source.document).toBe(document);
  });

  it('late means after the last day', () => {
    expect(isDeclarationLate('2026-03-02', '2026-03-16')).toBe(false);
    expect(isDeclarationLate('2026-03-02', '2026-03-17')).toBe(true);
  });
});

describe('renewal window (gia hạn: at least 45 days before expiry, Nghị định 142/2020; kept under 332/2025, L)', () => {
  it.each([
    ['2027-06-30', '2027-05-16'],
    ['2027-03-01', '2027-01-15'],
    ['2028-02-29', '2028-01-15'],
  ])('expiry %s → latest filing date %s', (expiry, latest) => {
    expect(latestRenewalFilingDate(expiry)).toBe(latest);
  });

  it('filed 45 days before expiry is accepted; 44 or 30 days before is refused with the legal reason', () => {
    expect(() => assertRenewalInTime('2027-06-30', '2027-05-16')).not.toThrow();
    const late = errorOf(() => assertRenewalInTime('2027-06-30', '2027-05-31'));
    expect(late.code).toBe('FILING_TOO_LATE');
    expect(late.message).toContain('ít nhất 45 ngày trước ngày giấy phép hết hạn (30/06/2027)');
    expect(late.message).toContain('chậm nhất ngày 16/05/2027');
    expect(late.message).toContain('nay chỉ còn 30 ngày');
    expect(late.message).toContain('cấp giấy phép mới');
    expect(errorOf(() => assertRenewalInTime('2027-06-30', '2027-05-17')).code).toBe('FILING_TOO_LATE');
  });

  it('an expired licence cannot be renewed', () => {
    expect(errorOf(() => assertRenewalInTime('2027-06-30', '2027-07-02')).message).toContain(
      'giấy phép đã hết hạn',
    );
  });
});

describe('postal re-issue on expiry (1.003633): filed at least 30 days before expiry', () => {
  it('latest date and refusal', () => {
    expect(latestPostalReissueFilingDate('2030-12-31')).toBe('2030-12-01');
    expect(() => assertPostalReissueInTime('2030-12-31', '2030-12-01')).not.toThrow();
    const e = errorOf(() => assertPostalReissueInTime('2030-12-31', '2030-12-02'));
    expect(e.code).toBe('FILING_TOO_LATE');
    expect(e.message).toContain('ít nhất 30 ngày');
  });
});

describe('licence terms', () => {
  const previous = { validFrom: '2026-03-10', expiresOn: '2029-03-10' };

  it.each([
    // radiation: 3 years (NĐ 142/2020 Điều 37; kept under 332/2025, L); the period ends on the corresponding day
    ['radiation', 'new', '2026-03-10', undefined, undefined, '2026-03-10', '2029-03-10', false],
    // renewal runs on from the old expiry
    ['radiation', 'renewal', '2029-02-01', previous, undefined, '2029-03-11', '2032-03-10', false],
    // amendment and re-issue after loss keep the term
    ['radiation', 'amendment', '2027-05-05', previous, undefined, '2026-03-10', '2029-03-10', true],
    ['radiation', 'reissue_loss', '2027-05-05', previous, undefined, '2026-03-10', '2029-03-10', true],
    // postal: the term asked for (≤ 10 years, Luật Bưu chính Điều 22)
    ['postal', 'new', '2026-04-01', undefined, 5, '2026-04-01', '2031-04-01', false],
    ['postal', 'new', '2026-04-01', undefined, 10, '2026-04-01', '2036-04-01', false],
    ['postal', 'amendment', '2027-01-10', previous, undefined, '2026-03-10', '2029-03-10', true],
    ['postal', 'reissue_loss', '2027-01-10', previous, undefined, '2026-03-10', '2029-03-10', true],
    // postal re-issue on expiry (1.003633): a new term
    ['postal', 'reissue_expiry', '2029-02-01', previous, 7, '2029-03-11', '2036-03-10', false],
  ] as const)('%s %s on %s → %s … %s', (field, event, issuedOn, prev, years, from, to, kept) => {
    const term = licenceTerm({
      field,
      event,
      issuedOn,
      ...(prev ? { previous: prev } : {}),
      ...(years ? { requestedYears: years } : {}),
    });
    expect(term).toMatchObject({ validFrom: from, expiresOn: to, keptFromPrevious: kept });
    expect(term.source.document).toBeTruthy();
  });

  it.each([0, 11, 2.5, undefined])('a postal term of %s years is refused (1 to 10 years)', (years) => {
    const e = errorOf(() =>
      licenceTerm({
        field: 'postal',
        event: 'new',
        issuedOn: '2026-04-01',
        ...(years !== undefined ? { requestedYears: years } : {}),
      }),
    );
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('từ 1 đến 10 năm');
  });

  it('renewal and amendment need the licence they replace', () => {
    expect(
      errorOf(() => licenceTerm({ field: 'radiation', event: 'renewal', issuedOn: '2026-04-01' })).code,
    ).toBe('BAD_INPUT');
  });
});

describe('register status', () => {
  it.each([
    [{ expiresOn: '2029-03-10' }, '2026-06-01', 'in_force'],
    [{ expiresOn: '2029-03-10' }, '2028-12-10', 'expiring'],
    [{ expiresOn: '2029-03-10' }, '2029-03-10', 'expiring'],
    [{ expiresOn: '2029-03-10' }, '2029-03-11', 'expired'],
    [{ expiresOn: '2029-03-10', revokedOn: '2027-01-01' }, '2027-01-01', 'revoked'],
    [{ expiresOn: '2029-03-10', revokedOn: '2027-01-01' }, '2026-12-31', 'in_force'],
    [{ expiresOn: null }, '2040-01-01', 'in_force'],
  ] as const)('%o on %s → %s', (entry, today, status) => {
    expect(licenceStatusOn(entry, today)).toBe(status);
  });
});

describe('register status with replacement', () => {
  it('a replaced licence shows as replaced, a revoked one as revoked first', () => {
    expect(registerStatusOn({ expiresOn: '2029-03-10', replacedOn: '2027-01-01' }, '2027-01-01')).toBe(
      'replaced',
    );
    expect(
      registerStatusOn(
        { expiresOn: '2029-03-10', replacedOn: '2027-01-01', revokedOn: '2027-02-01' },
        '2027-03-01',
      ),
    ).toBe('revoked');
    expect(registerStatusOn({ expiresOn: '2029-03-10' }, '2027-01-01')).toBe('in_force');
  });
});
