import type { ReceiptInput } from './forms/receipt.document';
import type { AdditionsRequestInput } from './forms/additions-request.document';
import type { RefusalInput } from './forms/refusal.document';
import type { ApologyInput } from './forms/apology.document';
import type { StopNoticeInput } from './forms/stop-notice.document';
import type { ControlSheetInput } from './forms/control-sheet.document';
import type { ConformityAcceptanceInput } from './forms/conformity-acceptance.document';
import type { CouncilMinutesInput } from './forms/council-minutes.document';
import type { ResultCertificateInput } from './forms/result-certificate.document';

/** Realistic inputs shared by the tests, the benchmark and the sample renderer. */
export const header = {
  issuer: {
    parentBodies: ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
  },
  number: '125/GTN-TĐC',
  place: 'Hải Phòng',
  issuedOn: '2026-03-05',
  verificationUrl: 'https://dichvucong.skhcn.haiphong.gov.vn/xac-thuc/HP-260305-0001?k=7f3a9c',
};

export const applicant = {
  name: 'Công ty Cổ phần Thép Hải Phòng',
  address: 'Số 12 đường Hà Nội, phường Hồng Bàng, thành phố Hải Phòng',
  phone: '0225 3842 123',
  email: 'vanthu@thephaiphong.vn',
};

export const dossier = {
  dossierCode: 'HP-260305-0001',
  applicant,
  procedureName: 'Tiếp nhận bản công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2 (thép làm cốt bê tông)',
};

export const receiptInput: ReceiptInput = {
  ...header,
  ...dossier,
  receivingUnit: 'Bộ phận Một cửa Sở Khoa học và Công nghệ thành phố Hải Phòng',
  components: [
    {
      name: 'Bản công bố hợp quy theo Mẫu 2. CBHC/HQ Phụ lục III Thông tư 28/2012/TT-BKHCN',
      form: 'Bản chính',
      copies: 1,
    },
    {
      name: 'Giấy chứng nhận hợp quy do tổ chức chứng nhận được chỉ định cấp',
      form: 'Bản sao có chứng thực',
      copies: 1,
    },
    { name: 'Mẫu nhãn hàng hóa đã gắn dấu hợp quy', form: 'Bản chính', copies: 2 },
  ],
  dossierSets: 1,
  processingTime: { amount: 5, unit: 'working_days' },
  receivedAt: '2026-03-05T09:40:00+07:00',
  appointmentDate: '2026-03-12',
  resultDelivery: 'Bộ phận Một cửa Sở Khoa học và Công nghệ hoặc qua dịch vụ bưu chính công ích',
  submitterName: 'Nguyễn Văn An',
  receivingOfficer: { fullName: 'Trần Thị Bích Ngọc' },
};

const officer = { fullName: 'Trần Thị Bích Ngọc' };
const director = { authority: 'KT. Chi cục trưởng', title: 'Phó Chi cục trưởng', fullName: 'Phạm Quốc Hùng' };

export const additionsRequestInput: AdditionsRequestInput = {
  ...header,
  number: '18/PBS-TĐC',
  ...dossier,
  items: [
    {
      component: 'Giấy chứng nhận hợp quy do tổ chức chứng nhận được chỉ định cấp',
      reason:
        'Bản sao chưa được chứng thực; tên sản phẩm trên giấy chứng nhận không khớp với tên trong bản công bố hợp quy.',
    },
    { component: 'Mẫu nhãn hàng hóa', reason: 'Nhãn chưa thể hiện dấu hợp quy CR theo quy định.' },
  ],
  dueDate: '2026-03-26',
  contact: 'bà Trần Thị Bích Ngọc, Bộ phận Một cửa, số điện thoại 0225 3842 456',
  officer,
};

export const refusalInput: RefusalInput = {
  ...header,
  number: '07/PTC-TĐC',
  ...dossier,
  receivingUnit: 'Bộ phận Một cửa Sở Khoa học và Công nghệ thành phố Hải Phòng',
  legalBasis: 'Điều 14 Thông tư 28/2012/TT-BKHCN (sửa đổi bởi Thông tư 02/2017/TT-BKHCN)',
  reasons: [
    'Sản phẩm thép làm cốt bê tông thuộc thẩm quyền tiếp nhận bản công bố hợp quy của Sở Khoa học và Công nghệ nơi tổ chức đăng ký kinh doanh; tổ chức đăng ký kinh doanh tại tỉnh khác.',
  ],
  officer,
};

