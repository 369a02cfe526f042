import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProcedureOrThrow } from '../procedures';
import {
  POSTAL_LICENCE_CONDITIONS,
  POSTAL_PROCEDURES_WITH_CONDITIONS,
  POSTAL_SCOPES,
  type PostalConditionKey,
} from './postal-conditions.data';
import {
  assertPostalConditionsMet,
  assessPostalConditions,
  postalCapitalRuleOn,
  requiresPostalConditions,
  type PostalConditionsRecord,
} from './postal-conditions';

const TODAY = '2026-12-01';
const judgementKeys = POSTAL_LICENCE_CONDITIONS.filter((c) => c.kind === 'judgement').map((c) => c.key);
const allJudged = (met = true) =>
  Object.fromEntries(judgementKeys.map((k) => [k, { met }])) as PostalConditionsRecord['judgements'];
const record = (over: Partial<PostalConditionsRecord> = {}): PostalConditionsRecord => ({
  scope: 'noi-tinh',
  capitalVnd: 2_000_000_000,
  judgements: allJudged(),
  ...over,
});

describe('postal licence conditions — minimum capital (NĐ 47/2011 Điều 6 as amended by NĐ 25/2022)', () => {
  it.each([
    ['noi-tinh', 1_999_999_999, false],
    ['noi-tinh', 2_000_000_000, true],
    ['lien-tinh', 2_000_000_000, true],
    ['quoc-te', 2_000_000_000, false],
    ['quoc-te', 5_000_000_000, true],
  ] as const)('%s with %i đồng: met %s', (scope, capitalVnd, met) => {
    const a = assessPostalConditions(record({ scope, capitalVnd }), TODAY);
    expect(a.items.find((i) => i.key === 'von-toi-thieu')?.met).toBe(met);
    expect(a.allMet).toBe(met);
  });

  it('explains a shortfall with both figures in Vietnamese number format', () => {
    const a = assessPostalConditions(record({ capitalVnd: 1_500_000_000 }), TODAY);
    expect(a.items.find((i) => i.key === 'von-toi-thieu')?.reason).toBe(
      'Vốn 1.500.000.000 đồng thấp hơn mức tối thiểu 2.000.000.000 đồng (dịch vụ thư trong phạm vi nội tỉnh).',
    );
  });

  it('capital not shown in the dossier is not met', () => {
    const a = assessPostalConditions(record({ capitalVnd: null }), TODAY);
    expect(a.allMet).toBe(false);
    expect(a.items.find((i) => i.key === 'von-toi-thieu')?.reason).toMatch(/chưa chứng minh/);
  });

  it('no rule before Nghị định 25/2022 took effect is recorded: such a date is refused, not guessed', () => {
    expect(() => postalCapitalRuleOn('2022-05-31')).toThrow(
      expect.objectContaining({ code: 'NO_VERSION_IN_FORCE' }),
    );
    expect(postalCapitalRuleOn('2022-06-01').minimumVnd['noi-tinh']).toBe(2_000_000_000);
  });

  it('a later rule takes over from its effective date (configurable, versioned)', () => {
    const rules = [
      postalCapitalRuleOn(TODAY),
      {
        ...postalCapitalRuleOn(TODAY),
        effectiveFrom: '2027-01-01',
        minimumVnd: { 'noi-tinh': 3e9, 'lien-tinh': 3e9, 'quoc-te': 6e9 },
      },
    ];
    expect(assessPostalConditions(record(), '2026-12-31', rules).allMet).toBe(true);
    expect(assessPostalConditions(record(), '2027-01-01', rules).allMet).toBe(false);
  });
});

describe('postal licence conditions — the officer’s judgements', () => {
  it.each(judgementKeys)('%s judged not met fails the appraisal', (key) => {
    const a = assessPostalConditions(
      record({ judgements: { ...allJudged(), [key]: { met: false } } }),
      TODAY,
    );
    expect(a.allMet).toBe(false);
    expect(a.items.filter((i) => !i.met).map((i) => i.key)).toEqual([key]);
  });

  it('a condition not judged yet is not met ("Chưa thẩm định")', () => {
    const { 'an-ninh-an-toan': _, ...rest } = allJudged();
    const a = assessPostalConditions(record({ judgements: rest }), TODAY);
    expect(a.items.find((i) => i.key === 'an-ninh-an-toan')).toMatchObject({
      met: false,
      reason: 'Chưa thẩm định.',
    });
  });

  it('every condition is listed once, with its source', () => {
    const a = assessPostalConditions(record(), TODAY);
    expect(a.items.map((i) => i.key)).toEqual(POSTAL_LICENCE_CONDITIONS.map((c) => c.key));
    for (const c of POSTAL_LICENCE_CONDITIONS) expect(c.source.document).toMatch(/Nghị định/);
  });

  it('property: the appraisal passes exactly when the capital reaches the minimum and every judgement is met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POSTAL_SCOPES),
        fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }),
        fc.dictionary(fc.constantFrom(...judgementKeys), fc.record({ met: fc.boolean() })) as fc.Arbitrary<
          Partial<Record<PostalConditionKey, { met: boolean }>>
        >,
        (scope, capitalVnd, judgements) => {
          const a = assessPostalConditions({ scope, capitalVnd, judgements }, TODAY);
          const expected =
            capitalVnd !== null &&
            capitalVnd >= a.minimumCapitalVnd &&
            judgementKeys.every((k) => judgements[k]?.met === true);
          expect(a.allMet).toBe(expected);
          if (expected) expect(() => assertPostalConditionsMet(a)).not.toThrow();
          else
            expect(() => assertPostalConditionsMet(a)).toThrow(
              expect.objectContaining({ code: 'CONDITIONS_NOT_MET' }),
            );
        },
      ),
    );
  });
});

describe('which postal procedures need the conditions', () => {
  it('the first licence and the re-issue on expiry; not the confirmation, an amendment or a re-issue after loss', () => {
    for (const code of POSTAL_PROCEDURES_WITH_CONDITIONS)
      expect(findProcedureOrThrow(code, TODAY).code).toBe(code);
    expect(requiresPostalConditions('buu-chinh.cap-giay-phep')).toBe(true);
    expect(requiresPostalConditions('buu-chinh.cap-lai-giay-phep-het-han')).toBe(true);
    expect(requiresPostalConditions('buu-chinh.xac-nhan-thong-bao')).toBe(false);
    expect(requiresPostalConditions('buu-chinh.sua-doi-giay-phep')).toBe(false);
    expect(requiresPostalConditions('buu-chinh.cap-lai-giay-phep')).toBe(false);
  });

  it('no assessment recorded refuses the signature with a message saying what to do', () => {
    expect(() => assertPostalConditionsMet(null)).toThrow(/thẩm định các điều kiện trước khi trình ký/);
  });
});
