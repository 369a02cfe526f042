// Legal sources of the licensing rules (khoản 12 and 14 of Điều 2). The procedure catalog holds the procedures'
// own values; this file holds the rules the catalog has no slot for (discount bands, windows, terms).
import type { LegalSource } from '../legal-source';

export const DIEU2_KHOAN_12C: LegalSource = {
  document: 'Quyết định của UBND thành phố Hải Phòng ngày 30/6/2025 (chức năng, nhiệm vụ của Sở KH&CN)',
  article: 'Điều 2 khoản 12 điểm c',
  date: '2025-06-30',
  confidence: 'H',
  note: 'Danh mục thiết bị Sở tiếp nhận khai báo: X-quang chẩn đoán y tế; PET/CT, SPECT/CT; thiết bị phát tia X dùng trong phân tích huỳnh quang, nhiễu xạ tia X, soi bo mạch, soi hiển vi điện tử, soi kiểm tra an ninh.',
};

export const TT_287_2016_DISCOUNT: LegalSource = {
  document: 'Thông tư 287/2016/TT-BTC',
  confidence: 'M',
  note: 'Phí thẩm định cho nhiều thiết bị trong một hồ sơ: 1 thiết bị 100%; 2–3 thiết bị 95%; 4–5 thiết bị 90%; từ 6 thiết bị 85% mức phí theo biểu. Văn bản còn quy định mức trần tổng phí (chưa tìm thấy số tiền).',
};

export const ND_142_2020_TERM: LegalSource = {
  document: 'Nghị định 142/2020/NĐ-CP',
  article: 'Điều 37',
  date: '2020-12-09',
  confidence: 'H',
  note: 'Giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế có thời hạn 3 năm; gia hạn: thời hạn tính tiếp từ ngày hết hạn của giấy phép cũ.',
};

export const ND_332_2025_UNVERIFIED: LegalSource = {
  document: 'Nghị định 332/2025/NĐ-CP',
  date: '2025-12-18',
  confidence: 'L',
  note: 'Điều khoản về thời hạn giấy phép, cửa sổ gia hạn và các sự việc phát sinh nghĩa vụ khai báo chưa được đọc: tạm giữ giá trị của Nghị định 142/2020/NĐ-CP; cấu hình được.',
};

export const ND_142_2020_RENEWAL: LegalSource = {
  document: 'Nghị định 142/2020/NĐ-CP',
  date: '2020-12-09',
  confidence: 'H',
  note: 'Hồ sơ gia hạn nộp ít nhất 45 ngày trước ngày giấy phép hết hạn; quá thời hạn này phải đề nghị cấp giấy phép mới.',
};

export const BLDS_2015_YEARS: LegalSource = {
  document: 'Bộ luật Dân sự 2015 (Luật số 91/2015/QH13)',
  article: 'Điều 147 khoản 1; Điều 148 khoản 3, 4',
  confidence: 'M',
  note: 'Thời hạn tính bằng năm kết thúc vào ngày, tháng tương ứng của năm cuối cùng.',
};

export const LUAT_BUU_CHINH_DIEU_22: LegalSource = {
  document: 'Luật Bưu chính số 49/2010/QH12',
  article: 'Điều 22',
  confidence: 'M',
  note: 'Giấy phép bưu chính có thời hạn theo đề nghị của doanh nghiệp, tối đa 10 năm; sửa đổi, bổ sung và cấp lại khi mất, hư hỏng giữ nguyên thời hạn.',
};

export const POSTAL_REISSUE_ON_EXPIRY: LegalSource = {
  document: 'Thủ tục hành chính 1.003633 (Cổng Dịch vụ công quốc gia)',
  confidence: 'M',
  note: 'Cấp lại giấy phép bưu chính khi hết hạn: nộp hồ sơ ít nhất 30 ngày trước ngày hết hạn; giấy phép cấp lại có thời hạn mới (tính tiếp từ ngày hết hạn của giấy phép cũ — cách tính chưa đối chiếu, độ tin cậy L).',
};