export const apologyInput: ApologyInput = {
  ...header,
  number: '42/TĐC-XL',
  ...dossier,
  receivedOn: '2026-03-05',
  originalAppointmentDate: '2026-03-12',
  reason:
    'Giấy chứng nhận hợp quy cần được xác minh với tổ chức chứng nhận; tổ chức chứng nhận chưa có văn bản trả lời.',
  newAppointmentDate: '2026-03-19',
  signer: director,
};

export const stopNoticeInput: StopNoticeInput = {
  ...header,
  number: '43/TB-TĐC',
  ...dossier,
  receivedOn: '2026-03-05',
  reasons: ['Tổ chức có văn bản đề nghị rút hồ sơ ngày 04/03/2026.'],
  followUp:
    'Ông/Bà (tổ chức) nhận lại hồ sơ tại Bộ phận Một cửa Sở Khoa học và Công nghệ trong giờ hành chính.',
  signer: director,
};

const units: [string, ...string[]] = [
  'Bộ phận Một cửa',
  'Phòng Quản lý Tiêu chuẩn Chất lượng',
  'Lãnh đạo Chi cục',
  'Văn thư Chi cục',
];
const people: [string, ...string[]] = ['Trần Thị Bích Ngọc', 'Lê Minh Tuấn', 'Phạm Quốc Hùng', 'Vũ Thị Hạnh'];
const results = ['early', 'on_time', 'late'] as const;

/** The i-th item of a non-empty list, going round. */
function cycle<T>(list: readonly [T, ...T[]], i: number): T {
  return list[i % list.length] ?? list[0];
}

/** A control sheet with `count` hand-overs, one every two hours from 05/03/2026 08:00. */
export function controlSheetInput(count: number): ControlSheetInput {
  return {
    ...header,
    number: '125/PKS-TĐC',
    ...dossier,
    receiptNumber: '125/GTN-TĐC',
    handlingUnit: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    coordinatingUnits: 'Không',
    steps: Array.from({ length: count }, (_, i) => {
      const at = new Date(Date.parse('2026-03-05T08:00:00+07:00') + i * 2 * 3_600_000);
      return {
        unit: cycle(units, i),
        handedOverAt: at.toISOString(),
        giver: cycle(people, i),
        receiver: cycle(people, i + 1),
        result: cycle(results, i),
        ...(i % 5 === 0 ? { note: 'Chuyển xử lý theo phân công của Lãnh đạo Chi cục' } : {}),
      };
    }),
  };
}

export const conformityAcceptanceInput: ConformityAcceptanceInput = {
  ...header,
  number: '215/TB-TĐC',
  kind: 'hop_quy',
  dossierCode: 'HP-260305-0001',
  declaration: { number: '01/2026/CBHQ-THP', date: '2026-03-02' },
  organisation: { name: applicant.name, address: applicant.address, phone: applicant.phone },
  products: [
    { name: 'Thép cốt bê tông cán nóng', description: 'thép thanh vằn D10–D32, mác CB400-V, nhãn hiệu THP' },
    { name: 'Thép cuộn cốt bê tông', description: 'thép tròn trơn D6–D8, mác CB240-T, nhãn hiệu THP' },
  ],
  standard: 'QCVN 7:2019/BKHCN',
  assessmentMethod: 'Phương thức 5 (Thông tư 28/2012/TT-BKHCN)',
  basis: {
    kind: 'certification',
    certifier: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (QUATEST 1)',
    certificateNumber: 'HQ-2026-0158',
    certificateDate: '2026-02-20',
    certificateValidUntil: '2029-02-19',
  },
  validUntil: '2029-02-19',
  signer: director,
  recipients: ['Công ty Cổ phần Thép Hải Phòng', 'Sở Khoa học và Công nghệ (để b/c)', 'Lưu: VT, QLTCCL'],
};

