// Sở Khoa học và Công nghệ tỉnh Lai Châu (seed 002): a second organisation, proving that the structure and the
// routing are data. Khoản numbers refer to the platform's taxonomy (Điều 2 of the Hải Phòng decision), which
// follows the national template (Thông tư 10/2025/TT-BKHCN).
import type { OrganisationConfig, RoutedProcedureCode } from './index';

const RULES =
  'Quy định chức năng, nhiệm vụ của các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ tỉnh Lai Châu (căn cứ Quyết định số 13/2025/QĐ-UBND ngày 28/02/2025 của UBND tỉnh Lai Châu)';

const routing = {
  // Điều 5 khoản 2 mục 2.2 điểm a, b: giấy phép bưu chính, xác nhận thông báo hoạt động bưu chính.
  'buu-chinh.cap-giay-phep': 'BCVTCNTT',
  'buu-chinh.xac-nhan-thong-bao': 'BCVTCNTT',
  'buu-chinh.sua-doi-giay-phep': 'BCVTCNTT',
  'buu-chinh.sua-doi-xac-nhan': 'BCVTCNTT',
  'buu-chinh.cap-lai-giay-phep': 'BCVTCNTT',
  'buu-chinh.cap-lai-giay-phep-het-han': 'BCVTCNTT',
  'buu-chinh.cap-lai-xac-nhan': 'BCVTCNTT',
  // Điều 6 khoản 2 mục 2.5 điểm d: khai báo, cấp, sửa đổi, gia hạn, cấp lại giấy phép X-quang; chứng chỉ nhân viên bức xạ.
  'buc-xa.khai-bao': 'QLKHCN',
  'buc-xa.cap-giay-phep': 'QLKHCN',
  'buc-xa.gia-han-giay-phep': 'QLKHCN',
  'buc-xa.sua-doi-giay-phep': 'QLKHCN',
  'buc-xa.cap-lai-giay-phep': 'QLKHCN',
  'buc-xa.chung-chi-nhan-vien': 'QLKHCN',
  // Điều 7 khoản 2 mục 2.3 điểm d (hợp chuẩn, hợp quy, hàng nhập khẩu) và điểm g (dấu định lượng).
  'tdc.hop-quy': 'QLTDC',
  'tdc.hop-chuan': 'QLTDC',
  'tdc.dau-dinh-luong': 'QLTDC',
  'tdc.dieu-chinh-dau-dinh-luong': 'QLTDC',
  'tdc.kiem-tra-nhap-khau': 'QLTDC',
  // Điều 6 khoản 2 mục 2.1 điểm a (giao quyền), điểm d (đánh giá nhiệm vụ không sử dụng ngân sách); đăng ký kết quả:
  // không phòng nào được giao riêng, giao phòng quản lý nhiệm vụ KH&CN.
  'khcn.dang-ky-ket-qua': 'QLKHCN',
  'khcn.giao-quyen-ket-qua': 'QLKHCN',
  'khcn.danh-gia-khong-ngan-sach': 'QLKHCN',
} as const satisfies Record<RoutedProcedureCode, string>;

export const laiChau: OrganisationConfig = {
  id: 'lai-chau',
  provinceName: 'Tỉnh Lai Châu',
  departmentName: 'Sở Khoa học và Công nghệ tỉnh Lai Châu',
  source: { document: RULES, article: 'Điều 1 khoản 2; Điều 3–7', confidence: 'H' },
  units: [
    {
      code: 'BGD',
      name: 'Ban Giám đốc Sở (Giám đốc và các Phó Giám đốc)',
      shortName: 'Ban Giám đốc',
      kind: 'leadership',
      khoan: [1, 2, 29],
    },
    {
      code: 'VP',
      name: 'Văn phòng',
      shortName: 'Văn phòng',
      kind: 'office',
      khoan: [3, 5, 21, 24, 26, 27, 28],
      note: 'Điều 3: tổ chức bộ máy, kế hoạch - tài chính, cải cách hành chính, văn thư lưu trữ, chương trình mục tiêu quốc gia.',
    },
    {
      code: 'TTRA',
      name: 'Thanh tra Sở',
      shortName: 'Thanh tra',
      kind: 'office',
      khoan: [25],
      note: 'Điều 4: thanh tra, khiếu nại, tố cáo, phòng chống tham nhũng.',
    },
    {
      code: 'BCVTCNTT',
      name: 'Phòng Bưu chính - Viễn thông - Công nghệ thông tin',
      shortName: 'Phòng BCVT-CNTT',
      kind: 'office',
      khoan: [14, 15, 16, 17, 18],
      note: 'Điều 5: bưu chính, viễn thông, tần số, công nghiệp CNTT, chuyển đổi số.',
    },
    {
      code: 'QLKHCN',
      name: 'Phòng Quản lý khoa học và công nghệ',
      shortName: 'Phòng QLKH&CN',
      kind: 'office',
      khoan: [6, 7, 8, 9, 10, 12, 13, 20],
      note: 'Điều 6: nhiệm vụ KH&CN, thị trường công nghệ, doanh nghiệp KH&CN, sở hữu trí tuệ, an toàn bức xạ (mục 2.5).',
    },
    {
      code: 'QLTDC',
      name: 'Phòng Quản lý Tiêu chuẩn đo lường chất lượng',
      shortName: 'Phòng QL TĐC',
      kind: 'office',
      khoan: [11],
      note: 'Điều 7: tiêu chuẩn, đo lường, chất lượng.',
    },
  ],
  routing,
  routingSource: {
    document: RULES,
    article: 'Điều 5 khoản 2 mục 2.2; Điều 6 khoản 2 mục 2.1, 2.5; Điều 7 khoản 2 mục 2.3',
    confidence: 'H',
    note: 'khcn.dang-ky-ket-qua không được giao riêng trong quy định; giao Phòng Quản lý KH&CN (độ tin cậy M).',
  },
};
