// Radiation procedures (khoản 12 of Điều 2): medical diagnostic X-ray and the khoản 12c equipment.
// Source: docs/procedures.md, "Radiation". Law changed on 01/01/2026 (Luật 94/2025/QH15, Nghị định 332/2025/NĐ-CP).
import type { LegalSource } from '../legal-source';
import type { DossierComponent, Fee, ProcedureVersion } from './procedure.types';
import {
  cite,
  LUAT_NLNT_2008,
  LUAT_NLNT_2025,
  ND_142_2020,
  ND_332_2025,
  QD_1471_TAY_NINH,
  QD_248_BKHCN,
  TT_287_2016,
} from './legal-sources.data';
import {
  appraisalStep,
  approvalStep,
  cd,
  completenessStep,
  receiveStep,
  returnStep,
  wd,
} from './one-stop-steps.data';

/** Last day under Nghị định 142/2020/NĐ-CP and first day under Nghị định 332/2025/NĐ-CP. */
export const RADIATION_OLD_FROM = '2021-02-01';
export const RADIATION_OLD_TO = '2025-12-31';
export const RADIATION_NEW_FROM = '2026-01-01';

const common = {
  khoan: 12,
  fieldSlug: 'radiation-nuclear-safety',
  app: 'licensing',
  receivingBody: 'Sở Khoa học và Công nghệ',
} as const;

const old = {
  ...common,
  effectiveFrom: RADIATION_OLD_FROM,
  effectiveTo: RADIATION_OLD_TO,
  regime: 'NĐ 142/2020 (Luật NLNT 2008)',
} as const;
const oldBasis = [LUAT_NLNT_2008, ND_142_2020];
const OLD_DATE_NOTE =
  'Nghị định 142/2020/NĐ-CP có hiệu lực từ 01/02/2021 (theo trang tư vấn pháp luật, độ tin cậy M).';

const current = {
  ...common,
  effectiveFrom: RADIATION_NEW_FROM,
  regime: 'Luật 94/2025 – NĐ 332/2025',
} as const;
const newBasis = [LUAT_NLNT_2025, ND_332_2025, QD_248_BKHCN, QD_1471_TAY_NINH];

const EQUIPMENT_2026 =
  'thiết bị X-quang chẩn đoán trong y tế, PET/CT, SPECT/CT và thiết bị phát tia X (trừ thiết bị chụp ảnh phóng xạ công nghiệp)';

// ——— Fees per device (phí thẩm định cấp giấy phép) ———
const deviceFees: [key: string, label: string, amount: number][] = [
  ['nha-khoa', 'Thiết bị X-quang chẩn đoán nha khoa', 2_000_000],
  ['chup-vu', 'Thiết bị X-quang chụp vú', 2_000_000],
  ['di-dong', 'Thiết bị X-quang di động', 2_000_000],
  ['tong-hop', 'Thiết bị X-quang chẩn đoán thông thường (tổng hợp)', 3_000_000],
  ['do-mat-do-xuong', 'Thiết bị đo mật độ xương', 3_000_000],
  ['tang-sang', 'Thiết bị X-quang tăng sáng truyền hình (chiếu)', 5_000_000],
  ['ct', 'Thiết bị chụp cắt lớp vi tính (CT)', 8_000_000],
  ['pet-ct', 'Thiết bị PET/CT', 16_000_000],
];

/**
 * Other X-ray emitting devices of the khoản 12c list, licensed by the province from 01/01/2026: 4.000.000đ per device
 * (the pre-2026 rate of TT 287/2016, H). No SPECT/CT, XRD or electron-microscope row was found: they have no fee key,
 * so the fee step stops for them instead of inventing an amount.
 */
const otherXrayFees: [key: string, label: string, amount: number][] = [
  ['xrf', 'Thiết bị phân tích huỳnh quang tia X (XRF)', 4_000_000],
  ['soi-bo-mach', 'Thiết bị soi kiểm tra bo mạch', 4_000_000],
  ['soi-chieu-an-ninh', 'Thiết bị soi chiếu an ninh', 4_000_000],
];

