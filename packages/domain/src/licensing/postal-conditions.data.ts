// The conditions of a postal licence (giấy phép bưu chính) that the officer checks during the appraisal, each with
// its source. The province licenses the letter service within the province; the capital thresholds of the other
// scopes are kept so a scope recorded by mistake is judged by its own threshold, not the province's.
import type { LegalSource } from '../legal-source';
import { cite, ND_25_2022, ND_47_2011 } from '../procedures/legal-sources.data';

/** Điều kiện cấp giấy phép bưu chính (Nghị định 47/2011/NĐ-CP Điều 5, as amended by Nghị định 25/2022/NĐ-CP). */
export const POSTAL_CONDITIONS_SOURCE: LegalSource = cite(ND_47_2011, 'Điều 5', {
  confidence: 'M',
  note: 'Điều kiện cấp giấy phép bưu chính: đăng ký doanh nghiệp; khả năng tài chính (vốn tối thiểu), nhân sự phù hợp với phương án kinh doanh; phương án kinh doanh khả thi phù hợp quy định về chất lượng dịch vụ; biện pháp bảo đảm an ninh thông tin, an toàn đối với con người, bưu gửi, mạng bưu chính. Theo docs/procedures.md (độ tin cậy M); số điều theo văn bản hợp nhất chưa đối chiếu.',
});

/** Mức vốn tối thiểu (Nghị định 47/2011/NĐ-CP Điều 6, as amended by Nghị định 25/2022/NĐ-CP). */
export const POSTAL_CAPITAL_SOURCE: LegalSource = cite(
  ND_25_2022,
  'Điều 1 (sửa đổi Điều 6 Nghị định 47/2011)',
  {
    confidence: 'M',
    note: 'Vốn tối thiểu 2 tỷ đồng khi cung ứng dịch vụ thư trong phạm vi nội tỉnh, liên tỉnh; 5 tỷ đồng khi cung ứng dịch vụ thư quốc tế (mức quốc tế: độ tin cậy L). Sở chỉ cấp phép phạm vi nội tỉnh. Cấu hình được.',
  },
);

export const POSTAL_SCOPES = ['noi-tinh', 'lien-tinh', 'quoc-te'] as const;
export type PostalScope = (typeof POSTAL_SCOPES)[number];

export const postalScopeLabels: Record<PostalScope, string> = {
  'noi-tinh': 'Dịch vụ thư trong phạm vi nội tỉnh',
  'lien-tinh': 'Dịch vụ thư trong phạm vi liên tỉnh',
  'quoc-te': 'Dịch vụ thư quốc tế',
};

/** One version of the minimum capital by scope, in force from `effectiveFrom`. */
export interface PostalCapitalRule {
  effectiveFrom: string;
  minimumVnd: Readonly<Record<PostalScope, number>>;
  source: LegalSource;
}

export const POSTAL_CAPITAL_RULES: readonly PostalCapitalRule[] = Object.freeze([
  {
    // Nghị định 25/2022/NĐ-CP took effect on 01/06/2022 (M)
    effectiveFrom: '2022-06-01',
    minimumVnd: Object.freeze({
      'noi-tinh': 2_000_000_000,
      'lien-tinh': 2_000_000_000,
      'quoc-te': 5_000_000_000,
    }),
    source: POSTAL_CAPITAL_SOURCE,
  },
]);

export type PostalConditionKey =
  | 'dang-ky-doanh-nghiep'
  | 'von-toi-thieu'
  | 'nhan-su'
  | 'phuong-an-kinh-doanh'
  | 'an-ninh-an-toan'
  | 'mau-hop-dong';

/** A condition the officer checks; `capital` is judged from the recorded figure, the others by the officer. */
export interface PostalCondition {
  key: PostalConditionKey;
  label: string;
  /** what the officer looks at in the dossier */
  evidence: string;
  kind: 'capital' | 'judgement';
  source: LegalSource;
}

export const POSTAL_LICENCE_CONDITIONS: readonly PostalCondition[] = Object.freeze([
  {
    key: 'dang-ky-doanh-nghiep',
    label: 'Có giấy chứng nhận đăng ký doanh nghiệp (hoặc giấy tờ tương đương) phù hợp',
    evidence: 'Bản sao giấy chứng nhận đăng ký doanh nghiệp trong hồ sơ',
    kind: 'judgement',
    source: POSTAL_CONDITIONS_SOURCE,
  },
  {
    key: 'von-toi-thieu',
    label: 'Vốn tối thiểu theo phạm vi cung ứng dịch vụ',
    evidence: 'Phương án kinh doanh; báo cáo tài chính hoặc giấy tờ chứng minh vốn',
    kind: 'capital',
    source: POSTAL_CAPITAL_SOURCE,
  },
  {
    key: 'nhan-su',
    label: 'Nhân sự phù hợp với phương án kinh doanh',
    evidence: 'Phương án kinh doanh (tổ chức bộ máy, nhân lực)',
    kind: 'judgement',
    source: POSTAL_CONDITIONS_SOURCE,
  },
  {
    key: 'phuong-an-kinh-doanh',
    label: 'Phương án kinh doanh khả thi, phù hợp quy định về chất lượng dịch vụ bưu chính',
    evidence: 'Phương án kinh doanh; bảng giá cước, giới hạn trách nhiệm bồi thường, thời gian toàn trình',
    kind: 'judgement',
    source: POSTAL_CONDITIONS_SOURCE,
  },
  {
    key: 'an-ninh-an-toan',
    label: 'Có biện pháp bảo đảm an ninh thông tin, an toàn đối với con người, bưu gửi và mạng bưu chính',
    evidence: 'Phương án kinh doanh (biện pháp bảo đảm an ninh, an toàn)',
    kind: 'judgement',
    source: POSTAL_CONDITIONS_SOURCE,
  },
  {
    key: 'mau-hop-dong',
    label: 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính phù hợp quy định',
    evidence: 'Mẫu hợp đồng trong hồ sơ',
    kind: 'judgement',
    source: cite(ND_47_2011, undefined, {
      confidence: 'L',
      note: 'Thành phần hồ sơ đề nghị cấp giấy phép; kiểm tra nội dung theo Luật Bưu chính (hợp đồng cung ứng dịch vụ).',
    }),
  },
]);

/**
 * The procedures whose approval needs every condition met: the first licence and the re-issue on expiry (a new
 * term, appraised as a new licence). An amendment that widens the scope is appraised on its own documents.
 */
export const POSTAL_PROCEDURES_WITH_CONDITIONS: readonly string[] = Object.freeze([
  'buu-chinh.cap-giay-phep',
  'buu-chinh.cap-lai-giay-phep-het-han',
]);
