// Science and technology procedures (khoản 6 of Điều 2; result registration is khoản 13 c).
// Source: docs/procedures.md, "Science and technology tasks".
import type { ProcedureVersion } from './procedure.types';
import {
  BASELINE_NOTE,
  CATALOG_BASELINE,
  cite,
  LUAT_93_2025,
  ND_267_2025,
  ND_70_2018,
  SCIENCE_PORTAL,
  TT_02_2015,
  TT_14_2014,
  TT_36_2025,
} from './legal-sources.data';
import { appraisalStep, approvalStep, cd, receiveStep, returnStep, wd } from './one-stop-steps.data';

/** Luật 93/2025/QH15 took effect on this day. */
export const SCIENCE_LAW_2025_FROM = '2025-10-01';

const scienceField = {
  khoan: 6,
  fieldSlug: 'science-technology-innovation',
  app: 'science',
  receivingBody: 'Sở Khoa học và Công nghệ',
} as const;

const NO_FEE = 'Không thu phí.';

export const scienceProcedures: ProcedureVersion[] = [
  {
    khoan: 13,
    fieldSlug: 'science-information-statistics',
    app: 'science',
    receivingBody: 'Sở Khoa học và Công nghệ',
    code: 'khcn.dang-ky-ket-qua',
    nationalCode: '1.004473',
    version: '2024.1',
    name: 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh',
    legalBasis: [SCIENCE_PORTAL('1.004473'), LUAT_93_2025, TT_14_2014],
    processingTime: { ...wd(5), from: 'ngày nhận đủ hồ sơ hợp lệ', source: SCIENCE_PORTAL('1.004473') },
    steps: [
      receiveStep,
      appraisalStep(
        wd(5),
        SCIENCE_PORTAL('1.004473'),
        'Kiểm tra hồ sơ và cấp Giấy chứng nhận đăng ký kết quả',
      ),
      approvalStep,
      returnStep,
    ],
    components: [
      {
        key: 'phieu-dang-ky',
        name: 'Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ',
        required: true,
        confidence: 'M',
      },
      {
        key: 'bao-cao-tong-hop',
        name: 'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ (bản giấy và bản điện tử), đã hoàn thiện sau đánh giá, nghiệm thu',
        required: true,
        confidence: 'M',
      },
      {
        key: 'bien-ban-nghiem-thu',
        name: 'Biên bản họp hội đồng đánh giá, nghiệm thu kết quả thực hiện nhiệm vụ',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: NO_FEE,
    free: true,
    outcome: { document: 'Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ' },
    effectiveFrom: CATALOG_BASELINE,
    regime: 'Luật KH&CN 2013 → Luật 93/2025',
    confidence: 'H',
    notes: [
      'Thuộc khoản 13 điểm c (thông tin, thống kê khoa học và công nghệ).',
      'Tài liệu nguồn không nêu văn bản căn cứ; Thông tư 14/2014/TT-BKHCN do nhóm phát triển xác định (L).',
      BASELINE_NOTE,
    ],
  },
  {
    ...scienceField,
    code: 'khcn.giao-quyen-ket-qua',
    version: '2024.1',
    name: 'Giao quyền sở hữu, quyền sử dụng kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước',
    legalBasis: [ND_70_2018, LUAT_93_2025],
    processingTime: {
      ...wd(30),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(ND_70_2018, undefined, {
        confidence: 'H',
        note: 'Thời hạn 30 ngày làm việc: độ tin cậy H theo tài liệu nguồn; số hiệu văn bản căn cứ do nhóm phát triển xác định.',
      }),
    },
    filingDeadline: {
      ...cd(60),
      rule: 'Tổ chức chủ trì báo cáo tài sản trong 60 ngày kể từ ngày nhiệm vụ được đánh giá, nghiệm thu đạt',
      source: cite(ND_70_2018, undefined, { confidence: 'M' }),
    },
    steps: [
      receiveStep,
      appraisalStep(
        wd(30),
        cite(ND_70_2018, undefined, { confidence: 'H' }),
        'Thẩm định hồ sơ, trình quyết định giao quyền',
      ),
      approvalStep,
      returnStep,
    ],
    components: [
      {
        key: 'van-ban-de-nghi',
        name: 'Văn bản đề nghị giao quyền sở hữu, quyền sử dụng kết quả',
        required: true,
        confidence: 'M',
      },
      {
        key: 'bao-cao-tai-san',
        name: 'Báo cáo tài sản hình thành thông qua việc thực hiện nhiệm vụ',
        required: true,
        confidence: 'M',
      },
      {
        key: 'bien-ban-nghiem-thu',
        name: 'Biên bản đánh giá, nghiệm thu kết quả thực hiện nhiệm vụ',
        required: true,
        confidence: 'L',
      },
      {
        key: 'phuong-an-khai-thac',
        name: 'Phương án khai thác, sử dụng, thương mại hóa kết quả',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: 'Tài liệu nguồn không nêu phí.',
    outcome: {
      document:
        'Quyết định giao quyền sở hữu, quyền sử dụng kết quả thực hiện nhiệm vụ khoa học và công nghệ',
    },
    effectiveFrom: CATALOG_BASELINE,
    regime: 'NĐ 70/2018',
    confidence: 'H',
    notes: ['Thời hạn nộp báo cáo tài sản (60 ngày) có độ tin cậy M.', BASELINE_NOTE],
  },
  {
    ...scienceField,
    code: 'khcn.danh-gia-khong-ngan-sach',
    version: '2015.1',
    name: 'Đánh giá, thẩm định kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước',
    legalBasis: [TT_02_2015],
    processingTime: {
      ...wd(45),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(TT_02_2015, undefined, {
        note: 'Phiên bản cũ theo tài liệu nguồn: 45 ngày làm việc; 5 ngày làm việc đối với trường hợp rút gọn.',
      }),
    },
    steps: [
      receiveStep,
      appraisalStep(
        wd(45),
        TT_02_2015,
        'Tổ chức đánh giá, thẩm định kết quả (5 ngày làm việc đối với trường hợp rút gọn)',
      ),
      approvalStep,
      returnStep,
    ],
    components: [
      {
        key: 'don-de-nghi',
        name: 'Đơn đề nghị đánh giá, thẩm định kết quả thực hiện nhiệm vụ',
        required: true,
        confidence: 'L',
      },
      {
        key: 'bao-cao-tong-hop',
        name: 'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: NO_FEE,
    free: true,
    outcome: { document: 'Văn bản thông báo kết quả đánh giá, thẩm định kết quả thực hiện nhiệm vụ' },
    effectiveFrom: CATALOG_BASELINE,
    effectiveTo: '2025-09-30',
    regime: 'Luật KH&CN 2013 (TT 02/2015)',
    confidence: 'L',
    notes: [
      'Tài liệu nguồn ghi "phiên bản cũ: 45 ngày làm việc, 5 ngày cho trường hợp rút gọn" nhưng không nêu ngày chuyển; mốc 01/10/2025 (Luật 93/2025 có hiệu lực) do nhóm phát triển suy ra.',
      BASELINE_NOTE,
    ],
  },
  {
    ...scienceField,
    code: 'khcn.danh-gia-khong-ngan-sach',
    nationalCode: '1.014444',
    version: '2025.1',
    name: 'Đánh giá kết quả thực hiện nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo không sử dụng ngân sách nhà nước',
    legalBasis: [SCIENCE_PORTAL('1.014444.H38'), LUAT_93_2025, ND_267_2025, TT_36_2025],
    processingTime: {
      ...cd(28),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: SCIENCE_PORTAL('1.014444.H38'),
    },
    steps: [
      receiveStep,
      appraisalStep(cd(28), SCIENCE_PORTAL('1.014444.H38'), 'Tổ chức đánh giá kết quả thực hiện nhiệm vụ'),
      approvalStep,
      returnStep,
    ],
    components: [
      {
        key: 'don-de-nghi',
        name: 'Văn bản đề nghị đánh giá kết quả thực hiện nhiệm vụ',
        required: true,
        confidence: 'L',
      },
      {
        key: 'bao-cao-tong-hop',
        name: 'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ',
        required: true,
        confidence: 'L',
      },
      {
        key: 'san-pham',
        name: 'Tài liệu về sản phẩm, kết quả của nhiệm vụ',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: NO_FEE,
    free: true,
    outcome: { document: 'Văn bản thông báo kết quả đánh giá kết quả thực hiện nhiệm vụ' },
    effectiveFrom: SCIENCE_LAW_2025_FROM,
    regime: 'Luật 93/2025 – NĐ 267/2025',
    confidence: 'H',
    notes: [
      'Một tỉnh công bố với mã 1.014444.H38.',
      'Tài liệu nguồn ghi "28 ngày" (không ghi ngày làm việc): lưu là ngày theo lịch; cấu hình được.',
      'Phiên bản cũ: 45 ngày làm việc, 5 ngày làm việc cho trường hợp rút gọn.',
    ],
  },
];
