// Sở Khoa học và Công nghệ thành phố Hải Phòng: structure of Điều 3 of the decision of 30/06/2025 (seed 000).
// Which unit serves which khoản of Điều 2, and which unit receives which procedure, is inferred from the seeds
// 001 (national template), 002 (Lai Châu) and 004 (Quảng Ngãi): the Hải Phòng decision names the units but does
// not divide the duties between them. The routing is configuration: change it here, not in code.
import type { OrganisationConfig, RoutedProcedureCode } from './index';

const DECISION =
  'Quyết định của Ủy ban nhân dân thành phố Hải Phòng ngày 30/6/2025 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ thành phố Hải Phòng';

const routing = {
  // Khoản 14 (bưu chính): the former Phòng Bưu chính - Viễn thông of Sở TT&TT (seed 003, Điều 4 khoản 2 điểm đ)
  // became part of Phòng Hạ tầng số và Quản lý Chuyên ngành.
  'buu-chinh.cap-giay-phep': 'HTS',
  'buu-chinh.xac-nhan-thong-bao': 'HTS',
  'buu-chinh.sua-doi-giay-phep': 'HTS',
  'buu-chinh.sua-doi-xac-nhan': 'HTS',
  'buu-chinh.cap-lai-giay-phep': 'HTS',
  'buu-chinh.cap-lai-xac-nhan': 'HTS',
  // Khoản 12 (an toàn bức xạ): CONFIGURABLE CHOICE, see routingSource.note and routingAlternatives.
  'buc-xa.khai-bao': 'HTS',
  'buc-xa.cap-giay-phep': 'HTS',
  'buc-xa.gia-han-giay-phep': 'HTS',
  'buc-xa.sua-doi-giay-phep': 'HTS',
  'buc-xa.cap-lai-giay-phep': 'HTS',
  'buc-xa.chung-chi-nhan-vien': 'HTS',
  // Khoản 11 điểm d, g (tiêu chuẩn, đo lường, chất lượng): Chi cục TĐC (Điều 3 khoản 3).
  'tdc.hop-quy': 'CCTDC',
  'tdc.hop-chuan': 'CCTDC',
  'tdc.dau-dinh-luong': 'CCTDC',
  'tdc.dieu-chinh-dau-dinh-luong': 'CCTDC',
  'tdc.kiem-tra-nhap-khau': 'CCTDC',
  // Khoản 6 điểm d, đ and khoản 13 điểm c (nhiệm vụ KH&CN): Phòng Quản lý Khoa học, as the research-management
  // offices of Lai Châu (seed 002, Điều 6 khoản 2 mục 2.1) and Quảng Ngãi (seed 004, mục IV.2.3, IV.2.7).
  'khcn.dang-ky-ket-qua': 'QLKH',
  'khcn.giao-quyen-ket-qua': 'QLKH',
  'khcn.danh-gia-khong-ngan-sach': 'QLKH',
} as const satisfies Record<RoutedProcedureCode, string>;

