import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../errors';
import { DOSSIER_CODE_RULES, formatDossierCode, parseDossierCode, type DossierCodeParts } from './index';

function expectBadInput(fn: () => unknown, messagePart: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_INPUT');
    expect((e as DomainError).message).toMatch(messagePart);
    return;
  }
  throw new Error('expected a DomainError');
}

describe('formatDossierCode', () => {
  it.each<[string, string, number, string]>([
    ['H29', '2026-03-02', 1, 'H29-260302-0001'],
    ['000.00.15.H29', '2025-12-31', 42, '000.00.15.H29-251231-0042'],
    ['SKHCN', '2026-07-01', 9999, 'SKHCN-260701-9999'],
    ['X', '2000-01-01', 10, 'X-000101-0010'],
    ['CCTDC', '2028-02-29', 123, 'CCTDC-280229-0123'],
    // a day past 9999 receipts widens the number instead of stopping the unit's intake
    ['CCTDC', '2026-12-01', 10_000, 'CCTDC-261201-10000'],
    ['CCTDC', '2026-12-01', 999_999, 'CCTDC-261201-999999'],
  ])('%s, %s, %d → %s', (unit, date, seq, code) => {
    expect(formatDossierCode(unit, date, seq)).toBe(code);
  });

  it.each<[string, string, number, RegExp]>([
    ['H29', '2026-03-02', 0, /bắt đầu từ 1/],
    ['H29', '2026-03-02', DOSSIER_CODE_RULES.sequence.max + 1, /không vượt quá 999999/],
    ['H29', '2026-03-02', 1.5, /số nguyên/],
    ['H29', '2026-02-30', 1, /không có thật/],
    ['H29', '2027-02-29', 1, /không có thật/],
    ['H29', '1999-12-31', 1, /2000–2099/],
    ['H29', '02/03/2026', 1, /YYYY-MM-DD/],
    ['H-29', '2026-03-02', 1, /gạch ngang/],
    ['h29', '2026-03-02', 1, /chữ in hoa/],
    ['', '2026-03-02', 1, /Mã đơn vị/],
  ])('refuses %j, %j, %d', (unit, date, seq, message) => {
    expectBadInput(() => formatDossierCode(unit, date, seq), message);
  });
});

describe('parseDossierCode', () => {
  it.each<[string, DossierCodeParts]>([
    ['H29-260302-0001', { unitCode: 'H29', receivedOn: '2026-03-02', seq: 1 }],
    ['000.00.15.H29-251231-0042', { unitCode: '000.00.15.H29', receivedOn: '2025-12-31', seq: 42 }],
    ['  skhcn-260701-9999 ', { unitCode: 'SKHCN', receivedOn: '2026-07-01', seq: 9999 }],
    ['CCTDC-261201-10000', { unitCode: 'CCTDC', receivedOn: '2026-12-01', seq: 10_000 }],
  ])('%j', (code, parts) => {
    expect(parseDossierCode(code)).toEqual(parts);
  });

  it.each<[string, RegExp]>([
    ['', /<mã đơn vị>-YYMMDD-XXXX/],
    ['H29-2603020001', /<mã đơn vị>-YYMMDD-XXXX/],
    ['H29-260302-001', /<mã đơn vị>-YYMMDD-XXXX/],
    ['H29-260302-00001', /<mã đơn vị>-YYMMDD-XXXX/],
    ['H29-260302-1000000', /<mã đơn vị>-YYMMDD-XXXX/],
    ['H29-26032-0001', /<mã đơn vị>-YYMMDD-XXXX/],
    ['-260302-0001', /<mã đơn vị>-YYMMDD-XXXX/],
    ['H29-260302-0000', /bắt đầu từ 1/],
    ['H29-261302-0001', /không có thật/],
    ['H29-270229-0001', /không có thật/],
    ['.H29-260302-0001', /chữ in hoa/],
    ['Hà Nội-260302-0001', /<mã đơn vị>-YYMMDD-XXXX/],
  ])('refuses %j', (code, message) => {
    expectBadInput(() => parseDossierCode(code), message);
  });

  it('refuses non-strings with BAD_INPUT', () => {
    expectBadInput(() => parseDossierCode(260302 as unknown as string), /chuỗi/);
  });
});

const unitCode = fc
  .array(fc.constantFrom(...'ABCDHXZ0123456789'), { minLength: 1, maxLength: 6 })
  .chain((head) =>
    fc
      .array(fc.array(fc.constantFrom(...'ABH0129'), { minLength: 1, maxLength: 4 }), { maxLength: 3 })
      .map((rest) => [head, ...rest].map((p) => p.join('')).join('.')),
  );
const receivedOn = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const seq = fc.integer({ min: DOSSIER_CODE_RULES.sequence.min, max: DOSSIER_CODE_RULES.sequence.max });

describe('dossier code round trip', () => {
  it('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(unitCode, receivedOn, seq, (u, d, n) => {
        const code = formatDossierCode(u, d, n);
        expect(parseDossierCode(code)).toEqual({ unitCode: u, receivedOn: d, seq: n });
      }),
    );
  });

  it('codes sort by day then sequence within a unit (up to 9999 a day, the 4-digit range)', () => {
    const fourDigits = fc.integer({ min: 1, max: 9999 });
    fc.assert(
      fc.property(unitCode, receivedOn, fourDigits, receivedOn, fourDigits, (u, d1, n1, d2, n2) => {
        const a = formatDossierCode(u, d1, n1);
        const b = formatDossierCode(u, d2, n2);
        const byParts = d1 === d2 ? Math.sign(n1 - n2) : d1 < d2 ? -1 : 1;
        expect(Math.sign(a < b ? -1 : a > b ? 1 : 0)).toBe(byParts);
      }),
    );
  });
});
