// Standards, metrology and quality procedures (khoản 11 of Điều 2), received by the Chi cục TĐC.
// Source: docs/procedures.md, "Standards and quality". The group-1/group-2 regime applies until 30/06/2026;
// the risk regime of Nghị định 37/2026/NĐ-CP from 01/07/2026.
import type { DossierComponent, ProcedureVersion, ProvincialOverride } from './procedure.types';
import {
  BASELINE_NOTE,
  CATALOG_BASELINE,
  cite,
  LUAT_70_2025,
  LUAT_78_2025,
  ND_132_2008,
  ND_154_2018,
  ND_37_2026,
  ND_74_2018,
  QD_2842_HCM,
  TT_02_2017,
  TT_14_2026,
  TT_21_2014,
  TT_28_2012,
  TT_36_2026,
} from './legal-sources.data';
import {
  appraisalStep,
  approvalStep,
  cd,
  completenessStep,
  receiveStep,
  returnStep,
  supplementStep,
  wd,
} from './one-stop-steps.data';

/** Last day of the group-2 regime; the risk regime of Nghị định 37/2026/NĐ-CP starts the next day. */
export const GROUP_REGIME_TO = '2026-06-30';
export const RISK_REGIME_FROM = '2026-07-01';

const common = {
  khoan: 11,
  fieldSlug: 'standards-metrology-quality',
  app: 'conformity',
  receivingBody: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
} as const;

const TBTNHS_FORM = 'Mẫu 3.TBTNHS Phụ lục III TT 28/2012/TT-BKHCN';
const NO_FEE_NOTE = 'Tài liệu nguồn không nêu phí, lệ phí cho thủ tục này.';

const hcm = (article: string, note?: string): ProvincialOverride => ({
  province: 'ho-chi-minh',
  processingTime: wd(5),
  source: cite(QD_2842_HCM, undefined, { note: `Công bố 5 ngày làm việc (căn cứ ${article}).` }),
  ...(note ? { note } : {}),
});

// ——— TT 28/2012: hồ sơ công bố (Điều 8 hợp chuẩn, Điều 14 hợp quy) ———
const CERT = 'Trường hợp công bố dựa trên kết quả chứng nhận của tổ chức chứng nhận';
const SELF = 'Trường hợp công bố dựa trên kết quả tự đánh giá';
/** The answers of the declaration that make a component apply (see requiredComponents). */
const ON_CERTIFICATE = { basis: ['registered_certifier', 'designated_certifier'] } as const;
const ON_SELF_ASSESSMENT = { basis: ['self_assessment'] } as const;
function tt28Components(kind: 'hợp chuẩn' | 'hợp quy'): DossierComponent[] {
  const certifier = kind === 'hợp quy' ? 'tổ chức chứng nhận được chỉ định' : 'tổ chức chứng nhận đã đăng ký';
  const standard = kind === 'hợp quy' ? 'quy chuẩn kỹ thuật' : 'tiêu chuẩn';
  return [
    {
      key: 'ban-cong-bo',
      name: `Bản công bố ${kind}`,
      form: 'Mẫu 2.CBHC/HQ Phụ lục III TT 28/2012/TT-BKHCN',
      required: true,
      confidence: 'H',
    },
    {
      key: 'giay-to-san-xuat-kinh-doanh',
      name: 'Bản sao giấy tờ chứng minh việc sản xuất, kinh doanh (Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh…)',
      required: true,
      confidence: 'M',
    },
    {
      key: 'giay-chung-nhan',
      name: `Bản sao giấy chứng nhận phù hợp ${standard} do ${certifier} cấp, kèm mẫu dấu ${kind}`,
      required: true,
      when: CERT,
      appliesWhen: ON_CERTIFICATE,
      confidence: 'H',
    },
    {
      key: 'quy-trinh-san-xuat',
      name: 'Quy trình sản xuất kèm kế hoạch kiểm soát chất lượng, hoặc bản sao chứng chỉ hệ thống quản lý (ISO 9001)',
      form: 'Mẫu 1.KHKSCL Phụ lục III TT 28/2012/TT-BKHCN',
      required: true,
      when: SELF,
      appliesWhen: ON_SELF_ASSESSMENT,
      confidence: 'M',
    },
    {
      key: 'ket-qua-thu-nghiem',
      name: `Bản sao phiếu kết quả thử nghiệm mẫu trong vòng 12 tháng${kind === 'hợp quy' ? ' của phòng thử nghiệm được chỉ định' : ''}`,
      required: true,
      when: SELF,
      appliesWhen: ON_SELF_ASSESSMENT,
      confidence: 'M',
    },
    {
      key: 'bao-cao-danh-gia',
      name: `Báo cáo đánh giá ${kind}, kèm mẫu dấu ${kind}`,
      form: 'Mẫu 5.BCĐG Phụ lục III TT 28/2012/TT-BKHCN',
      required: true,
      when: SELF,
      appliesWhen: ON_SELF_ASSESSMENT,
      confidence: 'M',
    },
  ];
}