/** The department itself issues the science documents. */
export const scienceHeader = {
  ...header,
  issuer: { parentBodies: ['UBND THÀNH PHỐ HẢI PHÒNG'], name: 'Sở Khoa học và Công nghệ' },
  verificationUrl: 'https://dichvucong.skhcn.haiphong.gov.vn/tra-cuu/ket-qua-khcn/1%2F2026%2F%C4%90KKQ-SKHCN',
};

export const councilMinutesInput: CouncilMinutesInput = {
  ...scienceHeader,
  number: 'NV-2026-001/BB-HĐTC',
  issuedOn: '2026-04-06',
  taskCode: 'NV-2026-001',
  taskTitle: 'Nghiên cứu ứng dụng chế phẩm sinh học xử lý môi trường nước ao nuôi tôm tại Hải Phòng',
  councilName: 'Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ NV-2026-001',
  meetingOn: '2026-04-06',
  compositionLabel: 'Hội đồng 5–7 thành viên (cấu hình của Sở)',
  members: [
    {
      fullName: 'PGS.TS. Hoàng Văn Minh',
      role: 'Chủ tịch hội đồng',
      organisation: 'Trường Đại học Hàng hải Việt Nam',
    },
    { fullName: 'TS. Lê Thị Thu', role: 'Ủy viên phản biện', organisation: 'Trường Đại học Hải Phòng' },
    {
      fullName: 'TS. Phạm Quang Dũng',
      role: 'Ủy viên phản biện',
      organisation: 'Viện Tài nguyên và Môi trường biển',
    },
    {
      fullName: 'ThS. Nguyễn Thị Hà',
      role: 'Ủy viên thư ký khoa học',
      organisation: 'Trung tâm Thông tin và Thống kê KH&CN',
    },
    {
      fullName: 'TS. Vũ Đức Anh',
      role: 'Ủy viên',
      organisation: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
    },
  ],
  present: 5,
  criteria: [
    { label: 'Tổng quan tình hình nghiên cứu, tính cấp thiết và mục tiêu', max: 15 },
    { label: 'Nội dung, phương pháp nghiên cứu và kế hoạch thực hiện', max: 30 },
    { label: 'Sản phẩm, khả năng ứng dụng và hiệu quả kinh tế - xã hội', max: 25 },
    { label: 'Năng lực của tổ chức chủ trì, chủ nhiệm và đội ngũ thực hiện', max: 20 },
    { label: 'Tính hợp lý của dự toán kinh phí', max: 10 },
  ],
  passAverage: 70,
  maxZeroShare: '1/3',
  applications: [
    {
      organisationName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
      principalInvestigator: 'TS. Trần Minh Đức',
      totals: ['83', '80', '79', '80', 'Xung đột'],
      average: 80.5,
      passed: true,
      rank: 1,
    },
    {
      organisationName: 'Công ty Cổ phần Thép Hải Phòng',
      principalInvestigator: 'ThS. Ngô Văn Thành',
      totals: ['72', '71', '73', '72', '71'],
      average: 71.8,
      passed: true,
      rank: 2,
    },
  ],
  conflicts: [
    {
      memberName: 'TS. Vũ Đức Anh',
      organisationName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
      note: 'công tác tại Viện',
    },
  ],
  conclusion:
    'Hội đồng đề nghị giao Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng chủ trì thực hiện nhiệm vụ (điểm trung bình 80,5, xếp thứ nhất).',
  chair: { fullName: 'Hoàng Văn Minh' },
  secretary: { fullName: 'Nguyễn Thị Hà' },
};

export const resultCertificateInput: ResultCertificateInput = {
  ...scienceHeader,
  number: '1/2026/ĐKKQ-SKHCN',
  issuedOn: '2026-05-10',
  taskCode: 'NV-2026-001',
  taskTitle: 'Nghiên cứu ứng dụng chế phẩm sinh học xử lý môi trường nước ao nuôi tôm tại Hải Phòng',
  field: 'Khoa học nông nghiệp',
  host: { name: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng', taxCode: '0200789127' },
  principalInvestigator: 'TS. Trần Minh Đức',
  contractNumber: '12/2026/HĐ-SKHCN',
  acceptedOn: '2026-04-25',
  grade: 'Đạt',
  dossierCode: 'QLKH-260505-0001',
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', fullName: 'Phạm Văn Minh' },
  recipients: ['Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng', 'Lưu: VT, QLKH'],
};
