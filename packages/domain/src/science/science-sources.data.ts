// Legal sources of the science rules (docs/procedures.md, "Science and technology tasks"). The rules under the 2025
// law (Luật 93/2025/QH15, Nghị định 267/2025/NĐ-CP, Thông tư 44/2025/TT-BKHCN) on councils, sheets, thresholds and
// grades were not found: the older national models below are the marked defaults of configurable data.
import type { LegalSource } from '../legal-source';

export { LUAT_93_2025, ND_267_2025, TT_36_2025 } from '../procedures/legal-sources.data';

export const TT_44_2025: LegalSource = {
  document: 'Thông tư 44/2025/TT-BKHCN',
  date: '2025-11-30',
  confidence: 'H',
  note: 'Quản lý nhiệm vụ KH&CN do Bộ KH&CN quản lý: mô hình tỉnh có khả năng áp dụng theo; các điều về hội đồng và chấm điểm chưa được đọc.',
};

/** The older national selection rules: remembered, not re-read (docs/procedures.md, confidence L). */
export const TT_10_2014: LegalSource = {
  document: 'Thông tư 10/2014/TT-BKHCN',
  confidence: 'L',
  note: 'Tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì nhiệm vụ KH&CN cấp quốc gia (đã được thay bởi Thông tư 20/2023/TT-BKHCN ở cấp quốc gia). Như ghi nhớ, chưa đọc lại: hội đồng 9 thành viên; họp khi có ít nhất 2/3 thành viên, trong đó có chủ tịch hoặc phó chủ tịch và các ủy viên phản biện; phiếu 100 điểm; đạt khi điểm trung bình ≥ 70/100 và không tiêu chí nào bị quá 1/3 số thành viên có mặt cho 0 điểm; hồ sơ có điểm trung bình cao nhất được đề nghị chủ trì.',
};

/** The older national acceptance model, copied by provinces (docs/procedures.md, confidence M). */
export const TT_11_2014: LegalSource = {
  document: 'Thông tư 11/2014/TT-BKHCN',
  confidence: 'M',
  note: 'Đánh giá, nghiệm thu kết quả nhiệm vụ KH&CN cấp quốc gia: hội đồng 9 thành viên (chủ tịch, phó chủ tịch, 2 ủy viên phản biện, thư ký khoa học, các ủy viên); đánh giá từng sản phẩm và xếp loại chung Xuất sắc / Đạt / Không đạt.',
};

/** Registration of results within 30 days of the final acceptance (docs/procedures.md, confidence M). */
export const TT_14_2014: LegalSource = {
  document: 'Thông tư 14/2014/TT-BKHCN',
  confidence: 'M',
  note: 'Thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ KH&CN: nộp hồ sơ đăng ký kết quả trong 30 ngày kể từ ngày nghiệm thu chính thức.',
};

/** How a period counted in days starts and ends (Bộ luật Dân sự 2015). */
export const BLDS_2015_DAYS: LegalSource = {
  document: 'Bộ luật Dân sự 2015 (Luật số 91/2015/QH13)',
  article: 'Điều 147 khoản 1; Điều 148 khoản 5',
  confidence: 'M',
  note: 'Thời hạn tính bằng ngày bắt đầu từ ngày tiếp theo; ngày cuối cùng là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc vào cuối ngày làm việc tiếp theo.',
};

/** The classification of research fields used in S&T statistics. */
export const QD_12_2008_BKHCN: LegalSource = {
  document: 'Quyết định 12/2008/QĐ-BKHCN',
  confidence: 'M',
  note: 'Ban hành một số bảng phân loại thống kê KH&CN, trong đó có Bảng phân loại lĩnh vực nghiên cứu KH&CN (6 lĩnh vực cấp 1).',
};

/** A value the department configures itself, with no legal text behind it. */
export const DEPARTMENT_CONFIGURATION: LegalSource = {
  document: 'Cấu hình của Sở Khoa học và Công nghệ',
  confidence: 'L',
  note: 'Không có văn bản pháp luật quy định trực tiếp; Sở tự cấu hình và chịu trách nhiệm về lựa chọn.',
};