function tt28Steps(article: string) {
  const source = cite(TT_28_2012, article);
  return [
    receiveStep,
    completenessStep(
      wd(3),
      source,
      'Kiểm tra thành phần hồ sơ; hồ sơ chưa đầy đủ thì thông báo bổ sung trong 3 ngày làm việc',
    ),
    supplementStep(
      wd(15),
      source,
      'Bổ sung hồ sơ trong 15 ngày làm việc kể từ ngày nhận thông báo; quá hạn có thể hủy hồ sơ',
    ),
    appraisalStep(
      wd(5),
      source,
      'Kiểm tra tính hợp lệ; ra Thông báo tiếp nhận hồ sơ công bố hoặc văn bản từ chối nêu rõ lý do',
    ),
    approvalStep,
    returnStep,
  ];
}

const tt28Validity = (kind: string, confidence: 'H' | 'M') => ({
  years: 3,
  note: `Theo hiệu lực của giấy chứng nhận do tổ chức chứng nhận cấp; trường hợp tự đánh giá: 3 năm kể từ ngày ký báo cáo đánh giá ${kind}.`,
  source: cite(TT_28_2012, undefined, { confidence }),
});

// ——— Nghị định 37/2026: công bố hợp quy theo mức rủi ro ———
const riskComponents: DossierComponent[] = [
  {
    key: 'ban-cong-bo',
    name: 'Bản công bố hợp quy',
    required: true,
    confidence: 'M',
    note: 'Số mẫu theo văn bản hướng dẫn Nghị định 37/2026/NĐ-CP chưa đối chiếu.',
  },
  {
    key: 'giay-chung-nhan-chi-dinh',
    name: 'Giấy chứng nhận hợp quy do tổ chức chứng nhận được chỉ định cấp',
    required: true,
    when: 'Sản phẩm, hàng hóa rủi ro cao',
    appliesWhen: { riskClass: ['high'] },
    confidence: 'H',
  },
  {
    key: 'giay-chung-nhan-cong-nhan',
    name: 'Giấy chứng nhận hợp quy do tổ chức chứng nhận được công nhận cấp',
    required: true,
    when: 'Sản phẩm, hàng hóa rủi ro trung bình, công bố dựa trên chứng nhận',
    appliesWhen: { riskClass: ['medium'], ...ON_CERTIFICATE },
    confidence: 'H',
  },
  {
    key: 'bao-cao-tu-danh-gia',
    name: 'Báo cáo tự đánh giá kèm kết quả thử nghiệm của phòng thử nghiệm được công nhận hoặc được chỉ định',
    required: true,
    when: 'Sản phẩm, hàng hóa rủi ro trung bình, công bố dựa trên tự đánh giá',
    appliesWhen: { riskClass: ['medium'], ...ON_SELF_ASSESSMENT },
    confidence: 'H',
  },
  {
    key: 'giay-to-san-xuat-kinh-doanh',
    name: 'Giấy tờ chứng minh việc sản xuất, kinh doanh',
    required: false,
    confidence: 'L',
    note: 'Có thể được tra cứu từ cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
  },
];

// ——— Dấu định lượng (TT 21/2014) ———
function quantityMarkSteps() {
  const source = cite(TT_21_2014, 'Điều 12');
  return [
    receiveStep,
    completenessStep(wd(3), source),
    supplementStep(cd(30), source, 'Bổ sung hồ sơ trong 30 ngày'),
    appraisalStep(
      wd(5),
      cite(TT_21_2014, 'Điều 12 khoản 3'),
      'Xem xét hồ sơ và ra thông báo tiếp nhận bản công bố',
    ),
    approvalStep,
    returnStep,
  ];
}

