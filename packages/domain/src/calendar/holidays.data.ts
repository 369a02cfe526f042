import type { LegalSource } from '../legal-source';
import type { HolidayEntry, HolidayYear } from './index';
import { CALENDAR_SOURCES } from './calendar-sources.data';

/**
 * Days off and make-up working days for civil servants (cán bộ, công chức, viên chức), year by year, with
 * their source. Only weekdays are listed as holidays (a holiday on a weekend shows as its nghỉ bù day);
 * make-up days are Saturdays worked in exchange for a swapped weekday.
 *
 * Years 2024–2026 are announced (Thủ tướng / Văn phòng Chính phủ / Bộ Nội vụ notices, as reported by the
 * press; document numbers are given where we found them). 2027 is a projection: the statutory days of
 * Điều 112 laid out the way the Government did in 2021–2026, with no swaps — replace it when announced.
 */

const h = (
  date: string,
  name: string,
  kind: HolidayEntry['kind'] = 'holiday',
  source?: LegalSource,
): HolidayEntry => (source ? { date, name, kind, source } : { date, name, kind });

const TET_DL = 'Tết Dương lịch';
const TET_AL = 'Tết Âm lịch';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const D30_4 = 'Ngày Chiến thắng (30/4)';
const D1_5 = 'Ngày Quốc tế Lao động (01/5)';
const QK = 'Quốc khánh (02/9)';
const QK_ADJ = 'Quốc khánh (ngày liền kề 02/9)';

const y2024: HolidayYear = {
  year: 2024,
  source: {
    document:
      'Văn bản của Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và các dịp lễ năm 2024',
    article: 'áp dụng Bộ luật Lao động 2019 Điều 111 khoản 3, Điều 112',
    confidence: 'M',
    note: 'Tết Giáp Thìn 08/02–14/02/2024; 30/4–01/5: hoán đổi thứ Hai 29/4 với thứ Bảy 04/5/2024; Quốc khánh 02/9 và 03/9/2024.',
  },
  holidays: [
    h('2024-01-01', TET_DL),
    h('2024-02-08', `${TET_AL} (29 tháng Chạp)`),
    h('2024-02-09', `${TET_AL} (30 tháng Chạp)`),
    h('2024-02-12', `${TET_AL} (mùng 3)`),
    h('2024-02-13', `Nghỉ bù ${TET_AL} (mùng 1 trùng thứ Bảy)`, 'compensatory'),
    h('2024-02-14', `Nghỉ bù ${TET_AL} (mùng 2 trùng Chủ nhật)`, 'compensatory'),
    h('2024-04-18', GIO_TO),
    h('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'swapped'),
    h('2024-04-30', D30_4),
    h('2024-05-01', D1_5),
    h('2024-09-02', QK),
    h('2024-09-03', QK_ADJ),
  ],
  makeUpWorkingDays: [h('2024-05-04', 'Làm bù cho thứ Hai 29/4/2024')],
};

const y2025: HolidayYear = {
  year: 2025,
  source: {
    document:
      'Văn bản số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (ý kiến Thủ tướng về nghỉ Tết Âm lịch và một số dịp lễ năm 2025)',
    article: 'áp dụng Bộ luật Lao động 2019 Điều 111 khoản 3, Điều 112',
    date: '2024-11-26',
    confidence: 'M',
    note:
      'Tết Ất Tỵ: nghỉ 9 ngày từ thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025 (05 ngày Tết 27/01–31/01 và 04 ngày nghỉ hằng tuần; ' +
      'cách chia 05 ngày và việc không có ngày làm bù là cách đọc của chúng tôi — độ tin cậy M). ' +
      '30/4–01/5: hoán đổi thứ Sáu 02/5 với thứ Bảy 26/4/2025, nghỉ 30/4–04/5. Quốc khánh 01/9 và 02/9/2025.',
  },
  holidays: [
    h('2025-01-01', TET_DL),
    h('2025-01-27', `${TET_AL} (28 tháng Chạp)`),
    h('2025-01-28', `${TET_AL} (29 tháng Chạp)`),
    h('2025-01-29', `${TET_AL} (mùng 1)`),
    h('2025-01-30', `${TET_AL} (mùng 2)`),
    h('2025-01-31', `${TET_AL} (mùng 3)`),
    h('2025-04-07', GIO_TO),
    h('2025-04-30', D30_4),
    h('2025-05-01', D1_5),
    h('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'swapped', {
      document: 'Thông báo về nghỉ lễ 30/4–01/5/2025 đối với công chức, viên chức',
      url: 'https://www.vietnamplus.vn/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-304-152025-post1033115.vnp',
      confidence: 'M',
    }),
    h('2025-09-01', QK_ADJ),
    h('2025-09-02', QK),
  ],
  makeUpWorkingDays: [h('2025-04-26', 'Làm bù cho thứ Sáu 02/5/2025')],
};

