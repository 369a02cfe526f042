// Acceptance grading (xếp loại nghiệm thu) as data. Default: the older national model copied by provinces
// (TT 11/2014, docs/procedures.md, confidence M): each product is judged on quantity, type and quality; the overall
// grade is Xuất sắc, Đạt or Không đạt by the rule below.
import { must } from '../must';
import type { LegalSource } from '../legal-source';
import { TT_11_2014 } from './science-sources.data';

export const ACCEPTANCE_GRADES = ['excellent', 'pass', 'fail'] as const;
export type AcceptanceGrade = (typeof ACCEPTANCE_GRADES)[number];

export const acceptanceGradeLabels: Record<AcceptanceGrade, string> = {
  excellent: 'Xuất sắc',
  pass: 'Đạt',
  fail: 'Không đạt',
};

/** The criteria each product is judged on. */
export const PRODUCT_CRITERIA = ['quantity', 'type', 'quality'] as const;
export type ProductCriterion = (typeof PRODUCT_CRITERIA)[number];

export const productCriterionLabels: Record<ProductCriterion, string> = {
  quantity: 'Số lượng',
  type: 'Chủng loại',
  quality: 'Chất lượng, yêu cầu khoa học',
};

export interface AcceptanceGradingRule {
  id: string;
  label: string;
  /** Xuất sắc: every criterion of every product is Xuất sắc and the summary report is at least this */
  excellent: { reportAtLeast: AcceptanceGrade };
  /** Đạt: every criterion listed is at least Đạt for every product, the share of products whose `share.criterion`
   * is at least Đạt reaches `share.atLeast`, and the summary report is at least `reportAtLeast` */
  pass: {
    allAtLeastPass: readonly ProductCriterion[];
    share: { criterion: ProductCriterion; atLeast: number };
    reportAtLeast: AcceptanceGrade;
  };
  /** how a product's own grade follows from its criteria */
  productGrade: 'lowest_criterion';
  source: LegalSource;
}

export const ACCEPTANCE_GRADING_RULES: readonly AcceptanceGradingRule[] = [
  {
    id: 'tt11-2014',
    label: 'Xếp loại theo mô hình TT 11/2014 (Xuất sắc / Đạt / Không đạt)',
    excellent: { reportAtLeast: 'pass' },
    pass: {
      allAtLeastPass: ['quality', 'type'],
      share: { criterion: 'quantity', atLeast: 3 / 4 },
      reportAtLeast: 'pass',
    },
    productGrade: 'lowest_criterion',
    source: {
      ...TT_11_2014,
      note: 'Xuất sắc: mọi tiêu chí của mọi sản phẩm Xuất sắc và báo cáo tổng hợp từ Đạt; Đạt: mọi tiêu chí chất lượng và chủng loại từ Đạt, ít nhất 3/4 tiêu chí số lượng từ Đạt và báo cáo từ Đạt; còn lại Không đạt. Xếp loại từng sản phẩm theo tiêu chí thấp nhất do nhóm phát triển suy ra.',
    },
  },
];

/** The marked default grading rule. */
export const DEFAULT_ACCEPTANCE_GRADING: AcceptanceGradingRule = must(
  ACCEPTANCE_GRADING_RULES[0],
  'the default acceptance grading rule',
);
