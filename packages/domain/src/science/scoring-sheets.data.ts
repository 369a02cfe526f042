// Scoring sheets (phiếu đánh giá) as data: criteria with their maximum points, the pass average, the rule on zero
// scores, the aggregation and the tie rules. The sheets of the 2025 law were not found: the default is modelled on
// the older national 100-point selection sheet as remembered (TT 10/2014, confidence L); the office may pick another
// sheet or define its own per call.
import { must } from '../must';
import type { LegalSource } from '../legal-source';
import { TT_10_2014 } from './science-sources.data';

export interface ScoringCriterion {
  id: string;
  label: string;
  max: number;
  /** what the member weighs under this criterion */
  guidance?: string;
}

export interface ScoringSheet {
  id: string;
  label: string;
  criteria: readonly ScoringCriterion[];
  /** an application passes when the average of the counted members' totals reaches this */
  passAverage: number;
  /** ...and, for every criterion, at most this share of the counted members scored it 0 */
  maxZeroShare: number;
  /** the council's score of an application: the mean of the totals of the members whose sheet counts */
  aggregation: 'mean_of_counted_totals';
  /** equal averages share a rank and the next rank is skipped (1, 2, 2, 4) */
  ties: 'competition';
  /** several applications ranked first: the office chooses one and records why */
  tieAtTop: 'office_decides_with_reason';
  source: LegalSource;
}

export const SCORING_SHEETS: readonly ScoringSheet[] = [
  {
    id: 'selection-100-2014',
    label: 'Phiếu đánh giá hồ sơ tuyển chọn 100 điểm (mô hình TT 10/2014, như ghi nhớ)',
    criteria: [
      {
        id: 'overview',
        label: 'Tổng quan tình hình nghiên cứu, tính cấp thiết và mục tiêu',
        max: 15,
        guidance: 'Luận giải sự cần thiết, mục tiêu rõ ràng, phù hợp đặt hàng.',
      },
      {
        id: 'content-method',
        label: 'Nội dung, phương pháp nghiên cứu và kế hoạch thực hiện',
        max: 30,
        guidance: 'Nội dung đầy đủ, phương pháp phù hợp, tiến độ khả thi.',
      },
      {
        id: 'products',
        label: 'Sản phẩm, khả năng ứng dụng và hiệu quả kinh tế - xã hội',
        max: 25,
        guidance: 'Sản phẩm cụ thể, đo được; địa chỉ ứng dụng.',
      },
      {
        id: 'capacity',
        label: 'Năng lực của tổ chức chủ trì, chủ nhiệm và đội ngũ thực hiện',
        max: 20,
      },
      { id: 'budget', label: 'Tính hợp lý của dự toán kinh phí', max: 10 },
    ],
    passAverage: 70,
    maxZeroShare: 1 / 3,
    aggregation: 'mean_of_counted_totals',
    ties: 'competition',
    tieAtTop: 'office_decides_with_reason',
    source: {
      ...TT_10_2014,
      note: 'Tên tiêu chí và điểm tối đa do nhóm phát triển đặt theo mẫu phiếu cũ như ghi nhớ; ngưỡng 70/100 và quy tắc điểm 0 không quá 1/3 thành viên theo TT 10/2014 như ghi nhớ, chưa đọc lại. Cấu hình được theo từng đợt tuyển chọn.',
    },
  },
];

/** The marked default sheet of selection councils. */
export const DEFAULT_SCORING_SHEET: ScoringSheet = must(SCORING_SHEETS[0], 'the default scoring sheet');

export function findScoringSheet(id: string): ScoringSheet | undefined {
  return SCORING_SHEETS.find((s) => s.id === id);
}