const y2026: HolidayYear = {
  year: 2026,
  source: {
    document:
      'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch, Quốc khánh năm 2026; ' +
      'Văn bản số 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 2026)',
    article: 'áp dụng Bộ luật Lao động 2019 Điều 111 khoản 3, Điều 112',
    date: '2025-12-25',
    url: 'https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html',
    confidence: 'H',
    note:
      'Tết Dương lịch: nghỉ 01/01–04/01/2026, hoán đổi thứ Sáu 02/01 với thứ Bảy 10/01/2026. ' +
      'Tết Bính Ngọ: nghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026 (05 ngày Tết 16/02–20/02). ' +
      'Giỗ Tổ 26/4 trùng Chủ nhật: nghỉ bù thứ Hai 27/4. 30/4 (thứ Năm), 01/5 (thứ Sáu). ' +
      'Quốc khánh: nghỉ 29/8–02/9/2026, hoán đổi thứ Hai 31/8 với thứ Bảy 22/8/2026. ' +
      'Không có Ngày Văn hóa Việt Nam 24/11: Điều 112 Bộ luật Lao động chưa được sửa (xem nguồn riêng); 25 ngày nghỉ.',
  },
  holidays: [
    h('2026-01-01', TET_DL),
    h('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'swapped'),
    h('2026-02-16', `${TET_AL} (29 tháng Chạp)`),
    h('2026-02-17', `${TET_AL} (mùng 1)`),
    h('2026-02-18', `${TET_AL} (mùng 2)`),
    h('2026-02-19', `${TET_AL} (mùng 3)`),
    h('2026-02-20', `${TET_AL} (mùng 4)`),
    h('2026-04-27', `Nghỉ bù ${GIO_TO} (trùng Chủ nhật 26/4)`, 'compensatory'),
    h('2026-04-30', D30_4),
    h('2026-05-01', D1_5),
    h('2026-08-31', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', 'swapped'),
    h('2026-09-01', QK_ADJ),
    h('2026-09-02', QK),
  ],
  makeUpWorkingDays: [
    h('2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026'),
    h('2026-08-22', 'Làm bù cho thứ Hai 31/8/2026'),
  ],
};

const y2027: HolidayYear = {
  year: 2027,
  computed: true,
  source: {
    ...CALENDAR_SOURCES.computed,
    note:
      'Dự kiến, chưa có thông báo chính thức: Tết Đinh Mùi mùng 1 là thứ Bảy 06/02/2027 → nghỉ 04/02–08/02 và nghỉ bù 09/02, 10/02; ' +
      'Giỗ Tổ thứ Sáu 16/4; 01/5 trùng thứ Bảy → nghỉ bù thứ Hai 03/5; Quốc khánh thứ Năm 02/9 và thứ Sáu 03/9 (tiền lệ 2021); ' +
      'Không tính 24/11 (Điều 112 chưa sửa). Không có ngày hoán đổi.',
  },
  holidays: [
    h('2027-01-01', TET_DL),
    h('2027-02-04', `${TET_AL} (28 tháng Chạp)`),
    h('2027-02-05', `${TET_AL} (29 tháng Chạp)`),
    h('2027-02-08', `${TET_AL} (mùng 3)`),
    h('2027-02-09', `Nghỉ bù ${TET_AL} (mùng 1 trùng thứ Bảy)`, 'compensatory'),
    h('2027-02-10', `Nghỉ bù ${TET_AL} (mùng 2 trùng Chủ nhật)`, 'compensatory'),
    h('2027-04-16', GIO_TO),
    h('2027-04-30', D30_4),
    h('2027-05-03', `Nghỉ bù ${D1_5} (trùng thứ Bảy)`, 'compensatory'),
    h('2027-09-02', QK),
    h('2027-09-03', QK_ADJ),
  ],
  makeUpWorkingDays: [],
};

/** Announced (or, for 2027, projected and marked computed) calendars by year. */
export const holidayCalendar: Readonly<Record<number, HolidayYear>> = Object.freeze({
  2024: y2024,
  2025: y2025,
  2026: y2026,
  2027: y2027,
});
