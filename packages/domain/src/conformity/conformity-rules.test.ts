import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thrown } from '../errors.testing';
import {
  addYearsToIsoDate,
  assertNoticeNumberUnused,
  conformityRegimeOn,
  DECLARATION_VALIDITY,
  declarationStatusLabels,
  declarationStatusOn,
  declarationValidity,
  formatNoticeNumber,
  nextNoticeNumber,
  parseNoticeNumber,
  RISK_CLASS_RULES,
  type NoticeNumberParts,
} from './index';

describe('conformityRegimeOn (receipt date picks the regime)', () => {
  it.each([
    ['2025-01-15', 'group'],
    ['2026-01-01', 'group'],
    ['2026-06-30', 'group'],
    ['2026-07-01', 'risk'],
    ['2026-07-02', 'risk'],
    ['2030-12-31', 'risk'],
  ])('%s → %s', (date, regime) => {
    expect(conformityRegimeOn(date).regime).toBe(regime);
  });

  it('says where each regime comes from and where it ends', () => {
    const group = conformityRegimeOn('2026-06-30');
    expect(group.to).toBe('2026-06-30');
    expect(group.source.document).toBe('Thông tư 28/2012/TT-BKHCN');
    expect(group.label).toMatch(/nhóm 2/);
    const risk = conformityRegimeOn('2026-07-01');
    expect(risk.from).toBe('2026-07-01');
    expect(risk.source.document).toBe('Nghị định 37/2026/NĐ-CP');
  });

  it.each(['2026-02-30', '01/07/2026', '', '2026-7-1'])('refuses %j', (d) => {
    expect(thrown(() => conformityRegimeOn(d)).code).toBe('BAD_INPUT');
  });

  it('high-risk goods need a designated certifier (Điều 66.2); low-risk goods no hợp quy declaration', () => {
    expect(RISK_CLASS_RULES.high.allowedBases).toEqual(['designated_certifier']);
    expect(RISK_CLASS_RULES.high.source.article).toBe('Điều 66 khoản 2');
    expect(RISK_CLASS_RULES.low.regulationDeclarationRequired).toBe(false);
    expect(RISK_CLASS_RULES.medium.importInspectionRequired).toBe(false);
    expect(RISK_CLASS_RULES.high.importInspectionRequired).toBe(true);
  });
});