function licenceFees(source: LegalSource, rows = deviceFees): Fee[] {
  return rows.map(([key, label, amount]) => ({
    key,
    label: `Phí thẩm định cấp giấy phép – ${label}`,
    amount,
    kind: 'phí',
    per: 'thiết bị',
    source,
  }));
}

export const RENEWAL_FEE_RATIO = 0.75;
function renewalFees(source: LegalSource, rows = deviceFees): Fee[] {
  return rows.map(([key, label, amount]) => ({
    key,
    label: `Phí thẩm định gia hạn giấy phép – ${label} (75% phí cấp mới)`,
    amount: Math.round(amount * RENEWAL_FEE_RATIO),
    kind: 'phí',
    per: 'thiết bị',
    ratioOf: { code: 'buc-xa.cap-giay-phep', feeKey: key, ratio: RENEWAL_FEE_RATIO },
    source,
  }));
}

// ——— Dossier components ———
const licenceComponents: DossierComponent[] = [
  { key: 'don-de-nghi', name: 'Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ', required: true },
  { key: 'phieu-khai-bao', name: 'Phiếu khai báo cho từng thiết bị bức xạ', required: true },
  { key: 'tai-lieu-ky-thuat', name: 'Tài liệu kỹ thuật của thiết bị', required: true },
  {
    key: 'kiem-dinh',
    name: 'Giấy chứng nhận kiểm định thiết bị (không quá 12 tháng)',
    required: true,
  },
  { key: 'hop-dong-lieu-ca-nhan', name: 'Hợp đồng đánh giá liều chiếu xạ cá nhân', required: true },
  { key: 'noi-quy-an-toan', name: 'Nội quy an toàn bức xạ', required: true },
  { key: 'bao-cao-danh-gia-an-toan', name: 'Báo cáo đánh giá an toàn bức xạ', required: true },
  {
    key: 'bien-canh-bao',
    name: 'Tài liệu về biển cảnh báo, đèn cảnh báo và trang thiết bị bảo hộ',
    required: true,
  },
  {
    key: 'giay-to-thanh-lap',
    name: 'Giấy tờ thành lập hoặc đăng ký hoạt động của cơ sở',
    required: true,
  },
  {
    key: 'khai-bao-nhan-vien',
    name: 'Bản khai báo nhân viên bức xạ và người phụ trách an toàn',
    required: true,
  },
  {
    key: 'chung-chi-nhan-vien',
    name: 'Bản sao chứng chỉ nhân viên bức xạ / chứng chỉ đào tạo an toàn bức xạ của nhân viên và người phụ trách an toàn',
    required: true,
  },
];

const renewalComponents: DossierComponent[] = [
  { key: 'don-de-nghi', name: 'Đơn đề nghị gia hạn giấy phép tiến hành công việc bức xạ', required: true },
  { key: 'giay-phep-sap-het-han', name: 'Bản sao giấy phép sắp hết hạn', required: true },
  {
    key: 'ket-qua-lieu-ca-nhan',
    name: 'Kết quả đánh giá liều chiếu xạ cá nhân trong thời hạn giấy phép',
    required: true,
  },
  { key: 'kiem-xa-kiem-dinh', name: 'Kết quả kiểm xạ và kiểm định thiết bị', required: true },
];

const certificateComponents: DossierComponent[] = [
  { key: 'don-de-nghi', name: 'Đơn đề nghị cấp chứng chỉ nhân viên bức xạ', required: true },
  { key: 'van-bang', name: 'Bản sao văn bằng chuyên môn', required: true },
  { key: 'chung-nhan-dao-tao', name: 'Giấy chứng nhận đào tạo an toàn bức xạ', required: true },
  { key: 'giay-kham-suc-khoe', name: 'Giấy chứng nhận sức khỏe (không quá 6 tháng)', required: true },
  { key: 'anh', name: 'Ba ảnh cỡ 3×4', required: true },
];

const declarationComponents = (note: string): DossierComponent[] => [
  { key: 'phieu-khai-bao', name: 'Phiếu khai báo thiết bị bức xạ', required: true, confidence: 'M', note },
];

