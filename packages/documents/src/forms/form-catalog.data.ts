import type { LegalSource } from '@skhcn/domain';

/** A form prescribed by law: its code, the title printed on it and where it is prescribed. */
export interface FormDefinition {
  id: FormId;
  code: string;
  title: string;
  source: LegalSource;
}

export type FormId =
  | 'receipt'
  | 'additions-request'
  | 'refusal'
  | 'apology'
  | 'stop-notice'
  | 'control-sheet'
  | 'conformity-acceptance'
  | 'standard-conformity-acceptance'
  | 'radiation-licence'
  | 'declaration-confirmation'
  | 'safety-certificate'
  | 'postal-licence'
  | 'postal-confirmation'
  | 'council-minutes'
  | 'result-certificate'
  | 'dti-report';

/** The licensing documents: the decree prescribes a form, whose number and layout were not checked (L). */
const licensingForm = (document: string): LegalSource => ({
  document,
  confidence: 'L',
  note: 'Mẫu văn bản theo phụ lục của nghị định chưa đối chiếu: bố cục theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP).',
});

const oneStop = (form: string, confidence: LegalSource['confidence'], note?: string): LegalSource => ({
  document: 'Thông tư 03/2025/TT-VPCP',
  article: `Phụ lục I, ${form}`,
  confidence,
  ...(note ? { note } : {}),
});

const tbtnhs: LegalSource = {
  document: 'Thông tư 28/2012/TT-BKHCN',
  article: 'Phụ lục III, Mẫu 3. TBTNHS (sửa đổi bởi Thông tư 02/2017/TT-BKHCN)',
  confidence: 'H',
};

/** The forms this package renders. Titles are printed exactly as written here. */
export const FORMS = {
  receipt: {
    id: 'receipt',
    code: 'Mẫu 01',
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    source: oneStop('Mẫu 01', 'H'),
  },
  'additions-request': {
    id: 'additions-request',
    code: 'Mẫu 02',
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    source: oneStop('Mẫu 02', 'H'),
  },
  refusal: {
    id: 'refusal',
    code: 'Mẫu 03',
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    source: oneStop('Mẫu 03', 'H'),
  },
  apology: {
    id: 'apology',
    code: 'Mẫu 04',
    title: 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    source: oneStop(
      'Mẫu 04',
      'M',
      'Tên mẫu theo Thông tư 01/2018/TT-VPCP là "Phiếu xin lỗi và hẹn lại ngày trả kết quả"; docs/procedures.md ghi tên mẫu năm 2025 là "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" — cần đối chiếu bản gốc.',
    ),
  },
  'stop-notice': {
    id: 'stop-notice',
    code: 'Mẫu 05',
    title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    source: oneStop('Mẫu 05', 'M'),
  },
  'control-sheet': {
    id: 'control-sheet',
    code: 'Mẫu 06',
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    source: oneStop('Mẫu 06', 'H'),
  },
  'conformity-acceptance': {
    id: 'conformity-acceptance',
    code: 'Mẫu 3. TBTNHS',
    title: 'THÔNG BÁO TIẾP NHẬN HỒ SƠ CÔNG BỐ HỢP QUY',
    source: tbtnhs,
  },
  'standard-conformity-acceptance': {
    id: 'standard-conformity-acceptance',
    code: 'Mẫu 3. TBTNHS',
    title: 'THÔNG BÁO TIẾP NHẬN HỒ SƠ CÔNG BỐ HỢP CHUẨN',
    source: {
      ...tbtnhs,
      confidence: 'M',
      note: 'Cùng mẫu, thay "hợp quy" bằng "hợp chuẩn" và "quy chuẩn kỹ thuật" bằng "tiêu chuẩn".',
    },
  },
  'radiation-licence': {
    id: 'radiation-licence',
    code: 'Giấy phép',
    title: 'GIẤY PHÉP TIẾN HÀNH CÔNG VIỆC BỨC XẠ',
    source: licensingForm('Nghị định 332/2025/NĐ-CP; Nghị định 142/2020/NĐ-CP'),
  },
  'declaration-confirmation': {
    id: 'declaration-confirmation',
    code: 'Giấy xác nhận',
    title: 'GIẤY XÁC NHẬN KHAI BÁO THIẾT BỊ BỨC XẠ',
    source: licensingForm('Nghị định 332/2025/NĐ-CP; Nghị định 142/2020/NĐ-CP'),
  },
  'safety-certificate': {
    id: 'safety-certificate',
    code: 'Chứng chỉ',
    title: 'CHỨNG CHỈ NHÂN VIÊN BỨC XẠ',
    source: licensingForm('Nghị định 332/2025/NĐ-CP; Nghị định 142/2020/NĐ-CP'),
  },
  'postal-licence': {
    id: 'postal-licence',
    code: 'Giấy phép',
    title: 'GIẤY PHÉP BƯU CHÍNH',
    source: licensingForm('Nghị định 47/2011/NĐ-CP, sửa đổi bởi Nghị định 25/2022/NĐ-CP'),
  },
  'postal-confirmation': {
    id: 'postal-confirmation',
    code: 'Văn bản xác nhận',
    title: 'VĂN BẢN XÁC NHẬN THÔNG BÁO HOẠT ĐỘNG BƯU CHÍNH',
    source: licensingForm('Nghị định 47/2011/NĐ-CP, sửa đổi bởi Nghị định 25/2022/NĐ-CP'),
  },
  'council-minutes': {
    id: 'council-minutes',
    code: 'Biên bản hội đồng',
    title:
      'BIÊN BẢN HỌP HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN, GIAO TRỰC TIẾP TỔ CHỨC, CÁ NHÂN CHỦ TRÌ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ',
    source: {
      document: 'Thông tư 10/2014/TT-BKHCN',
      confidence: 'L',
      note: 'Mẫu biên bản theo mô hình quốc gia cũ như ghi nhớ, chưa đọc lại; bố cục do nhóm phát triển đặt: thành phần, xung đột lợi ích, kết quả chấm điểm, xếp hạng, kết luận.',
    },
  },
  'result-certificate': {
    id: 'result-certificate',
    code: 'Giấy chứng nhận ĐKKQ',
    title: 'GIẤY CHỨNG NHẬN ĐĂNG KÝ KẾT QUẢ THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ',
    source: {
      document: 'Thông tư 14/2014/TT-BKHCN',
      confidence: 'M',
      note: 'Kết quả của thủ tục 1.004473; nội dung in theo mẫu như ghi nhớ (số, tên nhiệm vụ, tổ chức chủ trì, chủ nhiệm, ngày nghiệm thu), chưa đối chiếu mẫu gốc.',
    },
  },
  'dti-report': {
    id: 'dti-report',
    code: 'Báo cáo DTI',
    title: 'BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ',
    source: {
      document: 'Quyết định của UBND thành phố Hải Phòng ngày 30/6/2025 (chức năng, nhiệm vụ của Sở KH&CN)',
      article: 'Điều 2 khoản 18 điểm h',
      confidence: 'M',
      note: 'Không có mẫu báo cáo do pháp luật quy định; thể thức theo Nghị định 30/2020/NĐ-CP.',
    },
  },
} as const satisfies Record<FormId, FormDefinition>;
