// Legal documents cited by the procedure catalog, with the confidence of docs/procedures.md.
import type { LegalSource } from '../legal-source';

/** A citation of `base` narrowed to an article (and optionally another confidence or note). */
export function cite(base: LegalSource, article?: string, extra: Partial<LegalSource> = {}): LegalSource {
  return { ...base, ...(article ? { article } : {}), ...extra };
}

/** The catalog records versions of procedures that did not change in 2025–26 from this date. */
export const CATALOG_BASELINE = '2024-01-01';
export const BASELINE_NOTE =
  'Ngày bắt đầu ghi nhận trong danh mục (01/01/2024); quy định đã được áp dụng từ trước, ngày hiệu lực gốc chưa đối chiếu.';

// ——— One-stop ———
export const ND_118_2025: LegalSource = {
  document: 'Nghị định 118/2025/NĐ-CP',
  date: '2025-07-01',
  confidence: 'H',
  note: 'Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông (thay Nghị định 61/2018/NĐ-CP).',
};
export const ONE_SUPPLEMENT_ONLY = cite(ND_118_2025, 'Điều 11', {
  confidence: 'M',
  note: 'Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ một lần.',
});

// ——— Postal (khoản 14) ———
export const LUAT_BUU_CHINH: LegalSource = { document: 'Luật Bưu chính số 49/2010/QH12', confidence: 'H' };
export const ND_47_2011: LegalSource = {
  document: 'Nghị định 47/2011/NĐ-CP',
  confidence: 'H',
  note: 'Quy định chi tiết thi hành một số nội dung của Luật Bưu chính.',
};
export const ND_25_2022: LegalSource = {
  document: 'Nghị định 25/2022/NĐ-CP',
  confidence: 'M',
  note: 'Sửa đổi, bổ sung Nghị định 47/2011/NĐ-CP.',
};
export const QD_1220_HUE: LegalSource = {
  document: 'Quyết định 1220/QĐ-UBND (Thừa Thiên Huế, 2022)',
  confidence: 'M',
  note: 'Công bố thời hạn giải quyết tính theo ngày làm việc.',
};
export const TT_291_2016: LegalSource = {
  document: 'Thông tư 291/2016/TT-BTC',
  confidence: 'M',
  note: 'Phí thẩm định điều kiện hoạt động bưu chính.',
};
export const TT_25_2020: LegalSource = {
  document: 'Thông tư 25/2020/TT-BTC',
  confidence: 'M',
  note: 'Sửa đổi Thông tư 291/2016/TT-BTC; mức phí theo công bố của một tỉnh.',
};
export const POSTAL_PORTAL = (nationalCode: string): LegalSource => ({
  document: `Thủ tục hành chính ${nationalCode} (Cổng Dịch vụ công quốc gia)`,
  confidence: 'H',
});

// ——— Radiation (khoản 12) ———
export const LUAT_NLNT_2008: LegalSource = {
  document: 'Luật Năng lượng nguyên tử số 18/2008/QH12',
  confidence: 'H',
};
export const LUAT_NLNT_2025: LegalSource = {
  document: 'Luật Năng lượng nguyên tử số 94/2025/QH15',
  date: '2026-01-01',
  confidence: 'H',
};
export const ND_142_2020: LegalSource = {
  document: 'Nghị định 142/2020/NĐ-CP',
  date: '2020-12-09',
  confidence: 'H',
  note: 'Tiến hành công việc bức xạ và dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử; hiệu lực từ 01/02/2021.',
};
export const ND_332_2025: LegalSource = {
  document: 'Nghị định 332/2025/NĐ-CP',
  date: '2025-12-18',
  confidence: 'M',
  note: 'Hướng dẫn Luật Năng lượng nguyên tử 2025, hiệu lực từ 01/01/2026.',
};
export const QD_248_BKHCN: LegalSource = {
  document: 'Quyết định 248/QĐ-BKHCN',
  confidence: 'M',
  note: 'Công bố 39 thủ tục mới (6 thủ tục cấp tỉnh), bãi bỏ 51 thủ tục.',
};
export const QD_1471_TAY_NINH: LegalSource = {
  document: 'Quyết định 1471/QĐ-UBND (Tây Ninh)',
  date: '2026-01-28',
  confidence: 'M',
  note: 'Tỉnh công bố lại các thủ tục theo Nghị định 332/2025/NĐ-CP.',
};
export const TT_287_2016: LegalSource = {
  document: 'Thông tư 287/2016/TT-BTC',
  confidence: 'M',
  note: 'Phí thẩm định cấp giấy phép tiến hành công việc bức xạ, lệ phí cấp chứng chỉ nhân viên bức xạ. Tài liệu nguồn nêu mức phí nhưng không nêu số thông tư; chưa tìm thấy thông tư phí mới theo Luật 94/2025.',
};

