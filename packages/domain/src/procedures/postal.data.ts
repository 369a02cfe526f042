// Postal procedures (khoản 14 of Điều 2), received by Sở KH&CN. Source: docs/procedures.md, "Postal".
import type { DossierComponent, ProcedureVersion } from './procedure.types';
import {
  BASELINE_NOTE,
  CATALOG_BASELINE,
  cite,
  LUAT_BUU_CHINH,
  ND_25_2022,
  ND_47_2011,
  ONE_SUPPLEMENT_ONLY,
  POSTAL_PORTAL,
  TT_25_2020,
  TT_291_2016,
} from './legal-sources.data';
import {
  appraisalStep,
  approvalStep,
  completenessStep,
  receiveStep,
  returnStep,
  supplementStep,
  cd,
  wd,
} from './one-stop-steps.data';

const common = {
  khoan: 14,
  fieldSlug: 'postal',
  app: 'licensing',
  receivingBody: 'Sở Khoa học và Công nghệ',
  effectiveFrom: CATALOG_BASELINE,
  regime: 'Luật Bưu chính 2010 – NĐ 47/2011 (sửa đổi bởi NĐ 25/2022)',
} as const;

const postalBasis = [LUAT_BUU_CHINH, ND_47_2011, ND_25_2022];

/**
 * The postal licence takes 20 calendar days: Nghị định 25/2022/NĐ-CP says "20 ngày" for the licence but
 * "10 ngày làm việc" for the confirmation, so the licence's days are calendar days. Huế's page (QĐ 1220/QĐ-UBND
 * 2022) shows 20 working days, but a province may publish a shorter time, never a longer one, and it is not a
 * national source.
 */
const POSTAL_LICENCE_TIME = cite(ND_25_2022, undefined, {
  confidence: 'M',
  note: 'Nghị định 25/2022/NĐ-CP ghi "20 ngày" cho giấy phép (khác "10 ngày làm việc" của văn bản xác nhận): tính theo ngày dương lịch. Quyết định 1220/QĐ-UBND (Huế, 2022) ghi 20 ngày làm việc — không phải nguồn quốc gia; tỉnh chỉ được công bố thời hạn ngắn hơn.',
});

/** Longest term of a postal licence: the applicant asks for a term, at most 10 years (Luật Bưu chính Điều 22). */
export const POSTAL_LICENCE_MAX_YEARS = 10;
export const POSTAL_LICENCE_TERM_SOURCE = cite(LUAT_BUU_CHINH, 'Điều 22', {
  confidence: 'M',
  note: 'Thời hạn giấy phép theo đề nghị của doanh nghiệp, tối đa 10 năm.',
});

const licenceComponents: DossierComponent[] = [
  { key: 'don-de-nghi', name: 'Giấy đề nghị cấp giấy phép bưu chính', required: true, confidence: 'M' },
  {
    key: 'dang-ky-doanh-nghiep',
    name: 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy tờ có giá trị tương đương',
    required: true,
    confidence: 'M',
  },
  {
    key: 'dieu-le',
    name: 'Điều lệ tổ chức và hoạt động của doanh nghiệp',
    required: false,
    when: 'Nếu có',
    confidence: 'L',
  },
  {
    key: 'phuong-an-kinh-doanh',
    name: 'Phương án kinh doanh (chứng minh vốn tối thiểu 2 tỷ đồng và tính khả thi)',
    required: true,
    confidence: 'M',
  },
  {
    key: 'mau-hop-dong',
    name: 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính',
    required: true,
    confidence: 'L',
  },
  {
    key: 'bang-gia-cuoc',
    name: 'Bảng giá cước, mức giới hạn trách nhiệm bồi thường thiệt hại, quy định về khối lượng, kích thước bưu gửi và thời gian toàn trình',
    required: true,
    confidence: 'L',
  },
  {
    key: 'nhan-dien',
    name: 'Mẫu biểu trưng, nhãn hiệu, ký hiệu đặc thù hoặc yếu tố thuộc hệ thống nhận diện của doanh nghiệp',
    required: false,
    when: 'Nếu có',
    confidence: 'L',
  },
  {
    key: 'thoa-thuan-hop-tac',
    name: 'Thỏa thuận với doanh nghiệp khác về việc hợp tác cung ứng dịch vụ bưu chính',
    required: false,
    when: 'Trường hợp hợp tác cung ứng dịch vụ',
    confidence: 'L',
  },
];