const amendComponents: DossierComponent[] = [
  {
    key: 'don-de-nghi',
    name: 'Đơn đề nghị sửa đổi, bổ sung giấy phép tiến hành công việc bức xạ',
    required: true,
    confidence: 'L',
  },
  {
    key: 'tai-lieu-sua-doi',
    name: 'Tài liệu liên quan đến nội dung sửa đổi, bổ sung (phiếu khai báo thiết bị bổ sung, kiểm định…)',
    required: true,
    confidence: 'L',
  },
];

const reissueComponents: DossierComponent[] = [
  {
    key: 'don-de-nghi',
    name: 'Đơn đề nghị cấp lại giấy phép, nêu rõ lý do (rách, nát, mất)',
    required: true,
    confidence: 'L',
  },
  {
    key: 'giay-phep-rach',
    name: 'Giấy phép bị rách, nát',
    required: false,
    when: 'Trường hợp giấy phép bị rách, nát',
    confidence: 'L',
  },
];

// ——— Shared pieces of the two licence versions ———
function licenceVersion(
  base: typeof old | typeof current,
  version: string,
  basis: LegalSource[],
  timeSource: LegalSource,
  feeSource: LegalSource,
  validitySource: LegalSource,
  validityNote: string,
  confidence: 'H' | 'M' | 'L',
  notes: string[],
): ProcedureVersion {
  return {
    ...base,
    code: 'buc-xa.cap-giay-phep',
    version,
    name:
      base === old
        ? 'Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)'
        : `Cấp giấy phép tiến hành công việc bức xạ (sử dụng ${EQUIPMENT_2026})`,
    legalBasis: basis,
    processingTime: { ...cd(25), from: 'ngày nhận đủ hồ sơ hợp lệ và phí thẩm định', source: timeSource },
    steps: [
      receiveStep,
      completenessStep(wd(5), timeSource, 'Kiểm tra hồ sơ; thông báo bổ sung và nộp phí thẩm định'),
      appraisalStep(cd(25), timeSource, 'Thẩm định an toàn bức xạ và cấp giấy phép'),
      approvalStep,
      returnStep,
    ],
    components: licenceComponents,
    fees: licenceFees(feeSource, base === old ? deviceFees : [...deviceFees, ...otherXrayFees]),
    outcome: { document: 'Giấy phép tiến hành công việc bức xạ' },
    validity: { years: 3, note: validityNote, source: validitySource },
    confidence,
    notes,
  };
}

function renewalVersion(
  base: typeof old | typeof current,
  version: string,
  basis: LegalSource[],
  source: LegalSource,
  feeSource: LegalSource,
  validitySource: LegalSource,
  confidence: 'H' | 'M' | 'L',
  notes: string[],
): ProcedureVersion {
  return {
    ...base,
    code: 'buc-xa.gia-han-giay-phep',
    version,
    name: 'Gia hạn giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)',
    legalBasis: basis,
    processingTime: { ...cd(25), from: 'ngày nhận đủ hồ sơ hợp lệ và phí thẩm định', source },
    filingDeadline: {
      ...cd(45),
      rule: 'Nộp hồ sơ ít nhất 45 ngày trước ngày giấy phép hết hạn; quá thời hạn này phải làm thủ tục cấp giấy phép mới',
      source,
    },
    steps: [
      receiveStep,
      appraisalStep(cd(25), source, 'Thẩm định hồ sơ gia hạn và cấp giấy phép gia hạn'),
      approvalStep,
      returnStep,
    ],
    components: renewalComponents,
    fees: renewalFees(feeSource, base === old ? deviceFees : [...deviceFees, ...otherXrayFees]),
    outcome: { document: 'Giấy phép tiến hành công việc bức xạ (gia hạn)' },
    validity: {
      years: 3,
      note: 'Thời hạn tính tiếp từ ngày hết hạn của giấy phép cũ.',
      source: validitySource,
    },
    confidence,
    notes,
  };
}

