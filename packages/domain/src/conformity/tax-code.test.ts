import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTaxCode, isValidTaxCode, taxCodeProblemMessages, taxCodeSchema, TAX_CODE_RULES } from './index';

/** The rule, written out independently of the code under test: 10 − (Σ digit × weight mod 11); 10 means impossible. */
function ruleCheck(first9: string): number {
  const w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = w.reduce((acc, weight, i) => acc + Number(first9[i]) * weight, 0);
  return 10 - (sum % 11);
}

/** A prefix whose rule result is not 10, completed with its check digit. */
const first9 = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((d) => d.join(''));

describe('tax code check digit (Thông tư 105/2020/TT-BTC, confidence M)', () => {
  it('0100109106 is valid: 0·31+1·29+0·23+0·19+1·17+0·13+9·7+1·5+0·3 = 114, 114 mod 11 = 4, 10 − 4 = 6', () => {
    expect(ruleCheck('010010910')).toBe(6);
    expect(isValidTaxCode('0100109106')).toBe(true);
  });

  it.each<[string, string | null]>([
    ['0100109106', '0100109106'],
    ['0100109106-001', '0100109106-001'],
    ['0100109106-999', '0100109106-999'],
    ['0100109106001', '0100109106-001'],
    [' 0100 109 106 ', '0100109106'],
    ['0100109107', null],
    ['0100109105', null],
    ['1100109106', null],
    ['0100109106-000', null],
    ['0100109106-01', null],
    ['0100109106-0001', null],
    ['010010910', null],
    ['01001091066', null],
    ['010010910A', null],
    ['0100109106_001', null],
    ['', null],
  ])('%j → %j', (input, normalized) => {
    const r = checkTaxCode(input);
    expect(r.valid ? r.normalized : null).toBe(normalized);
  });

  it('explains the problem in Vietnamese', () => {
    expect(checkTaxCode('123')).toMatchObject({ valid: false, problem: 'format' });
    expect(checkTaxCode('0100109107')).toEqual({
      valid: false,
      problem: 'check_digit',
      message: taxCodeProblemMessages.check_digit,
    });
    expect(taxCodeProblemMessages.check_digit).toMatch(/chữ số kiểm tra/);
    expect(checkTaxCode('0100109106-000')).toMatchObject({ valid: false, problem: 'branch_suffix' });
  });

  it('accepts exactly the tenth digit the rule gives, and none when the rule gives 10', () => {
    fc.assert(
      fc.property(first9, fc.integer({ min: 0, max: 9 }), (p, d) => {
        const expected = ruleCheck(p);
        expect(isValidTaxCode(`${p}${d}`)).toBe(expected !== 10 && d === expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a branch code is valid exactly when its parent is (suffix 001–999)', () => {
    fc.assert(
      fc.property(first9, fc.integer({ min: 1, max: 999 }), (p, b) => {
        const c = ruleCheck(p);
        fc.pre(c !== 10);
        const suffix = String(b).padStart(3, '0');
        expect(checkTaxCode(`${p}${c}-${suffix}`)).toMatchObject({
          valid: true,
          parent: `${p}${c}`,
          branch: suffix,
        });
      }),
    );
  });

  it('cites its source with confidence M', () => {
    expect(TAX_CODE_RULES.source).toMatchObject({ document: 'Thông tư 105/2020/TT-BTC', confidence: 'M' });
  });

  it('the schema normalises and words its errors in Vietnamese', () => {
    expect(taxCodeSchema.parse('0100109106001')).toBe('0100109106-001');
    const r = taxCodeSchema.safeParse('0100109107');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^Mã số doanh nghiệp\/mã số thuế không hợp lệ/);
    expect(taxCodeSchema.safeParse(undefined).error?.issues[0]?.message).toBe(
      'Mã số doanh nghiệp/mã số thuế là bắt buộc.',
    );
    expect(taxCodeSchema.safeParse('  ').error?.issues[0]?.message).toBe(
      'Mã số doanh nghiệp/mã số thuế là bắt buộc.',
    );
  });
});

describe('personal identification number as tax code (Thông tư 86/2024/TT-BTC, from 01/07/2025)', () => {
  it.each<[string, string | null, string]>([
    ['031204001234', '031204001234', 'born in Hải Phòng'],
    ['001099012345', '001099012345', 'born in Hà Nội'],
    ['096 300 000 001', '096300000001', 'spaces ignored'],
    ['003204001234', null, '003 is no province code'],
    ['097204001234', null, 'above the last province code'],
    ['000204001234', null, 'zero province'],
    ['03120400123', null, '11 digits'],
    ['0100109106001', '0100109106-001', '13 digits stay a branch of an organisation'],
  ])('%s → %s (%s)', (input, expected) => {
    const r = checkTaxCode(input);
    if (expected === null) expect(r.valid).toBe(false);
    else expect(r).toMatchObject({ valid: true, normalized: expected });
  });

  it('accepts exactly the 12-digit numbers that begin with a province code', () => {
    const codes = new Set(TAX_CODE_RULES.personal.provinceCodes);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        expect(isValidTaxCode(id)).toBe(codes.has(id.slice(0, 3)));
      }),
    );
  });

  it('names the province code when it is wrong, and takes the person through the schema', () => {
    expect(checkTaxCode('999204001234')).toMatchObject({
      valid: false,
      problem: 'personal_province',
      message: taxCodeProblemMessages.personal_province,
    });
    expect(taxCodeSchema.parse('031204001234')).toBe('031204001234');
    expect(TAX_CODE_RULES.personal.source).toMatchObject({ document: 'Thông tư 86/2024/TT-BTC' });
    expect(TAX_CODE_RULES.personal.provinceCodes).toHaveLength(63);
  });
});