const noticeComponents: DossierComponent[] = [
  {
    key: 'van-ban-thong-bao',
    name: 'Văn bản thông báo hoạt động bưu chính',
    required: true,
    confidence: 'M',
  },
  {
    key: 'dang-ky-doanh-nghiep',
    name: 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp, đăng ký hoạt động chi nhánh hoặc văn phòng đại diện',
    required: true,
    confidence: 'M',
  },
  {
    key: 'hop-dong-nhuong-quyen',
    name: 'Bản sao hợp đồng nhượng quyền thương mại',
    required: false,
    when: 'Trường hợp làm đại lý hoặc nhận nhượng quyền thương mại dịch vụ bưu chính',
    confidence: 'L',
  },
];

const amendComponents = (what: string): DossierComponent[] => [
  { key: 'don-de-nghi', name: `Văn bản đề nghị sửa đổi, bổ sung ${what}`, required: true, confidence: 'M' },
  {
    key: 'tai-lieu-sua-doi',
    name: 'Tài liệu liên quan đến nội dung đề nghị sửa đổi, bổ sung',
    required: true,
    confidence: 'L',
  },
];

const reissueComponents = (what: string): DossierComponent[] => [
  {
    key: 'don-de-nghi',
    name: `Văn bản đề nghị cấp lại ${what}, nêu rõ lý do`,
    required: true,
    confidence: 'M',
  },
  {
    key: 'ban-hu-hong',
    name: `${what[0]?.toUpperCase()}${what.slice(1)} bị hư hỏng`,
    required: false,
    when: 'Trường hợp bị hư hỏng',
    confidence: 'L',
  },
];

