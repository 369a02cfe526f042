import { DomainError } from '../errors';
import {
  ACCEPTANCE_GRADES,
  DEFAULT_ACCEPTANCE_GRADING,
  PRODUCT_CRITERIA,
  acceptanceGradeLabels,
  productCriterionLabels,
  type AcceptanceGrade,
  type AcceptanceGradingRule,
} from './acceptance-grading.data';

export interface ProductGradesInput {
  id: string;
  name?: string;
  grades: Readonly<Record<(typeof PRODUCT_CRITERIA)[number], AcceptanceGrade>>;
}

export interface AcceptanceInput {
  products: readonly ProductGradesInput[];
  /** the grade of the summary report (báo cáo tổng hợp) */
  report: AcceptanceGrade;
}

export interface AcceptanceResult {
  products: { id: string; grade: AcceptanceGrade }[];
  overall: AcceptanceGrade;
  /** why the overall grade is not higher, in Vietnamese (empty for Xuất sắc) */
  reasons: string[];
}

/** excellent 2, pass 1, fail 0: "at least" compares these. */
const level = (g: AcceptanceGrade): number => ACCEPTANCE_GRADES.length - 1 - ACCEPTANCE_GRADES.indexOf(g);
const atLeast = (g: AcceptanceGrade, min: AcceptanceGrade) => level(g) >= level(min);
/** Array.isArray without narrowing a readonly array to any[] (input from outside may not be an array at all). */
const isList = (v: unknown): boolean => Array.isArray(v);
const isGrade = (g: unknown): g is AcceptanceGrade =>
  typeof g === 'string' && (ACCEPTANCE_GRADES as readonly string[]).includes(g);

/**
 * The acceptance grade by product and overall under `rule` (default: the TT 11/2014 model). Throws BAD_INPUT when
 * there is no product or a grade is missing.
 */
export function gradeAcceptance(
  input: AcceptanceInput,
  rule: AcceptanceGradingRule = DEFAULT_ACCEPTANCE_GRADING,
): AcceptanceResult {
  if (!isList(input?.products) || input.products.length === 0)
    throw new DomainError('BAD_INPUT', 'Phải đánh giá ít nhất một sản phẩm của nhiệm vụ.');
  if (!isGrade(input.report))
    throw new DomainError('BAD_INPUT', 'Chưa xếp loại báo cáo tổng hợp kết quả nhiệm vụ.');
  for (const p of input.products) {
    for (const c of PRODUCT_CRITERIA) {
      if (!isGrade(p.grades?.[c]))
        throw new DomainError(
          'BAD_INPUT',
          `Sản phẩm “${p.name ?? p.id}” chưa được đánh giá tiêu chí ${productCriterionLabels[c].toLowerCase()}.`,
          { productId: p.id, criterion: c },
        );
    }
  }
  const products = input.products.map((p) => ({
    id: p.id,
    grade: PRODUCT_CRITERIA.map((c) => p.grades[c]).reduce((lo, g) => (level(g) < level(lo) ? g : lo)),
  }));

  const reportText = (min: AcceptanceGrade) =>
    `Báo cáo tổng hợp xếp loại ${acceptanceGradeLabels[input.report]} (cần từ ${acceptanceGradeLabels[min]}).`;

  const notExcellent: string[] = [];
  if (!input.products.every((p) => PRODUCT_CRITERIA.every((c) => p.grades[c] === 'excellent')))
    notExcellent.push('Không phải mọi tiêu chí của mọi sản phẩm đều đạt mức Xuất sắc.');
  if (!atLeast(input.report, rule.excellent.reportAtLeast))
    notExcellent.push(reportText(rule.excellent.reportAtLeast));
  if (notExcellent.length === 0) return { products, overall: 'excellent', reasons: [] };

  const notPassing: string[] = [];
  for (const c of rule.pass.allAtLeastPass) {
    const below = input.products.filter((p) => !atLeast(p.grades[c], 'pass'));
    if (below.length > 0)
      notPassing.push(
        `Tiêu chí ${productCriterionLabels[c].toLowerCase()} chưa đạt ở: ${below.map((p) => p.name ?? p.id).join(', ')}.`,
      );
  }
  const { criterion, atLeast: share } = rule.pass.share;
  const passing = input.products.filter((p) => atLeast(p.grades[criterion], 'pass')).length;
  if (passing < share * input.products.length - 1e-9)
    notPassing.push(
      `Chỉ ${passing}/${input.products.length} sản phẩm đạt tiêu chí ${productCriterionLabels[criterion].toLowerCase()} (cần ít nhất ${Math.round(share * 100)}%).`,
    );
  if (!atLeast(input.report, rule.pass.reportAtLeast)) notPassing.push(reportText(rule.pass.reportAtLeast));
  return notPassing.length === 0
    ? { products, overall: 'pass', reasons: notExcellent }
    : { products, overall: 'fail', reasons: notPassing };
}
