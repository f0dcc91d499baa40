// One small error family with stable codes. The server sends a Vietnamese message; the web app
// words the same code from its own vi.json / en.json, so the code is the contract, not the text.

export interface ErrorDetail {
  path?: string;
  row?: number;
  column?: string;
  code?: string;
  message: string;
  [k: string]: unknown;
}

const CATALOGUE = {
  VALIDATION_FAILED: [400, "Dữ liệu gửi lên không hợp lệ."],
  BODY_TOO_LARGE: [413, "Dữ liệu gửi lên quá lớn."],
  AUTH_REQUIRED: [401, "Bạn cần đăng nhập."],
  AUTH_INVALID_CREDENTIALS: [401, "Tên đăng nhập hoặc mật khẩu không đúng."],
  AUTH_TOTP_REQUIRED: [401, "Nhập mã xác thực 6 số từ ứng dụng xác thực."],
  AUTH_TOTP_INVALID: [401, "Mã xác thực không đúng hoặc đã hết hạn."],
  AUTH_TOTP_ENROLL_REQUIRED: [403, "Tài khoản quản trị phải bật xác thực hai lớp trước khi thao tác."],
  AUTH_TOTP_REQUIRED_FOR_ADMIN: [403, "Tài khoản quản trị không được tắt xác thực hai lớp."],
  AUTH_LOCKED: [423, "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau."],
  AUTH_DISABLED: [403, "Tài khoản đã bị vô hiệu hóa."],
  API_KEY_INVALID: [401, "Khóa API không hợp lệ."],
  CSRF_INVALID: [403, "Phiên làm việc không hợp lệ (CSRF). Hãy tải lại trang."],
  FORBIDDEN: [403, "Bạn không có quyền thực hiện thao tác này với đơn vị này."],
  NOT_FOUND: [404, "Không tìm thấy."],
  VERSION_CONFLICT: [409, "Dữ liệu đã được người khác sửa. Hãy tải lại rồi sửa tiếp."],
  IDEMPOTENCY_KEY_REUSED: [422, "Idempotency-Key đã dùng cho một yêu cầu khác."],
  RATE_LIMITED: [429, "Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút."],
  PASSWORD_TOO_WEAK: [422, "Mật khẩu phải dài ít nhất 8 ký tự, có chữ và số."],
  USERNAME_TAKEN: [409, "Tên đăng nhập đã tồn tại."],
  ORG_UNIT_CODE_TAKEN: [409, "Mã đơn vị đã tồn tại."],
  ORG_UNIT_CYCLE: [422, "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó."],
  ORG_UNIT_INVALID: [422, "Thông tin đơn vị không hợp lệ."],
  ORG_UNIT_HAS_CHILDREN: [422, "Đơn vị còn đơn vị trực thuộc."],
  IMPORT_INVALID: [422, "Tệp nhập có lỗi; chưa có thay đổi nào được lưu."],
  FILE_INVALID: [422, "Tệp không đọc được."],
  INTERNAL: [500, "Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị."],
} as const satisfies Record<string, readonly [number, string]>;

export type KnownErrorCode = keyof typeof CATALOGUE;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    message?: string,
    readonly details: ErrorDetail[] = [],
    status?: number,
  ) {
    const known = (CATALOGUE as Record<string, readonly [number, string]>)[code];
    super(message ?? known?.[1] ?? code);
    this.status = status ?? known?.[0] ?? 400;
  }
}

/** Shorthand used by services: `throw fail("NOT_FOUND")`. */
export function fail(code: KnownErrorCode, message?: string, details?: ErrorDetail[]): AppError {
  return new AppError(code, message, details);
}

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, details: err.details } };
}
