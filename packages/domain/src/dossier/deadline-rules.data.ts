import type { LegalSource } from '../legal-source';

/** The rules of the appointment date (ngày hẹn trả kết quả), each with its source. */
export const DEADLINE_RULES = {
  /** Receipts after this local time (Vietnam, UTC+7) are handed on at the start of the next working day. */
  receiptCutoff: {
    hour: 15,
    minute: 0,
    utcOffsetMinutes: 7 * 60,
    source: {
      document:
        'Quy chế/quy trình nội bộ giải quyết thủ tục hành chính của UBND cấp tỉnh theo Nghị định 118/2025/NĐ-CP',
      confidence: 'M',
      note:
        'Hồ sơ tiếp nhận sau 15 giờ (kể cả nộp trực tuyến) hoặc vào ngày nghỉ được chuyển xử lý từ đầu giờ ngày làm việc tiếp theo; ' +
        'ngày đó được coi là ngày tiếp nhận. Đúng 15:00:00 vẫn tính trong ngày.',
    } satisfies LegalSource,
  },
  /** The day of the event is not counted: counting starts the following day. */
  startOfPeriod: {
    document: 'Bộ luật Dân sự 2015 (Luật số 91/2015/QH13)',
    article: 'Điều 147 khoản 2',
    confidence: 'H',
    note: 'Ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày có sự kiện xảy ra.',
  } satisfies LegalSource,
  /** A period ending on a weekly rest day or a holiday ends at the end of the next working day. */
  endOnNonWorkingDay: {
    document: 'Bộ luật Dân sự 2015 (Luật số 91/2015/QH13)',
    article: 'Điều 148 khoản 5',
    confidence: 'H',
    note: 'Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó.',
  } satisfies LegalSource,
  /** Additions may be requested only once. */
  additionsOnce: {
    document: 'Nghị định 118/2025/NĐ-CP',
    article: 'Điều 11',
    confidence: 'M',
    note: 'Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ một lần (Mẫu 02); thời gian chờ bổ sung không tính vào thời hạn giải quyết.',
  } satisfies LegalSource,
  /** Time the applicant takes to pay fees/financial obligations is not counted (procedure-dependent). */
  paymentPause: {
    document: 'Nghị định 118/2025/NĐ-CP; quy định chuyên ngành của từng thủ tục',
    confidence: 'M',
    note: 'Thời gian người nộp thực hiện nghĩa vụ tài chính không tính vào thời hạn giải quyết khi quy định chuyên ngành tính thời hạn từ khi nộp đủ phí.',
  } satisfies LegalSource,
  /** The apology letter (Mẫu 04) moves the return date at most once, sent at least one day before the deadline. */
  apologyExtension: {
    document: 'Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP',
    article: 'Phụ lục I, Mẫu 04 (Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết)',
    confidence: 'M',
    note: 'Chậm nhất 01 ngày trước ngày hết hạn, gửi văn bản xin lỗi kèm lý do và hẹn lại ngày trả kết quả; chỉ hẹn lại một lần.',
  } satisfies LegalSource,
  /** Dossier statuses synchronised with the national portal. */
  nationalStatuses: {
    document: 'Thông tư 03/2025/TT-VPCP',
    confidence: 'M',
    note: 'Mã trạng thái hồ sơ 1–10 đồng bộ với Cổng Dịch vụ công quốc gia.',
  } satisfies LegalSource,
} as const;