describe('declarationValidity', () => {
  it.each<[Parameters<typeof declarationValidity>[0], string]>([
    [{ basis: 'self_assessment', selfAssessmentReportDate: '2024-03-15' }, '2027-03-15'],
    [{ basis: 'self_assessment', selfAssessmentReportDate: '2026-06-30' }, '2029-06-30'],
    [{ basis: 'self_assessment', selfAssessmentReportDate: '2024-02-29' }, '2027-02-28'],
    [{ basis: 'self_assessment', selfAssessmentReportDate: '2025-02-28' }, '2028-02-28'],
    [{ basis: 'designated_certifier', certificateExpiry: '2028-05-20' }, '2028-05-20'],
    [
      {
        basis: 'registered_certifier',
        certificateExpiry: '2027-01-01',
        selfAssessmentReportDate: '2020-01-01',
      },
      '2027-01-01',
    ],
  ])('%j → %s', (input, expiry) => {
    expect(declarationValidity(input)).toBe(expiry);
  });

  it('the self-assessment term is 3 years, sourced with confidence H', () => {
    expect(DECLARATION_VALIDITY.selfAssessmentYears).toBe(3);
    expect(DECLARATION_VALIDITY.selfAssessmentSource).toMatchObject({
      document: 'Thông tư 28/2012/TT-BKHCN',
      confidence: 'H',
    });
  });

  it.each<[Parameters<typeof declarationValidity>[0], RegExp]>([
    [{ basis: 'self_assessment' }, /báo cáo tự đánh giá/],
    [{ basis: 'self_assessment', certificateExpiry: '2028-01-01' }, /báo cáo tự đánh giá/],
    [{ basis: 'designated_certifier' }, /giấy chứng nhận/],
    [{ basis: 'registered_certifier', certificateExpiry: '2028-02-30' }, /giấy chứng nhận không hợp lệ/],
  ])('refuses %j', (input, message) => {
    const e = thrown(() => declarationValidity(input));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(message);
  });

  it('a self-assessed declaration lasts 3 years less at most 1 day (leap day), same day and month', () => {
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2190-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (d) => {
        const expiry = declarationValidity({ basis: 'self_assessment', selfAssessmentReportDate: d });
        expect(Number(expiry.slice(0, 4))).toBe(Number(d.slice(0, 4)) + 3);
        expect(expiry.slice(5, 7)).toBe(d.slice(5, 7));
        if (d.slice(5) !== '02-29') expect(expiry.slice(5)).toBe(d.slice(5));
        else expect(expiry.slice(8)).toMatch(/^2[89]$/);
      }),
    );
  });

  it('addYearsToIsoDate keeps 29/02 in a leap target year', () => {
    expect(addYearsToIsoDate('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('declarationStatusOn', () => {
  it.each<[string, string | undefined, string, 'in_force' | 'expired' | 'revoked']>([
    ['2027-03-15', undefined, '2026-01-01', 'in_force'],
    ['2027-03-15', undefined, '2027-03-15', 'in_force'],
    ['2027-03-15', undefined, '2027-03-16', 'expired'],
    ['2027-03-15', '2026-05-01', '2026-04-30', 'in_force'],
    ['2027-03-15', '2026-05-01', '2026-05-01', 'revoked'],
    ['2027-03-15', '2026-05-01', '2028-01-01', 'revoked'],
    ['2027-03-15', '2027-06-01', '2027-07-01', 'expired'],
  ])('expiry %s, revoked %s, on %s → %s', (expiry, revokedOn, on, status) => {
    expect(declarationStatusOn(expiry, revokedOn, on)).toBe(status);
  });

  it('labels are Vietnamese', () => {
    expect(declarationStatusLabels).toEqual({
      in_force: 'Còn hiệu lực',
      expired: 'Hết hiệu lực',
      revoked: 'Đã bị thu hồi',
    });
  });

  it('refuses bad dates', () => {
    expect(thrown(() => declarationStatusOn('2027-13-01', undefined, '2026-01-01')).code).toBe('BAD_INPUT');
    expect(thrown(() => declarationStatusOn('2027-01-01', 'hôm qua', '2026-01-01')).code).toBe('BAD_INPUT');
  });
});

describe('receipt-notice numbers', () => {
  it.each<[NoticeNumberParts, string]>([
    [{ seq: 1, year: 2026, unit: 'CCTĐC' }, '1/2026/TBTNHS-CCTĐC'],
    [{ seq: 125, year: 2026, unit: 'TĐC' }, '125/2026/TBTNHS-TĐC'],
    [{ seq: 42, year: 2025, unit: 'SKHCN-CCTĐC' }, '42/2025/TBTNHS-SKHCN-CCTĐC'],
  ])('%j ↔ %s', (parts, text) => {
    expect(formatNoticeNumber(parts)).toBe(text);
    expect(parseNoticeNumber(text)).toEqual(parts);
  });

  it('parses loose spacing and case', () => {
    expect(parseNoticeNumber(' 7 / 2026 / tbtnhs-cctđc ')).toEqual({ seq: 7, year: 2026, unit: 'CCTĐC' });
  });

  it.each([
    ['0/2026/TBTNHS-CCTĐC', /dạng/],
    ['007/2026/TBTNHS-CCTĐC', /dạng/],
    ['7/26/TBTNHS-CCTĐC', /dạng/],
    ['7/2026/TB-CCTĐC', /dạng/],
    ['7/2026/TBTNHS-', /dạng/],
    ['7/1999/TBTNHS-CCTĐC', /2000–2199/],
    ['7/2026/TBTNHS-CC TĐC!', /Ký hiệu đơn vị/],
  ])('refuses %j', (input, message) => {
    const e = thrown(() => parseNoticeNumber(input));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(message);
  });

  it('round trip parse(format(x)) = x', () => {
    const unit = fc
      .array(fc.constantFrom(...'ABCDĐHSTKN0129'), { minLength: 1, maxLength: 8 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 2000, max: 2199 }),
        unit,
        (seq, year, u) => {
          expect(parseNoticeNumber(formatNoticeNumber({ seq, year, unit: u }))).toEqual({
            seq,
            year,
            unit: u,
          });
        },
      ),
    );
  });

  it('the next number follows the highest ever issued by the unit that year, so gaps are never refilled', () => {
    const issued = [
      '1/2026/TBTNHS-CCTĐC',
      '3/2026/TBTNHS-CCTĐC',
      '9/2025/TBTNHS-CCTĐC',
      '50/2026/TBTNHS-KHÁC',
      'rác',
    ];
    expect(nextNoticeNumber(issued, 'CCTĐC', 2026)).toBe('4/2026/TBTNHS-CCTĐC');
    expect(nextNoticeNumber(issued, 'CCTĐC', 2027)).toBe('1/2027/TBTNHS-CCTĐC');
    expect(nextNoticeNumber([], 'CCTĐC', 2026)).toBe('1/2026/TBTNHS-CCTĐC');
  });

  it('a next number is never one already issued', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 30 }), (seqs) => {
        const issued = seqs.map((s) => formatNoticeNumber({ seq: s, year: 2026, unit: 'CCTĐC' }));
        const next = nextNoticeNumber(issued, 'CCTĐC', 2026);
        expect(issued).not.toContain(next);
        expect(() => assertNoticeNumberUnused(next, issued)).not.toThrow();
      }),
    );
  });

  it('refuses to reuse a number, however it is typed', () => {
    const e = thrown(() => assertNoticeNumberUnused('3 / 2026 / tbtnhs-cctđc', ['3/2026/TBTNHS-CCTĐC']));
    expect(e.code).toBe('NUMBER_ALREADY_ISSUED');
    expect(e.message).toMatch(/không được dùng lại/);
  });
});