const NEW_TERM_NOTE =
  'Thời hạn giấy phép theo Nghị định 332/2025/NĐ-CP chưa xác minh: giữ 3 năm như Nghị định 142/2020; dự thảo năm 2024 đề xuất nâng thời hạn cho rủi ro thấp từ 3 lên 5 năm. Giá trị cấu hình được.';
const NEW_FEE_NOTE =
  'Chưa tìm thấy thông tư phí mới theo Luật 94/2025: tạm dùng mức phí theo Thông tư 287/2016/TT-BTC.';

const newFeeSource = cite(TT_287_2016, undefined, { confidence: 'L', note: NEW_FEE_NOTE });
const newTermSource = cite(ND_332_2025, undefined, { confidence: 'L', note: NEW_TERM_NOTE });

export const radiationProcedures: ProcedureVersion[] = [
  // ——— Khai báo ———
  {
    ...old,
    code: 'buc-xa.khai-bao',
    version: '2021.1',
    name: 'Khai báo thiết bị X-quang chẩn đoán trong y tế',
    legalBasis: oldBasis,
    processingTime: { ...wd(5), from: 'ngày nhận phiếu khai báo hợp lệ', source: ND_142_2020 },
    filingDeadline: {
      ...wd(7),
      rule: 'Khai báo trong 7 ngày làm việc kể từ ngày có thiết bị',
      source: ND_142_2020,
    },
    steps: [
      receiveStep,
      appraisalStep(wd(5), ND_142_2020, 'Xem xét phiếu khai báo và cấp Giấy xác nhận khai báo'),
      approvalStep,
      returnStep,
    ],
    components: declarationComponents(
      'Mẫu phiếu theo phụ lục Nghị định 142/2020/NĐ-CP (số mẫu chưa đối chiếu).',
    ),
    fees: [],
    feeNote: 'Không thu phí.',
    free: true,
    outcome: { document: 'Giấy xác nhận khai báo thiết bị bức xạ' },
    confidence: 'H',
    notes: [
      'Không cấp Giấy xác nhận khai báo khi việc khai báo là một phần của hồ sơ đề nghị cấp giấy phép.',
      OLD_DATE_NOTE,
    ],
  },
  {
    ...current,
    code: 'buc-xa.khai-bao',
    version: '2026.1',
    name: `Khai báo ${EQUIPMENT_2026}`,
    legalBasis: newBasis,
    processingTime: {
      ...wd(5),
      from: 'ngày nhận phiếu khai báo hợp lệ',
      source: cite(ND_332_2025, undefined, {
        confidence: 'L',
        note: 'Chưa tìm thấy thời hạn xử lý theo Nghị định 332/2025/NĐ-CP: tạm giữ 5 ngày làm việc như Nghị định 142/2020/NĐ-CP.',
      }),
    },
    filingDeadline: {
      ...wd(10),
      rule: 'Khai báo trong 10 ngày làm việc kể từ ngày phát sinh sự việc (các sự việc làm phát sinh nghĩa vụ khai báo chưa xác minh)',
      source: cite(ND_332_2025, undefined, { confidence: 'M' }),
    },
    steps: [
      receiveStep,
      appraisalStep(
        wd(5),
        cite(ND_332_2025, undefined, { confidence: 'L' }),
        'Xem xét phiếu khai báo và cấp Giấy xác nhận khai báo',
      ),
      approvalStep,
      returnStep,
    ],
    components: declarationComponents('Mẫu phiếu theo Nghị định 332/2025/NĐ-CP (số mẫu chưa đối chiếu).'),
    fees: [],
    feeNote: 'Không tìm thấy quy định thu phí.',
    outcome: { document: 'Giấy xác nhận khai báo thiết bị bức xạ' },
    confidence: 'M',
    notes: [
      'Thiết bị cố định chuyển sang tỉnh khác thì khai báo tại tỉnh nơi đặt thiết bị mới; thiết bị di động khai báo tại tỉnh nơi tổ chức, cá nhân có trụ sở chính.',
    ],
  },

  // ——— Cấp giấy phép ———
  licenceVersion(
    old,
    '2021.1',
    oldBasis,
    ND_142_2020,
    TT_287_2016,
    cite(ND_142_2020, 'Điều 37', { confidence: 'H' }),
    'Giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế có thời hạn 3 năm.',
    'M',
    ['Độ tin cậy trong tài liệu nguồn: M–H.', OLD_DATE_NOTE],
  ),
  licenceVersion(
    current,
    '2026.1',
    newBasis,
    cite(ND_332_2025, undefined, { confidence: 'M' }),
    newFeeSource,
    newTermSource,
    NEW_TERM_NOTE,
    'M',
    [
      NEW_TERM_NOTE,
      NEW_FEE_NOTE,
      'Danh mục thiết bị theo tên thủ tục do tỉnh công bố lại (ví dụ Quyết định 1471/QĐ-UBND Tây Ninh).',
    ],
  ),

  // ——— Gia hạn ———
  renewalVersion(
    old,
    '2021.1',
    oldBasis,
    ND_142_2020,
    TT_287_2016,
    cite(ND_142_2020, 'Điều 37', { confidence: 'H' }),
    'H',
    [OLD_DATE_NOTE],
  ),
  renewalVersion(
    current,
    '2026.1',
    newBasis,
    cite(ND_332_2025, undefined, {
      confidence: 'L',
      note: 'Thời hạn nộp hồ sơ gia hạn (cửa sổ gia hạn) theo Nghị định 332/2025/NĐ-CP chưa xác minh: tạm giữ 45 ngày như trước.',
    }),
    newFeeSource,
    newTermSource,
    'M',
    [NEW_TERM_NOTE, NEW_FEE_NOTE],
  ),

  // ——— Sửa đổi, bổ sung (giá trị công bố năm 2026) ———
  {
    ...current,
    code: 'buc-xa.sua-doi-giay-phep',
    version: '2026.1',
    name: `Sửa đổi, bổ sung giấy phép tiến hành công việc bức xạ (sử dụng ${EQUIPMENT_2026})`,
    legalBasis: newBasis,
    processingTime: {
      ...wd(10),
      from: 'ngày nhận đủ hồ sơ hợp lệ và phí thẩm định',
      source: cite(ND_332_2025, undefined, { confidence: 'M' }),
    },
    completenessCheck: {
      ...wd(3),
      source: cite(ND_332_2025, undefined, { confidence: 'M' }),
      note: 'Thông báo tính đầy đủ của hồ sơ và mức phí phải nộp.',
    },
    steps: [
      receiveStep,
      completenessStep(
        wd(3),
        cite(ND_332_2025, undefined, { confidence: 'M' }),
        'Kiểm tra hồ sơ; thông báo tính đầy đủ và mức phí thẩm định',
      ),
      appraisalStep(
        wd(10),
        cite(ND_332_2025, undefined, { confidence: 'M' }),
        'Thẩm định và cấp giấy phép sửa đổi, bổ sung',
      ),
      approvalStep,
      returnStep,
    ],
    components: amendComponents,
    fees: [],
    feeNote:
      'Thu phí thẩm định theo từng thiết bị; mức phí chưa xác minh (cấu hình theo thông tư phí hiện hành).',
    outcome: { document: 'Giấy phép tiến hành công việc bức xạ (sửa đổi, bổ sung)' },
    validity: {
      note: 'Giữ nguyên thời hạn của giấy phép đã cấp.',
      source: cite(ND_332_2025, undefined, { confidence: 'M' }),
    },
    confidence: 'M',
    notes: [
      'Tài liệu nguồn chỉ nêu giá trị của thủ tục năm 2026; phiên bản trước 01/01/2026 chưa được ghi nhận.',
    ],
  },

  // ——— Cấp lại (rách, mất) ———
  {
    ...common,
    code: 'buc-xa.cap-lai-giay-phep',
    version: '2021.1',
    name: 'Cấp lại giấy phép tiến hành công việc bức xạ (giấy phép bị rách, nát, mất)',
    legalBasis: [...oldBasis, ...newBasis],
    effectiveFrom: RADIATION_OLD_FROM,
    regime: 'NĐ 142/2020; NĐ 332/2025',
    processingTime: {
      ...wd(10),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(ND_142_2020, undefined, { confidence: 'M' }),
    },
    completenessCheck: { ...wd(5), source: cite(ND_142_2020, undefined, { confidence: 'M' }) },
    steps: [
      receiveStep,
      completenessStep(wd(5), cite(ND_142_2020, undefined, { confidence: 'M' })),
      appraisalStep(wd(10), cite(ND_142_2020, undefined, { confidence: 'M' }), 'Cấp lại giấy phép'),
      approvalStep,
      returnStep,
    ],
    components: reissueComponents,
    fees: [],
    feeNote: 'Tài liệu nguồn không nêu phí.',
    outcome: { document: 'Giấy phép tiến hành công việc bức xạ (cấp lại)' },
    validity: {
      note: 'Bản sao, giữ nguyên thời hạn của giấy phép đã cấp.',
      source: cite(ND_142_2020, undefined, { confidence: 'M' }),
    },
    confidence: 'M',
    notes: [
      'Tài liệu nguồn không phân biệt giá trị trước và sau 01/01/2026: một phiên bản áp dụng cho cả hai chế độ.',
      'Độ tin cậy trong tài liệu nguồn: M–H.',
      OLD_DATE_NOTE,
    ],
  },

  // ——— Chứng chỉ nhân viên bức xạ (người phụ trách an toàn) ———
  {
    ...old,
    code: 'buc-xa.chung-chi-nhan-vien',
    version: '2021.1',
    name: 'Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn tại cơ sở X-quang chẩn đoán trong y tế',
    legalBasis: oldBasis,
    processingTime: { ...wd(10), from: 'ngày nhận đủ hồ sơ hợp lệ', source: ND_142_2020 },
    steps: [
      receiveStep,
      appraisalStep(wd(10), ND_142_2020, 'Thẩm định hồ sơ và cấp chứng chỉ'),
      approvalStep,
      returnStep,
    ],
    components: certificateComponents,
    fees: [
      {
        key: 'cap-chung-chi',
        label: 'Lệ phí cấp chứng chỉ nhân viên bức xạ',
        amount: 200_000,
        kind: 'lệ phí',
        source: TT_287_2016,
      },
    ],
    outcome: { document: 'Chứng chỉ nhân viên bức xạ' },
    validity: { note: 'Không có thời hạn.', source: cite(ND_142_2020, undefined, { confidence: 'M' }) },
    confidence: 'M',
    notes: ['Độ tin cậy trong tài liệu nguồn: H–M.', OLD_DATE_NOTE],
  },
  {
    ...current,
    code: 'buc-xa.chung-chi-nhan-vien',
    version: '2026.1',
    name: 'Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn',
    legalBasis: newBasis,
    processingTime: {
      ...wd(10),
      from: 'ngày nhận đủ hồ sơ hợp lệ',
      source: cite(ND_332_2025, undefined, { confidence: 'M' }),
    },
    steps: [
      receiveStep,
      appraisalStep(
        wd(10),
        cite(ND_332_2025, undefined, { confidence: 'M' }),
        'Thẩm định hồ sơ và cấp chứng chỉ',
      ),
      approvalStep,
      returnStep,
    ],
    components: certificateComponents,
    fees: [
      {
        key: 'cap-chung-chi',
        label: 'Lệ phí cấp chứng chỉ nhân viên bức xạ',
        amount: 200_000,
        kind: 'lệ phí',
        source: cite(TT_287_2016, undefined, { confidence: 'L', note: NEW_FEE_NOTE }),
      },
    ],
    outcome: { document: 'Chứng chỉ nhân viên bức xạ' },
    validity: {
      note: 'Không có thời hạn theo quy định trước 2026; chưa xác minh theo Nghị định 332/2025/NĐ-CP.',
      source: cite(ND_332_2025, undefined, { confidence: 'L' }),
    },
    confidence: 'M',
    notes: [
      'Lệ phí 200.000đ và việc chứng chỉ không có thời hạn là giá trị trước 2026; chưa xác minh sau 01/01/2026.',
    ],
  },
];