export const postalProcedures: ProcedureVersion[] = [
  {
    ...common,
    code: 'buu-chinh.cap-giay-phep',
    version: '2022.1',
    name: 'Cấp giấy phép bưu chính (phạm vi nội tỉnh)',
    legalBasis: postalBasis,
    processingTime: {
      ...cd(20),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: POSTAL_LICENCE_TIME,
    },
    completenessCheck: {
      ...wd(7),
      source: ND_25_2022,
      note: 'Xác nhận tiếp nhận trong 3 ngày làm việc; thông báo sửa đổi, bổ sung (một lần) trong 7 ngày làm việc.',
    },
    supplementLimit: { ...wd(15), source: ND_25_2022 },
    steps: [
      receiveStep,
      {
        key: 'xac-nhan-tiep-nhan',
        name: 'Xác nhận tiếp nhận hồ sơ',
        duration: wd(3),
        source: ND_25_2022,
        actor: 'agency',
      },
      completenessStep(
        wd(7),
        ND_25_2022,
        'Kiểm tra hồ sơ; thông báo một lần bằng văn bản yêu cầu sửa đổi, bổ sung',
      ),
      supplementStep(wd(15), ND_25_2022),
      appraisalStep(
        cd(20),
        POSTAL_LICENCE_TIME,
        'Thẩm định điều kiện cấp giấy phép (vốn, phương án kinh doanh) và cấp giấy phép',
      ),
      approvalStep,
      returnStep,
    ],
    components: licenceComponents,
    fees: [
      {
        key: 'cap-lan-dau',
        label: 'Phí thẩm định điều kiện hoạt động bưu chính – cấp giấy phép lần đầu',
        amount: 10_750_000,
        kind: 'phí',
        source: cite(TT_291_2016, undefined, {
          note: 'Theo Thông tư 291/2016/TT-BTC sửa đổi bởi Thông tư 25/2020/TT-BTC, như một tỉnh công bố.',
        }),
      },
      {
        key: 'chuyen-nhuong',
        label: 'Phí thẩm định – cấp giấy phép khi chuyển giao toàn bộ doanh nghiệp',
        amount: 4_250_000,
        kind: 'phí',
        source: TT_25_2020,
      },
    ],
    outcome: { document: 'Giấy phép bưu chính' },
    validity: {
      years: POSTAL_LICENCE_MAX_YEARS,
      note: 'Thời hạn theo đề nghị của doanh nghiệp, tối đa 10 năm.',
      source: POSTAL_LICENCE_TERM_SOURCE,
    },
    confidence: 'M',
    notes: [
      'Điều kiện: vốn tối thiểu 2 tỷ đồng (phạm vi nội tỉnh, liên tỉnh); phương án kinh doanh khả thi.',
      BASELINE_NOTE,
    ],
  },
  {
    ...common,
    code: 'buu-chinh.xac-nhan-thong-bao',
    version: '2022.1',
    name: 'Cấp văn bản xác nhận thông báo hoạt động bưu chính',
    legalBasis: postalBasis,
    processingTime: {
      amount: 10,
      unit: 'working_days',
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(ND_25_2022, undefined, { confidence: 'H' }),
    },
    steps: [
      receiveStep,
      {
        key: 'kiem-tra-ho-so',
        name: 'Kiểm tra hồ sơ; yêu cầu bổ sung, hoàn thiện một lần nếu chưa đầy đủ',
        source: ONE_SUPPLEMENT_ONLY,
        actor: 'agency',
      },
      appraisalStep(wd(10), ND_25_2022, 'Xem xét hồ sơ và cấp văn bản xác nhận thông báo'),
      approvalStep,
      returnStep,
    ],
    components: noticeComponents,
    fees: [
      {
        key: 'noi-tinh',
        label: 'Phí thẩm định – doanh nghiệp cung ứng dịch vụ trong phạm vi nội tỉnh',
        amount: 1_250_000,
        kind: 'phí',
        source: TT_25_2020,
        note: 'Một trang cũ ghi 1.000.000đ phí và 200.000đ lệ phí (độ tin cậy thấp).',
      },
      {
        key: 'chi-nhanh',
        label: 'Phí thẩm định – chi nhánh, văn phòng đại diện',
        amount: 1_000_000,
        kind: 'phí',
        source: TT_25_2020,
      },
    ],
    outcome: { document: 'Văn bản xác nhận thông báo hoạt động bưu chính' },
    confidence: 'H',
    notes: ['Mức phí có độ tin cậy trung bình (M).', BASELINE_NOTE],
  },
  {
    ...common,
    code: 'buu-chinh.sua-doi-giay-phep',
    version: '2022.1',
    name: 'Sửa đổi, bổ sung giấy phép bưu chính',
    legalBasis: postalBasis,
    processingTime: {
      amount: 10,
      unit: 'working_days',
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(ND_25_2022, undefined, { confidence: 'M' }),
    },
    steps: [
      receiveStep,
      appraisalStep(wd(10), ND_25_2022, 'Thẩm định và cấp giấy phép sửa đổi, bổ sung'),
      {
        key: 'tu-choi',
        name: 'Trường hợp từ chối: thông báo bằng văn bản, nêu rõ lý do',
        duration: wd(5),
        source: ND_25_2022,
        actor: 'agency',
      },
      approvalStep,
      returnStep,
    ],
    components: amendComponents('giấy phép bưu chính'),
    fees: [
      {
        key: 'mo-rong-pham-vi',
        label: 'Phí thẩm định – sửa đổi, bổ sung làm mở rộng phạm vi cung ứng dịch vụ',
        amount: 2_750_000,
        kind: 'phí',
        source: cite(TT_25_2020, undefined, { confidence: 'H' }),
      },
      {
        key: 'noi-dung-khac',
        label: 'Phí thẩm định – sửa đổi, bổ sung nội dung khác',
        amount: 750_000,
        kind: 'phí',
        source: cite(TT_25_2020, undefined, { confidence: 'H' }),
      },
    ],
    outcome: { document: 'Giấy phép bưu chính (sửa đổi, bổ sung)' },
    validity: {
      note: 'Giữ nguyên thời hạn của giấy phép đã cấp.',
      source: cite(ND_47_2011, undefined, { confidence: 'M' }),
    },
    confidence: 'M',
    notes: ['Độ tin cậy trong tài liệu nguồn: M–H.', BASELINE_NOTE],
  },
  {
    ...common,
    code: 'buu-chinh.sua-doi-xac-nhan',
    nationalCode: '1.010902',
    version: '2022.1',
    name: 'Sửa đổi, bổ sung văn bản xác nhận thông báo hoạt động bưu chính',
    legalBasis: [...postalBasis, POSTAL_PORTAL('1.010902')],
    processingTime: {
      amount: 10,
      unit: 'working_days',
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: POSTAL_PORTAL('1.010902'),
    },
    steps: [
      receiveStep,
      appraisalStep(wd(10), POSTAL_PORTAL('1.010902'), 'Xem xét và cấp văn bản xác nhận sửa đổi, bổ sung'),
      {
        key: 'tu-choi',
        name: 'Trường hợp từ chối: thông báo bằng văn bản, nêu rõ lý do',
        duration: wd(5),
        source: POSTAL_PORTAL('1.010902'),
        actor: 'agency',
      },
      approvalStep,
      returnStep,
    ],
    components: amendComponents('văn bản xác nhận thông báo hoạt động bưu chính'),
    fees: [],
    feeNote: 'Không thu phí.',
    free: true,
    outcome: { document: 'Văn bản xác nhận thông báo hoạt động bưu chính (sửa đổi, bổ sung)' },
    confidence: 'H',
    notes: [BASELINE_NOTE],
  },
  {
    ...common,
    code: 'buu-chinh.cap-lai-giay-phep',
    nationalCode: '1.004379',
    version: '2022.1',
    name: 'Cấp lại giấy phép bưu chính khi bị mất hoặc hư hỏng',
    legalBasis: [...postalBasis, POSTAL_PORTAL('1.004379')],
    processingTime: {
      amount: 7,
      unit: 'working_days',
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(POSTAL_PORTAL('1.004379'), undefined, { confidence: 'M' }),
    },
    steps: [
      receiveStep,
      appraisalStep(wd(7), POSTAL_PORTAL('1.004379'), 'Cấp lại giấy phép theo bản gốc lưu'),
      approvalStep,
      returnStep,
    ],
    components: reissueComponents('giấy phép bưu chính'),
    fees: [
      {
        key: 'cap-lai',
        label: 'Phí thẩm định – cấp lại giấy phép bưu chính',
        amount: 500_000,
        kind: 'phí',
        source: cite(TT_25_2020, undefined, { confidence: 'L' }),
        note: 'Một trang khác ghi 1.250.000đ theo Thông tư 291/2016/TT-BTC trước khi sửa đổi.',
      },
    ],
    outcome: { document: 'Giấy phép bưu chính (cấp lại)' },
    validity: {
      note: 'Sao từ bản gốc; giữ nguyên nội dung và thời hạn của giấy phép đã cấp.',
      source: cite(ND_47_2011, undefined, { confidence: 'M' }),
    },
    confidence: 'M',
    notes: [
      'Chỉ áp dụng khi giấy phép bị mất hoặc hư hỏng; cấp lại khi hết hạn là thủ tục riêng (1.003633) với thời hạn mới.',
      'Mức phí có độ tin cậy thấp (L).',
      BASELINE_NOTE,
    ],
  },
  {
    ...common,
    code: 'buu-chinh.cap-lai-giay-phep-het-han',
    nationalCode: '1.003633',
    version: '2022.1',
    name: 'Cấp lại giấy phép bưu chính khi hết hạn',
    legalBasis: [...postalBasis, POSTAL_PORTAL('1.003633')],
    processingTime: {
      ...wd(4),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(POSTAL_PORTAL('1.003633'), undefined, {
        confidence: 'L',
        note: 'Một tỉnh công bố 4 ngày làm việc; thời hạn quốc gia chưa đối chiếu — cấu hình được.',
      }),
    },
    filingDeadline: {
      ...cd(30),
      rule: 'Nộp hồ sơ ít nhất 30 ngày trước ngày giấy phép hết hạn',
      source: cite(POSTAL_PORTAL('1.003633'), undefined, { confidence: 'M' }),
    },
    steps: [
      receiveStep,
      appraisalStep(
        wd(4),
        cite(POSTAL_PORTAL('1.003633'), undefined, { confidence: 'L' }),
        'Thẩm định và cấp lại giấy phép với thời hạn mới',
      ),
      approvalStep,
      returnStep,
    ],
    components: [
      {
        key: 'don-de-nghi',
        name: 'Giấy đề nghị cấp lại giấy phép bưu chính khi hết hạn',
        required: true,
        confidence: 'M',
      },
      {
        key: 'dang-ky-doanh-nghiep',
        name: 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy tờ có giá trị tương đương',
        required: true,
        confidence: 'L',
      },
      {
        key: 'bao-cao-hoat-dong',
        name: 'Báo cáo tình hình hoạt động bưu chính trong thời hạn giấy phép',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [
      {
        key: 'cap-lai-het-han',
        label: 'Phí thẩm định – cấp lại giấy phép bưu chính khi hết hạn',
        amount: 5_375_000,
        kind: 'phí',
        source: cite(TT_25_2020, undefined, { confidence: 'L' }),
        note: 'Mức do một tỉnh công bố; chưa đối chiếu thông tư.',
      },
    ],
    outcome: { document: 'Giấy phép bưu chính (cấp lại khi hết hạn)' },
    validity: {
      years: POSTAL_LICENCE_MAX_YEARS,
      note: 'Thời hạn mới theo đề nghị của doanh nghiệp, tối đa 10 năm.',
      source: POSTAL_LICENCE_TERM_SOURCE,
    },
    confidence: 'M',
    notes: [
      'Thủ tục riêng với cấp lại khi mất, hư hỏng (1.004379): giấy phép cấp lại có thời hạn mới.',
      BASELINE_NOTE,
    ],
  },
  {
    ...common,
    code: 'buu-chinh.cap-lai-xac-nhan',
    nationalCode: '1.005442',
    version: '2022.1',
    name: 'Cấp lại văn bản xác nhận thông báo hoạt động bưu chính khi bị mất hoặc hư hỏng',
    legalBasis: [...postalBasis, POSTAL_PORTAL('1.005442')],
    processingTime: {
      amount: 7,
      unit: 'working_days',
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: POSTAL_PORTAL('1.005442'),
    },
    steps: [
      receiveStep,
      appraisalStep(wd(7), POSTAL_PORTAL('1.005442'), 'Cấp lại văn bản xác nhận theo bản gốc lưu'),
      approvalStep,
      returnStep,
    ],
    components: reissueComponents('văn bản xác nhận thông báo hoạt động bưu chính'),
    fees: [
      {
        key: 'cap-lai',
        label: 'Phí thẩm định – cấp lại văn bản xác nhận thông báo hoạt động bưu chính',
        amount: 500_000,
        kind: 'phí',
        source: cite(TT_25_2020, undefined, { confidence: 'H' }),
      },
    ],
    outcome: { document: 'Văn bản xác nhận thông báo hoạt động bưu chính (cấp lại)' },
    validity: {
      note: 'Sao từ bản gốc; giữ nguyên nội dung của văn bản xác nhận đã cấp.',
      source: cite(ND_47_2011, undefined, { confidence: 'M' }),
    },
    confidence: 'H',
    notes: ['Một tỉnh công bố thời hạn 6 ngày làm việc.', BASELINE_NOTE],
  },
];