// ——— Standards, metrology, quality (khoản 11) ———
export const TT_28_2012: LegalSource = {
  document: 'Thông tư 28/2012/TT-BKHCN',
  date: '2012-12-12',
  confidence: 'H',
  note: 'Công bố hợp chuẩn, công bố hợp quy; đã được sửa đổi bởi Thông tư 02/2017/TT-BKHCN.',
};
export const TT_02_2017: LegalSource = {
  document: 'Thông tư 02/2017/TT-BKHCN',
  confidence: 'M',
  note: 'Sửa đổi, bổ sung Thông tư 28/2012/TT-BKHCN.',
};
export const TT_21_2014: LegalSource = {
  document: 'Thông tư 21/2014/TT-BKHCN',
  confidence: 'M',
  note: 'Đo lường đối với lượng của hàng đóng gói sẵn; công bố sử dụng dấu định lượng.',
};
export const ND_132_2008: LegalSource = {
  document: 'Nghị định 132/2008/NĐ-CP',
  confidence: 'H',
  note: 'Hết hiệu lực từ 01/07/2026.',
};
export const ND_74_2018: LegalSource = {
  document: 'Nghị định 74/2018/NĐ-CP',
  confidence: 'M',
  note: 'Sửa đổi Nghị định 132/2008/NĐ-CP; hết hiệu lực từ 01/07/2026.',
};
export const ND_154_2018: LegalSource = {
  document: 'Nghị định 154/2018/NĐ-CP',
  date: '2018-11-09',
  confidence: 'M',
  note: 'Điều 4 hết hiệu lực từ 01/07/2026.',
};
export const LUAT_78_2025: LegalSource = {
  document: 'Luật 78/2025/QH15',
  date: '2026-01-01',
  confidence: 'H',
  note: 'Sửa đổi Luật Chất lượng sản phẩm, hàng hóa: phân loại rủi ro thấp, trung bình, cao.',
};
export const LUAT_70_2025: LegalSource = {
  document: 'Luật 70/2025/QH15',
  date: '2026-01-01',
  confidence: 'H',
  note: 'Sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.',
};
export const ND_37_2026: LegalSource = {
  document: 'Nghị định 37/2026/NĐ-CP',
  date: '2026-01-23',
  confidence: 'H',
  note: 'Hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi); chế độ theo mức rủi ro từ 01/07/2026.',
};
export const TT_36_2026: LegalSource = {
  document: 'Thông tư 36/2026/TT-BKHCN',
  confidence: 'H',
  note: 'Danh mục hàng hóa rủi ro cao, trung bình thuộc Bộ KH&CN từ 01/07/2026.',
};
export const TT_14_2026: LegalSource = {
  document: 'Thông tư 14/2026/TT-BKHCN',
  confidence: 'L',
  note: 'Có thể cho phép nộp bản công bố trên cơ sở dữ liệu quốc gia hoặc cổng địa phương, kèm Phiếu tiếp nhận.',
};
export const QD_2842_HCM: LegalSource = {
  document: 'Quyết định 2842/QĐ-UBND (Thành phố Hồ Chí Minh)',
  date: '2025-11-20',
  confidence: 'M',
  note: 'Công bố thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng: 5 ngày làm việc.',
};

// ——— Science and technology (khoản 6, 13) ———
export const LUAT_93_2025: LegalSource = {
  document: 'Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15',
  date: '2025-10-01',
  confidence: 'H',
};
export const ND_267_2025: LegalSource = {
  document: 'Nghị định 267/2025/NĐ-CP',
  date: '2025-10-14',
  confidence: 'H',
  note: 'Chương trình, nhiệm vụ KH&CN; đánh giá nhiệm vụ; chấp nhận rủi ro trong nghiên cứu.',
};
export const TT_36_2025: LegalSource = {
  document: 'Thông tư 36/2025/TT-BKHCN',
  date: '2025-11-26',
  confidence: 'H',
  note: 'Thủ tục về nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo.',
};
export const TT_14_2014: LegalSource = {
  document: 'Thông tư 14/2014/TT-BKHCN',
  confidence: 'L',
  note: 'Thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ KH&CN; căn cứ do nhóm phát triển xác định, chưa đối chiếu.',
};
export const ND_70_2018: LegalSource = {
  document: 'Nghị định 70/2018/NĐ-CP',
  confidence: 'M',
  note: 'Quản lý, sử dụng tài sản hình thành thông qua nhiệm vụ KH&CN sử dụng vốn nhà nước; căn cứ do nhóm phát triển xác định.',
};
export const TT_02_2015: LegalSource = {
  document: 'Thông tư 02/2015/TT-BKHCN',
  confidence: 'L',
  note: 'Đánh giá, thẩm định kết quả nhiệm vụ KH&CN không sử dụng ngân sách nhà nước (quy định trước Luật 93/2025); căn cứ do nhóm phát triển xác định.',
};
export const SCIENCE_PORTAL = (nationalCode: string): LegalSource => ({
  document: `Thủ tục hành chính ${nationalCode} (Cổng Dịch vụ công quốc gia)`,
  confidence: 'H',
});
