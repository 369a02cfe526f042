import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCEPTANCE_GRADES,
  DEFAULT_ACCEPTANCE_GRADING,
  gradeAcceptance,
  type AcceptanceGrade,
  type ProductGradesInput,
} from './index';

type G = AcceptanceGrade;
/** A product graded quantity / type / quality. */
const product = (id: string, quantity: G, type: G, quality: G): ProductGradesInput => ({
  id,
  name: `Sản phẩm ${id}`,
  grades: { quantity, type, quality },
});
const E: G = 'excellent';
const P: G = 'pass';
const F: G = 'fail';

describe('acceptance grading (TT 11/2014 model, confidence M)', () => {
  it('is the marked default', () => {
    expect(DEFAULT_ACCEPTANCE_GRADING.id).toBe('tt11-2014');
    expect(DEFAULT_ACCEPTANCE_GRADING.source.confidence).toBe('M');
  });

  it.each<{ name: string; products: ProductGradesInput[]; report: G; overall: G }>([
    {
      name: 'every criterion Xuất sắc, report Đạt → Xuất sắc',
      products: [product('1', E, E, E), product('2', E, E, E)],
      report: P,
      overall: 'excellent',
    },
    {
      name: 'every criterion Xuất sắc but the report Không đạt → Không đạt',
      products: [product('1', E, E, E)],
      report: F,
      overall: 'fail',
    },
    {
      name: 'one criterion only Đạt → Đạt',
      products: [product('1', E, E, E), product('2', E, P, E)],
      report: E,
      overall: 'pass',
    },
    { name: 'all Đạt → Đạt', products: [product('1', P, P, P)], report: P, overall: 'pass' },
    {
      name: '3 of 4 products reach Đạt on quantity (3/4) → Đạt',
      products: [product('1', P, P, P), product('2', P, P, P), product('3', P, P, P), product('4', F, P, P)],
      report: P,
      overall: 'pass',
    },
    {
      name: '2 of 3 products reach Đạt on quantity (< 3/4) → Không đạt',
      products: [product('1', P, P, P), product('2', P, P, P), product('3', F, P, P)],
      report: P,
      overall: 'fail',
    },
    {
      name: 'a quality criterion Không đạt → Không đạt',
      products: [product('1', E, E, F), product('2', E, E, E)],
      report: E,
      overall: 'fail',
    },
    {
      name: 'a type criterion Không đạt → Không đạt',
      products: [product('1', P, F, P)],
      report: P,
      overall: 'fail',
    },
    {
      name: 'the report Không đạt → Không đạt',
      products: [product('1', P, P, P)],
      report: F,
      overall: 'fail',
    },
  ])('$name', ({ products, report, overall }) => {
    expect(gradeAcceptance({ products, report }).overall).toBe(overall);
  });

  it('grades each product by its lowest criterion and explains a lower overall grade', () => {
    const r = gradeAcceptance({
      products: [product('1', E, E, E), product('2', P, E, E), product('3', E, F, E)],
      report: E,
    });
    expect(r.products).toEqual([
      { id: '1', grade: 'excellent' },
      { id: '2', grade: 'pass' },
      { id: '3', grade: 'fail' },
    ]);
    expect(r.overall).toBe('fail');
    expect(r.reasons.join(' ')).toContain('chủng loại chưa đạt ở: Sản phẩm 3');
  });

  it('refuses a grading without products or with a missing grade (BAD_INPUT)', () => {
    expect(() => gradeAcceptance({ products: [], report: P })).toThrow(/ít nhất một sản phẩm/);
    expect(() =>
      gradeAcceptance({ products: [{ id: 'x', grades: { quantity: P, type: P } as never }], report: P }),
    ).toThrow(/chất lượng/);
  });

  it('never grades higher when any single grade is lowered (monotone)', () => {
    const grade = fc.constantFrom(...ACCEPTANCE_GRADES);
    const productArb = fc.tuple(grade, grade, grade);
    const rank = (g: G) => ({ fail: 0, pass: 1, excellent: 2 })[g];
    fc.assert(
      fc.property(
        fc.array(productArb, { minLength: 1, maxLength: 6 }),
        grade,
        fc.nat(),
        (rows, report, pick) => {
          const products = rows.map(([q, t, ql], i) => product(String(i), q, t, ql));
          const before = gradeAcceptance({ products, report }).overall;
          const lowered = products.map((p, i) =>
            i === pick % products.length ? { ...p, grades: { ...p.grades, quantity: F } } : p,
          );
          expect(rank(gradeAcceptance({ products: lowered, report }).overall)).toBeLessThanOrEqual(
            rank(before),
          );
          expect(rank(gradeAcceptance({ products, report: F }).overall)).toBe(0);
        },
      ),
    );
  });
});
