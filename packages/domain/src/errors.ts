/**
 * Stable error codes with their Vietnamese messages. The API maps each code to a
 * tRPC error code; clients show `message` and may branch on `appCode`.
 */
export const appErrors = {
  UNAUTHENTICATED: { http: 'UNAUTHORIZED', message: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.' },
  FORBIDDEN: { http: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' },
  FORBIDDEN_UNIT: {
    http: 'FORBIDDEN',
    message: 'Hồ sơ hoặc dữ liệu này thuộc đơn vị khác; bạn không có quyền truy cập.',
  },
  INVALID_CREDENTIALS: { http: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  RATE_LIMITED: {
    http: 'TOO_MANY_REQUESTS',
    message: 'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.',
  },
  CSRF: {
    http: 'FORBIDDEN',
    message: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
  },
  BAD_INPUT: { http: 'BAD_REQUEST', message: 'Dữ liệu gửi lên không hợp lệ.' },
  MALFORMED_JSON: { http: 'PARSE_ERROR', message: 'Dữ liệu gửi lên không đúng định dạng JSON.' },
  PAYLOAD_TOO_LARGE: { http: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' },
  UNSUPPORTED_MEDIA_TYPE: {
    http: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Kiểu dữ liệu gửi lên không được hỗ trợ; hãy gửi JSON (Content-Type: application/json).',
  },
  /** HTTP 414 (answered by the server before tRPC) */
  URI_TOO_LONG: { http: 'BAD_REQUEST', message: 'Địa chỉ yêu cầu quá dài.' },
  /** HTTP 431 (answered by the server before tRPC) */
  HEADERS_TOO_LARGE: {
    http: 'BAD_REQUEST',
    message: 'Phần đầu (header) của yêu cầu quá lớn. Hãy xoá cookie của trang này rồi thử lại.',
  },
  NOT_FOUND: { http: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu yêu cầu.' },
  UNKNOWN_PROCEDURE: { http: 'NOT_FOUND', message: 'Không có thủ tục hành chính với mã này.' },
  UNKNOWN_FIELD: { http: 'NOT_FOUND', message: 'Không có lĩnh vực với mã này.' },
  NO_VERSION_IN_FORCE: { http: 'NOT_FOUND', message: 'Thủ tục không có phiên bản có hiệu lực vào ngày này.' },
  CONFLICT: {
    http: 'CONFLICT',
    message: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại để xem bản mới nhất.',
  },
  USERNAME_TAKEN: {
    http: 'CONFLICT',
    message: 'Tên đăng nhập này đã có người dùng; hãy chọn tên khác.',
  },
  LAST_ADMINISTRATOR: {
    http: 'CONFLICT',
    message:
      'Đây là quản trị hệ thống cuối cùng đang hoạt động; không thể khoá tài khoản hay bỏ vai trò quản trị của người này.',
  },
  INVALID_TRANSITION: {
    http: 'CONFLICT',
    message: 'Không thể thực hiện bước này ở trạng thái hiện tại của hồ sơ.',
  },
  FILE_TOO_LARGE: {
    http: 'PAYLOAD_TOO_LARGE',
    message: 'Tệp tải lên vượt quá dung lượng tối đa cho phép (10 MB).',
  },
  FILE_TYPE_NOT_ALLOWED: {
    http: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Chỉ chấp nhận tệp PDF, PNG hoặc JPEG; nội dung tệp không đúng các định dạng này.',
  },
  NUMBER_ALREADY_ISSUED: {
    http: 'CONFLICT',
    message: 'Số văn bản này đã được cấp trước đó; số đã cấp không được dùng lại.',
  },
  NO_FEE_RATE: {
    http: 'BAD_REQUEST',
    message: 'Chưa có mức phí cho nội dung này; hệ thống không tự đặt mức phí.',
  },
  CONDITIONS_NOT_MET: {
    http: 'CONFLICT',
    message: 'Chưa đáp ứng điều kiện cấp giấy phép; không thể trình ký hoặc phê duyệt.',
  },
  FILING_TOO_LATE: {
    http: 'BAD_REQUEST',
    message: 'Hồ sơ nộp quá thời hạn pháp luật quy định.',
  },
  FRAMEWORK_LOCKED: {
    http: 'CONFLICT',
    message:
      'Bộ chỉ số đã được dùng cho một kỳ đánh giá đã mở; không được sửa. Hãy sao chép sang bộ mới để chỉnh sửa.',
  },
  CYCLE_CLOSED: {
    http: 'CONFLICT',
    message: 'Kỳ đánh giá đã đóng; số liệu đã khóa, không được thay đổi.',
  },
  DEADLINE_PASSED: {
    http: 'CONFLICT',
    message: 'Đã quá hạn nhập số liệu của kỳ đánh giá; chỉ được sửa các mục cán bộ thẩm định trả lại.',
  },
  ACCOUNT_INACTIVE: {
    http: 'FORBIDDEN',
    message: 'Tài khoản này đã bị khoá. Vui lòng liên hệ Bộ phận một cửa của Sở.',
  },
  OIDC_DENIED: {
    http: 'UNAUTHORIZED',
    message: 'Bạn đã huỷ hoặc không cho phép đăng nhập bằng tài khoản định danh.',
  },
  OIDC_STATE_MISMATCH: {
    http: 'BAD_REQUEST',
    message:
      'Phiên đăng nhập bằng tài khoản định danh không hợp lệ hoặc đã hết hạn. Vui lòng bấm đăng nhập lại từ đầu.',
  },
  OIDC_UNAVAILABLE: {
    http: 'SERVICE_UNAVAILABLE',
    message:
      'Hệ thống định danh đang không phản hồi. Vui lòng thử lại sau ít phút hoặc đăng nhập bằng mật khẩu.',
  },
  OIDC_FAILED: {
    http: 'UNAUTHORIZED',
    message: 'Không xác thực được thông tin từ hệ thống định danh. Vui lòng thử lại.',
  },
  OIDC_NOT_CONFIGURED: {
    http: 'NOT_FOUND',
    message: 'Đăng nhập bằng tài khoản định danh chưa được bật trên hệ thống này.',
  },
  APPLICANT_PROFILE_REQUIRED: {
    http: 'FORBIDDEN',
    message: 'Vui lòng khai tên tổ chức và mã số thuế trước khi nộp hồ sơ trực tuyến.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    http: 'FORBIDDEN',
    message:
      'Bạn đang dùng mật khẩu tạm thời do quản trị viên cấp. Vui lòng đổi mật khẩu trước khi tiếp tục.',
  },
  QUOTA_EXCEEDED: {
    http: 'TOO_MANY_REQUESTS',
    message:
      'Tài khoản đã tải lên quá số lượng hoặc dung lượng tệp cho phép trong ngày. Vui lòng thử lại vào ngày mai.',
  },
  INTERNAL: { http: 'INTERNAL_SERVER_ERROR', message: 'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại.' },
} as const satisfies Record<string, { http: string; message: string }>;

export type AppErrorCode = keyof typeof appErrors;

/** A domain error with a stable code and a Vietnamese message. */
export class DomainError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: AppErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? appErrors[code].message);
    this.name = 'DomainError';
    this.code = code;
    if (details) this.details = details;
  }
}