export const conformityProcedures: ProcedureVersion[] = [
  // ——— Công bố hợp quy ———
  {
    ...common,
    code: 'tdc.hop-quy',
    version: '2012.1',
    name: 'Tiếp nhận bản công bố hợp quy (sản phẩm, hàng hóa nhóm 2)',
    legalBasis: [cite(TT_28_2012, 'Điều 14, Điều 15'), TT_02_2017, ND_132_2008],
    processingTime: {
      ...wd(5),
      from: 'ngày nhận đủ hồ sơ công bố hợp quy',
      source: cite(TT_28_2012, 'Điều 15 khoản 2'),
    },
    completenessCheck: { ...wd(3), source: cite(TT_28_2012, 'Điều 15') },
    supplementLimit: {
      ...wd(15),
      source: cite(TT_28_2012, 'Điều 15'),
      note: 'Tính từ ngày thông báo; quá hạn không bổ sung thì cơ quan có quyền hủy bỏ việc xử lý hồ sơ.',
    },
    steps: tt28Steps('Điều 15'),
    components: tt28Components('hợp quy'),
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: { document: 'Thông báo tiếp nhận hồ sơ công bố hợp quy', form: TBTNHS_FORM },
    validity: tt28Validity('hợp quy', 'H'),
    effectiveFrom: CATALOG_BASELINE,
    effectiveTo: GROUP_REGIME_TO,
    regime: 'TT 28/2012 (nhóm 2)',
    confidence: 'H',
    override: hcm('TT 28/2012 Điều 15 khoản 2', 'Hợp quy đối với sản phẩm, hàng hóa sản xuất trong nước.'),
    notes: [
      'Phân loại nhóm 1/nhóm 2 áp dụng đến hết 30/06/2026.',
      'Thành phần hồ sơ theo TT 28/2012/TT-BKHCN Điều 14 (sửa đổi bởi TT 02/2017/TT-BKHCN); độ tin cậy ghi theo từng thành phần.',
      BASELINE_NOTE,
    ],
  },
  {
    ...common,
    code: 'tdc.hop-quy',
    version: '2026.1',
    name: 'Tiếp nhận bản công bố hợp quy (sản phẩm, hàng hóa rủi ro trung bình, rủi ro cao)',
    legalBasis: [LUAT_78_2025, LUAT_70_2025, cite(ND_37_2026, 'Điều 66 khoản 2'), TT_36_2026, TT_14_2026],
    processingTime: {
      ...wd(5),
      from: 'ngày nhận đủ hồ sơ công bố hợp quy',
      source: cite(TT_28_2012, 'Điều 15 khoản 2', {
        confidence: 'L',
        note: 'Tài liệu nguồn chưa nêu thời hạn theo Nghị định 37/2026/NĐ-CP: tạm giữ 5 ngày làm việc của TT 28/2012; cấu hình được.',
      }),
    },
    completenessCheck: {
      ...wd(3),
      source: cite(TT_28_2012, 'Điều 15', { confidence: 'L' }),
      note: 'Giữ theo TT 28/2012; chưa xác minh theo chế độ mới.',
    },
    supplementLimit: { ...wd(15), source: cite(TT_28_2012, 'Điều 15', { confidence: 'L' }) },
    steps: [
      receiveStep,
      completenessStep(wd(3), cite(TT_28_2012, 'Điều 15', { confidence: 'L' })),
      supplementStep(wd(15), cite(TT_28_2012, 'Điều 15', { confidence: 'L' })),
      appraisalStep(
        wd(5),
        cite(ND_37_2026, 'Điều 66 khoản 2', { confidence: 'L' }),
        'Kiểm tra căn cứ công bố theo mức rủi ro và cấp Phiếu tiếp nhận bản công bố',
      ),
      approvalStep,
      returnStep,
    ],
    components: riskComponents,
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: { document: 'Phiếu tiếp nhận bản công bố hợp quy' },
    validity: {
      years: 3,
      note: 'Theo hiệu lực của giấy chứng nhận hợp quy; trường hợp tự đánh giá: 3 năm (giữ theo TT 28/2012, chưa xác minh theo Nghị định 37/2026/NĐ-CP). Giấy chứng nhận cấp trước 01/07/2026 còn giá trị đến khi hết hạn.',
      source: cite(ND_37_2026, undefined, { confidence: 'L' }),
    },
    effectiveFrom: RISK_REGIME_FROM,
    regime: 'NĐ 37/2026 (rủi ro)',
    confidence: 'M',
    notes: [
      'Rủi ro thấp: nhà sản xuất tự công bố tiêu chuẩn áp dụng, không nộp hồ sơ (NĐ 37/2026, độ tin cậy H).',
      'Rủi ro trung bình: công bố hợp quy dựa trên chứng nhận của tổ chức được công nhận hoặc tự đánh giá kèm kết quả thử nghiệm của phòng thử nghiệm được công nhận/chỉ định; rủi ro cao: dựa trên chứng nhận của tổ chức được chỉ định (Điều 66.2, H).',
      'Nơi nộp: hàng hóa rủi ro trung bình tự công bố trên cơ sở dữ liệu quốc gia về chất lượng; TT 14/2026/TT-BKHCN có thể cho phép nộp trên cổng địa phương kèm Phiếu tiếp nhận (M–L).',
      'Hàng nhập khẩu rủi ro trung bình: không kiểm tra nhà nước; công bố hợp quy trước khi lưu thông, các lô sau cùng loại không phải công bố lại (Điều 82, 86.5).',
      'Kết quả kiểm tra tại địa phương cập nhật vào cơ sở dữ liệu địa phương hằng quý, trước ngày 25 (Điều 96.4).',
      'Quyết định 2842/QĐ-UBND TP. Hồ Chí Minh căn cứ TT 28/2012; chưa xác định còn áp dụng sau 01/07/2026 nên không ghi đè.',
    ],
  },

  // ——— Công bố hợp chuẩn ———
  {
    ...common,
    code: 'tdc.hop-chuan',
    nationalCode: '2.001209',
    version: '2012.1',
    name: 'Tiếp nhận bản công bố hợp chuẩn',
    legalBasis: [cite(TT_28_2012, 'Điều 8, Điều 10'), TT_02_2017, LUAT_70_2025],
    processingTime: {
      ...wd(5),
      from: 'ngày nhận đủ hồ sơ công bố hợp chuẩn',
      source: cite(TT_28_2012, 'Điều 10 khoản 2', { confidence: 'M' }),
    },
    completenessCheck: { ...wd(3), source: cite(TT_28_2012, 'Điều 10', { confidence: 'M' }) },
    supplementLimit: { ...wd(15), source: cite(TT_28_2012, 'Điều 10', { confidence: 'M' }) },
    steps: tt28Steps('Điều 10'),
    components: tt28Components('hợp chuẩn'),
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: { document: 'Thông báo tiếp nhận hồ sơ công bố hợp chuẩn', form: TBTNHS_FORM },
    validity: tt28Validity('hợp chuẩn', 'M'),
    effectiveFrom: CATALOG_BASELINE,
    regime: 'TT 28/2012',
    confidence: 'M',
    override: hcm('TT 28/2012 Điều 10 khoản 2'),
    notes: [
      'Mã thủ tục 2.001209: công bố dựa trên kết quả chứng nhận; 2.001207: công bố dựa trên kết quả tự đánh giá.',
      'Luật 70/2025/QH15 sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật từ 01/01/2026; tài liệu nguồn chưa nêu giá trị mới nên giữ một phiên bản.',
      BASELINE_NOTE,
    ],
  },

  // ——— Dấu định lượng ———
  {
    ...common,
    code: 'tdc.dau-dinh-luong',
    version: '2014.1',
    name: 'Công bố sử dụng dấu định lượng trên nhãn hàng đóng gói sẵn',
    legalBasis: [cite(TT_21_2014, 'Điều 12')],
    processingTime: {
      ...wd(5),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(TT_21_2014, 'Điều 12 khoản 3'),
    },
    completenessCheck: { ...wd(3), source: cite(TT_21_2014, 'Điều 12') },
    supplementLimit: { ...cd(30), source: cite(TT_21_2014, 'Điều 12') },
    steps: quantityMarkSteps(),
    components: [
      { key: 'ban-cong-bo', name: 'Bản công bố sử dụng dấu định lượng', required: true, confidence: 'M' },
      {
        key: 'tai-lieu-dap-ung',
        name: 'Tài liệu chứng minh việc đáp ứng yêu cầu bảo đảm đo lường đối với lượng của hàng đóng gói sẵn (kết quả đánh giá)',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: { document: 'Thông báo tiếp nhận bản công bố sử dụng dấu định lượng' },
    validity: {
      note: 'Không quy định thời hạn; số tiếp nhận được giữ nguyên qua các lần công bố lại, điều chỉnh.',
      source: cite(TT_21_2014, undefined, { confidence: 'M' }),
    },
    effectiveFrom: CATALOG_BASELINE,
    regime: 'TT 21/2014',
    confidence: 'M',
    override: hcm('TT 21/2014 Điều 12 khoản 3'),
    notes: ['Một tỉnh công bố thời hạn 3 ngày làm việc.', BASELINE_NOTE],
  },
  {
    ...common,
    code: 'tdc.dieu-chinh-dau-dinh-luong',
    version: '2014.1',
    name: 'Điều chỉnh nội dung công bố sử dụng dấu định lượng trên nhãn hàng đóng gói sẵn',
    legalBasis: [cite(TT_21_2014, 'Điều 12')],
    processingTime: {
      ...wd(5),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(TT_21_2014, 'Điều 12 khoản 3'),
    },
    completenessCheck: { ...wd(3), source: cite(TT_21_2014, 'Điều 12') },
    supplementLimit: { ...cd(30), source: cite(TT_21_2014, 'Điều 12') },
    steps: quantityMarkSteps(),
    components: [
      {
        key: 'ban-cong-bo',
        name: 'Bản công bố điều chỉnh sử dụng dấu định lượng',
        required: true,
        confidence: 'M',
      },
      {
        key: 'tai-lieu-dieu-chinh',
        name: 'Tài liệu liên quan đến nội dung điều chỉnh',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: { document: 'Thông báo tiếp nhận bản công bố điều chỉnh sử dụng dấu định lượng' },
    validity: {
      note: 'Giữ nguyên số tiếp nhận của lần công bố trước.',
      source: cite(TT_21_2014, undefined, { confidence: 'M' }),
    },
    effectiveFrom: CATALOG_BASELINE,
    regime: 'TT 21/2014',
    confidence: 'M',
    override: hcm('TT 21/2014 Điều 12 khoản 3'),
    notes: ['Một tỉnh công bố thời hạn 3 ngày làm việc.', BASELINE_NOTE],
  },

  // ——— Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu ———
  {
    ...common,
    code: 'tdc.kiem-tra-nhap-khau',
    version: '2018.1',
    name: 'Đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (nhóm 2)',
    legalBasis: [ND_132_2008, ND_74_2018, cite(ND_154_2018, 'Điều 4')],
    processingTime: {
      ...wd(1),
      from: 'ngày nhận hồ sơ đăng ký đầy đủ',
      source: cite(ND_154_2018, 'Điều 4', {
        confidence: 'M',
        note: 'Xác nhận bản đăng ký trong khoảng 1 ngày làm việc.',
      }),
    },
    steps: [
      receiveStep,
      {
        key: 'xac-nhan-dang-ky',
        name: 'Xác nhận đã đăng ký kiểm tra trên bản đăng ký để làm thủ tục thông quan',
        duration: wd(1),
        source: cite(ND_154_2018, 'Điều 4', { confidence: 'M' }),
        actor: 'agency',
      },
      {
        key: 'nop-ket-qua-danh-gia',
        name: 'Người nhập khẩu nộp kết quả đánh giá sự phù hợp (chứng nhận, giám định)',
        actor: 'applicant',
      },
      {
        key: 'thong-bao-ket-qua',
        name: 'Ra thông báo kết quả kiểm tra nhà nước trong 3 ngày làm việc kể từ khi nhận kết quả đánh giá sự phù hợp',
        // Nghị định 74/2018 (sửa Điều 7 Nghị định 132/2008) is remembered as "03 ngày làm việc"; the text was not
        // at hand to confirm the unit, so the value stays low-confidence (working days, the longer reading).
        duration: wd(3),
        source: cite(ND_74_2018, undefined, {
          confidence: 'L',
          note: 'Nhớ lại là "03 ngày làm việc"; chưa đối chiếu văn bản gốc về đơn vị ngày.',
        }),
        actor: 'agency',
      },
      returnStep,
    ],
    components: [
      {
        key: 'ban-dang-ky',
        name: 'Bản đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu',
        form: 'Mẫu 01 Phụ lục III Nghị định 154/2018/NĐ-CP',
        required: true,
        confidence: 'M',
      },
      {
        key: 'chung-tu-nhap-khau',
        name: 'Bản sao hợp đồng, danh mục hàng hóa, hóa đơn, vận đơn, tờ khai hàng hóa nhập khẩu',
        required: true,
        confidence: 'L',
      },
      {
        key: 'chung-nhan-hop-quy',
        name: 'Bản sao giấy chứng nhận hợp quy hoặc chứng thư giám định',
        required: false,
        when: 'Nộp khi có kết quả đánh giá sự phù hợp',
        confidence: 'M',
      },
      {
        key: 'anh-nhan',
        name: 'Ảnh hoặc bản mô tả hàng hóa, nhãn hàng hóa và nhãn phụ',
        required: true,
        confidence: 'L',
      },
    ],
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: {
      document:
        'Bản đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu có xác nhận; sau đó Thông báo kết quả kiểm tra',
      form: 'Mẫu 01 Phụ lục III Nghị định 154/2018/NĐ-CP',
    },
    effectiveFrom: CATALOG_BASELINE,
    effectiveTo: GROUP_REGIME_TO,
    regime: 'NĐ 74/2018, 154/2018 (nhóm 2)',
    confidence: 'L',
    notes: [
      'Độ tin cậy trong tài liệu nguồn: M–L.',
      'Nghị định 132/2008, 74/2018 và Điều 4 Nghị định 154/2018 hết hiệu lực từ 01/07/2026 (H).',
      BASELINE_NOTE,
    ],
  },
  {
    ...common,
    code: 'tdc.kiem-tra-nhap-khau',
    version: '2026.1',
    name: 'Đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (rủi ro cao)',
    legalBasis: [LUAT_78_2025, cite(ND_37_2026, 'Điều 83'), TT_36_2026],
    processingTime: {
      ...wd(1),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(ND_37_2026, 'Điều 83'),
    },
    supplementLimit: {
      ...wd(7),
      source: cite(ND_37_2026, 'Điều 83'),
      note: 'Hồ sơ chưa đầy đủ: người nhập khẩu hoàn thiện trong 7 ngày làm việc.',
    },
    steps: [
      {
        ...receiveStep,
        name: 'Tiếp nhận hồ sơ qua Cơ chế một cửa quốc gia hoặc Cổng Dịch vụ công quốc gia; cấp Phiếu tiếp nhận (Mẫu 2)',
        source: cite(ND_37_2026, 'Điều 83'),
      },
      supplementStep(
        wd(7),
        cite(ND_37_2026, 'Điều 83'),
        'Người nhập khẩu hoàn thiện hồ sơ trong 7 ngày làm việc',
      ),
      appraisalStep(
        wd(1),
        cite(ND_37_2026, 'Điều 83'),
        'Kiểm tra hồ sơ và ra Thông báo kết quả kiểm tra (Mẫu 3)',
      ),
      {
        key: 'khac-phuc-nhan',
        name: 'Khắc phục sai sót về nhãn hàng hóa trong 5 ngày',
        duration: cd(5),
        source: cite(ND_37_2026, 'Điều 83'),
        actor: 'applicant',
      },
      returnStep,
    ],
    components: [
      {
        key: 'ban-dang-ky',
        name: 'Bản đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu',
        form: 'Mẫu 1 Phụ lục VII Nghị định 37/2026/NĐ-CP',
        required: true,
        confidence: 'H',
      },
      {
        key: 'chung-nhan-hop-quy',
        name: 'Bản sao giấy chứng nhận hợp quy do tổ chức chứng nhận được chỉ định cấp',
        required: true,
        confidence: 'H',
      },
      { key: 'anh-nhan', name: 'Ảnh chụp nhãn hàng hóa', required: true, confidence: 'H' },
    ],
    fees: [],
    feeNote: NO_FEE_NOTE,
    outcome: {
      document: 'Thông báo kết quả kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu',
      form: 'Mẫu 3 Phụ lục VII Nghị định 37/2026/NĐ-CP',
    },
    effectiveFrom: RISK_REGIME_FROM,
    regime: 'NĐ 37/2026 (rủi ro cao)',
    confidence: 'H',
    notes: [
      'Phiếu tiếp nhận hồ sơ theo Mẫu 2 (Phụ lục VII).',
      'Hàng hóa rủi ro trung bình không kiểm tra nhà nước khi nhập khẩu; công bố hợp quy trước khi lưu thông (Điều 82, 86.5).',
      'Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ một lần (Nghị định 118/2025/NĐ-CP Điều 11).',
    ],
  },
];
