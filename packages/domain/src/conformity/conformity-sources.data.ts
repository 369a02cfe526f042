// Legal sources of the conformity rules (docs/procedures.md, "Standards and quality" and "The 2026 regime").
import type { LegalSource } from '../legal-source';

export const TT_28_2012_BKHCN: LegalSource = {
  document: 'Thông tư 28/2012/TT-BKHCN',
  date: '2012-12-12',
  confidence: 'H',
  note: 'Quy định về công bố hợp chuẩn, công bố hợp quy và phương thức đánh giá sự phù hợp; sửa đổi bởi Thông tư 02/2017/TT-BKHCN.',
};

export const TT_02_2017_BKHCN: LegalSource = {
  document: 'Thông tư 02/2017/TT-BKHCN',
  confidence: 'M',
  note: 'Sửa đổi, bổ sung Thông tư 28/2012/TT-BKHCN.',
};

export const TT_21_2014_BKHCN: LegalSource = {
  document: 'Thông tư 21/2014/TT-BKHCN',
  confidence: 'M',
  note: 'Đo lường đối với lượng của hàng đóng gói sẵn; công bố sử dụng dấu định lượng.',
};

export const ND_132_2008: LegalSource = {
  document: 'Nghị định 132/2008/NĐ-CP',
  confidence: 'H',
  note: 'Phân loại sản phẩm, hàng hóa nhóm 1, nhóm 2; hết hiệu lực từ 01/07/2026.',
};

export const ND_154_2018: LegalSource = {
  document: 'Nghị định 154/2018/NĐ-CP',
  article: 'Điều 4',
  confidence: 'M',
  note: 'Kiểm tra nhà nước về chất lượng hàng hóa nhóm 2 nhập khẩu; Điều 4 hết hiệu lực từ 01/07/2026.',
};

export const LUAT_78_2025: LegalSource = {
  document: 'Luật 78/2025/QH15',
  date: '2026-01-01',
  confidence: 'H',
  note: 'Sửa đổi Luật Chất lượng sản phẩm, hàng hóa: phân loại rủi ro thấp, trung bình, cao.',
};

export const ND_37_2026: LegalSource = {
  document: 'Nghị định 37/2026/NĐ-CP',
  date: '2026-01-23',
  confidence: 'H',
  note: 'Hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi); quản lý theo mức rủi ro từ 01/07/2026.',
};

export const TT_36_2026_BKHCN: LegalSource = {
  document: 'Thông tư 36/2026/TT-BKHCN',
  confidence: 'H',
  note: 'Danh mục sản phẩm, hàng hóa rủi ro cao, trung bình thuộc trách nhiệm quản lý của Bộ KH&CN từ 01/07/2026.',
};

/** Since 01/07/2025 an individual's or household business's tax code is their personal identification number. */
export const TT_86_2024_BTC: LegalSource = {
  document: 'Thông tư 86/2024/TT-BTC',
  article: 'Điều 5',
  date: '2024-12-23',
  confidence: 'M',
  note:
    'Từ 01/07/2025 cá nhân, hộ kinh doanh dùng số định danh cá nhân (12 chữ số) làm mã số thuế; tổ chức giữ mã 10/13 chữ số. ' +
    'Ba chữ số đầu của số định danh là mã tỉnh nơi đăng ký khai sinh (Thông tư 07/2016/TT-BCA, Điều 7), chưa đối chiếu văn bản gốc.',
};

/**
 * Province codes that begin a personal identification number (Thông tư 07/2016/TT-BCA, Điều 7; the 63 provinces
 * before the 2025 merger, which issued the numbers in use). Confidence M: remembered, not checked against the text.
 */
// prettier-ignore
export const PERSONAL_ID_PROVINCE_CODES: readonly string[] = [
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
];

export const TT_105_2020_BTC: LegalSource = {
  document: 'Thông tư 105/2020/TT-BTC',
  article: 'Điều 5',
  confidence: 'M',
  note:
    'Cấu trúc mã số thuế: 10 chữ số (N1–N10, N10 là chữ số kiểm tra) hoặc 13 chữ số có dấu gạch ngang cho đơn vị phụ thuộc. ' +
    'Công thức chữ số kiểm tra (trọng số 31, 29, 23, 19, 17, 13, 7, 5, 3; N10 = 10 − tổng mod 11) là quy tắc kỹ thuật của ngành thuế, chưa đối chiếu văn bản gốc. ' +
    'Thông tư 105/2020/TT-BTC được thay thế bởi Thông tư 86/2024/TT-BTC (chưa đối chiếu); mã 10/13 chữ số của tổ chức giữ nguyên.',
};

export const TT_31_2022_BTC: LegalSource = {
  document: 'Thông tư 31/2022/TT-BTC',
  confidence: 'M',
  note: 'Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam: mã HS 4 chữ số (nhóm), 6 chữ số (phân nhóm), 8 chữ số (mã hàng).',
};

export const BLDS_2015_PERIOD_END: LegalSource = {
  document: 'Bộ luật Dân sự 2015 (Luật số 91/2015/QH13)',
  article: 'Điều 147 khoản 2; Điều 148 khoản 3, 4',
  confidence: 'M',
  note: 'Thời hạn tính bằng năm kết thúc vào cuối ngày, tháng tương ứng của năm cuối cùng; ngày tương ứng không có (29/02) thì lấy ngày cuối cùng của tháng (áp dụng tương tự khoản 3).',
};
