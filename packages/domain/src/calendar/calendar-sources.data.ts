import type { LegalSource } from '../legal-source';

/** The legal sources of the working-day calendar. */
export const CALENDAR_SOURCES = {
  /** The list of public holidays and who decides the exact Tết and Quốc khánh days. */
  holidayList: {
    document: 'Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
    article: 'Điều 112 khoản 1, khoản 3',
    date: '2019-11-20',
    confidence: 'H',
    note:
      'Tết Dương lịch 1 ngày (01/01); Tết Âm lịch 05 ngày; Ngày Chiến thắng 1 ngày (30/4); Ngày Quốc tế lao động 1 ngày (01/5); ' +
      'Quốc khánh 02 ngày (02/9 và 01 ngày liền kề trước hoặc sau); Giỗ Tổ Hùng Vương 1 ngày (10/3 âm lịch). ' +
      'Thủ tướng Chính phủ quyết định cụ thể ngày nghỉ Tết Âm lịch và ngày nghỉ liền kề Quốc khánh.',
  },
  /** Weekly rest and nghỉ bù when a holiday falls on a weekend. */
  weeklyRest: {
    document: 'Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
    article: 'Điều 111 khoản 3',
    date: '2019-11-20',
    confidence: 'H',
    note:
      'Ngày nghỉ lễ, tết trùng vào ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp. ' +
      'Cơ quan hành chính nhà nước nghỉ hằng tuần thứ Bảy và Chủ nhật.',
  },
  /**
   * Ngày Văn hóa Việt Nam 24/11: a policy decision awaiting an amendment of Điều 112 — not a day off yet. When the
   * law changes, the administrator records it as a calendar announcement.
   */
  cultureDay: {
    document:
      'Nghị quyết 80-NQ/TW của Bộ Chính trị về phát triển văn hóa Việt Nam; Nghị quyết 30/NQ-CP của Chính phủ',
    url: 'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
    confidence: 'L',
    note:
      'Bộ Chính trị chọn ngày 24/11 hằng năm là Ngày Văn hóa Việt Nam, người lao động được nghỉ hưởng nguyên lương; ' +
      'Nghị quyết 30/NQ-CP (02/2026) giao sửa khoản 1 Điều 112 Bộ luật Lao động. Điều 112 chưa được sửa và lịch nghỉ năm 2026 ' +
      'của Chính phủ có 25 ngày nghỉ không gồm 24/11: chưa tính là ngày nghỉ. Khi luật có hiệu lực, quản trị viên ghi nhận thông báo vào lịch.',
  },
  /** Years we have no announcement for: computed by rule, not announced. */
  computed: {
    document: 'Tính toán theo Bộ luật Lao động 2019 (Điều 111, Điều 112), chưa có thông báo chính thức',
    confidence: 'L',
    note:
      'Lịch tính toán, không phải lịch do Thủ tướng/Bộ Nội vụ công bố: Tết Âm lịch theo lịch âm Việt Nam (UTC+7, thuật toán Hồ Ngọc Đức); ' +
      '05 ngày Tết gồm 2 ngày trước và 3 ngày đầu năm (1 ngày trước và 4 ngày đầu năm khi mùng 1 là thứ Ba), theo tiền lệ 2021–2026; ' +
      'ngày liền kề Quốc khánh chọn để nối với cuối tuần; nghỉ bù vào ngày làm việc kế tiếp; không có ngày hoán đổi/làm bù. ' +
      'Cần thay bằng thông báo chính thức khi có.',
  },
} as const satisfies Record<string, LegalSource>;