export const haiPhong: OrganisationConfig = {
  id: 'hai-phong',
  provinceName: 'Thành phố Hải Phòng',
  departmentName: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
  source: { document: DECISION, article: 'Điều 3', date: '2025-06-30', confidence: 'H' },
  units: [
    {
      code: 'BGD',
      name: 'Ban Giám đốc Sở (Giám đốc và các Phó Giám đốc)',
      shortName: 'Ban Giám đốc',
      kind: 'leadership',
      khoan: [1, 2, 29],
      note: 'Điều 3 khoản 1: Giám đốc và các Phó Giám đốc.',
    },
    {
      code: 'VP',
      name: 'Văn phòng',
      shortName: 'Văn phòng',
      kind: 'office',
      khoan: [3, 5, 19, 21, 23, 24, 25, 26, 27, 28],
      note: 'Điều 3 khoản 2 điểm a. Kế hoạch - tài chính, pháp chế, tổ chức cán bộ, thi đua, hợp tác, dịch vụ sự nghiệp công: như Văn phòng Sở Quảng Ngãi (seed 004, mục I) và Lai Châu (seed 002, Điều 3). Không có Thanh tra Sở trong cơ cấu 2025 nên khoản 25 (kiểm tra, khiếu nại, tố cáo) giao Văn phòng.',
    },
    {
      code: 'QLKH',
      name: 'Phòng Quản lý Khoa học',
      shortName: 'Phòng QLKH',
      kind: 'office',
      khoan: [6, 9, 13, 20, 22],
      note: 'Điều 3 khoản 2 điểm b. Nhiệm vụ KH&CN (khoản 6 điểm d, đ, i), tiềm lực (khoản 9), thông tin - thống kê (khoản 13), ứng dụng (khoản 20): như Phòng Quản lý KH-CN Quảng Ngãi (seed 004, mục IV).',
    },
    {
      code: 'CNTT',
      name: 'Phòng Công nghệ thông tin',
      shortName: 'Phòng CNTT',
      kind: 'office',
      khoan: [17, 18],
      note: 'Điều 3 khoản 2 điểm c. Công nghiệp CNTT và chuyển đổi số (khoản 17, 18), như Phòng CNTT của Sở TT&TT cũ (seed 003).',
    },
    {
      code: 'QLCN',
      name: 'Phòng Quản lý Công nghệ và Đổi mới sáng tạo',
      shortName: 'Phòng QLCN&ĐMST',
      kind: 'office',
      khoan: [7, 8, 10],
      note: 'Điều 3 khoản 2 điểm d. Công nghệ, thị trường công nghệ và đổi mới sáng tạo (khoản 6 điểm h, k; khoản 7), khởi nghiệp (khoản 8), sở hữu trí tuệ (khoản 10).',
    },
    {
      code: 'HTS',
      name: 'Phòng Hạ tầng số và Quản lý Chuyên ngành',
      shortName: 'Phòng HTS&QLCN',
      kind: 'office',
      khoan: [12, 14, 15, 16],
      note: 'Điều 3 khoản 2 điểm đ. Hạ tầng số: bưu chính, viễn thông, tần số (khoản 14–16), như Phòng Bưu chính - Viễn thông của Sở TT&TT cũ (seed 003). Quản lý chuyên ngành: an toàn bức xạ (khoản 12), như Phòng Quản lý Chuyên ngành Quảng Ngãi (seed 004, mục V.2.4) — lựa chọn có thể cấu hình.',
    },
    {
      code: 'CCTDC',
      name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng Hải Phòng',
      shortName: 'Chi cục TĐC',
      kind: 'sub-agency',
      signature: { authority: 'KT. CHI CỤC TRƯỞNG', title: 'PHÓ CHI CỤC TRƯỞNG' },
      khoan: [11],
      note: 'Điều 3 khoản 3: tổ chức hành chính trực thuộc Sở; tiêu chuẩn, đo lường, chất lượng (khoản 11).',
    },
    {
      code: 'TTCNTT',
      name: 'Trung tâm Công nghệ thông tin và Truyền thông Hải Phòng',
      shortName: 'Trung tâm CNTT&TT',
      kind: 'centre',
      khoan: [18],
      note: 'Điều 3 khoản 4 điểm a. Vận hành hạ tầng, nền tảng dùng chung, cổng thông tin (khoản 18 điểm b, đ).',
    },
    {
      code: 'TTDMST',
      name: 'Trung tâm Đổi mới sáng tạo và Ứng dụng khoa học công nghệ Hải Phòng',
      shortName: 'Trung tâm ĐMST&ƯDKHCN',
      kind: 'centre',
      khoan: [7, 13, 20],
      note: 'Điều 3 khoản 4 điểm b. Đổi mới sáng tạo (khoản 7), thông tin KH&CN (khoản 13 điểm h, i, k), ứng dụng tiến bộ KH&CN (khoản 20): như Trung tâm Ứng dụng và Trung tâm ĐMST của Thông tư 10/2025/TT-BKHCN (seed 001, Chương III).',
    },
    {
      code: 'TTKTTDC',
      name: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hải Phòng',
      shortName: 'Trung tâm Kỹ thuật TĐC',
      kind: 'centre',
      khoan: [11],
      note: 'Điều 3 khoản 4 điểm c. Kiểm định, hiệu chuẩn, thử nghiệm (khoản 11 điểm e, i).',
    },
  ],
  routing,
  routingSource: {
    document: DECISION,
    article: 'Điều 3 (tên các phòng); phân công suy ra từ seed 001, 002, 004',
    date: '2025-06-30',
    confidence: 'M',
    note:
      'Quyết định chỉ nêu tên các đơn vị, không phân công thủ tục cho từng phòng; cấu hình này suy ra từ quy định nội bộ của Sở KH&CN Lai Châu và Quảng Ngãi. ' +
      'CÓ THỂ CẤU HÌNH: thủ tục bức xạ (buc-xa.*) giao Phòng Hạ tầng số và Quản lý Chuyên ngành (HTS) vì ở Quảng Ngãi an toàn bức xạ thuộc Phòng Quản lý Chuyên ngành (QĐ 33/QĐ-SKHCN, mục V.2.4.4); ' +
      'phương án khác là Phòng Quản lý Công nghệ và Đổi mới sáng tạo (QLCN). Sở cần xác nhận theo quyết định phân công nội bộ.',
  },
  routingAlternatives: {
    'buc-xa.khai-bao': ['QLCN'],
    'buc-xa.cap-giay-phep': ['QLCN'],
    'buc-xa.gia-han-giay-phep': ['QLCN'],
    'buc-xa.sua-doi-giay-phep': ['QLCN'],
    'buc-xa.cap-lai-giay-phep': ['QLCN'],
    'buc-xa.chung-chi-nhan-vien': ['QLCN'],
  },
};
