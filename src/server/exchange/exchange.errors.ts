// Error codes of the exchange capability (stable: the web app words them from its own i18n).
import { AppError, type ErrorDetail } from "../http/errors";

export const exchangeError = {
  scope: (message = "Khóa API không có quyền này (phạm vi không đủ).", details: ErrorDetail[] = []) =>
    new AppError("API_KEY_SCOPE", message, details, 403),
  clientNotFound: (id: number) =>
    new AppError("API_CLIENT_NOT_FOUND", `Không tìm thấy hệ thống kết nối có mã số ${id}.`, [], 404),
  clientNameTaken: (name: string) =>
    new AppError(
      "API_CLIENT_NAME_TAKEN",
      `Tên hệ thống kết nối "${name}" đã tồn tại.`,
      [{ path: "name", message: "Trùng tên." }],
      409,
    ),
  notFederation: () =>
    new AppError(
      "SYNC_NOT_FEDERATION",
      "Khóa API này không phải của một hệ thống điều hành cấp dưới đã đăng ký đồng bộ.",
      [],
      403,
    ),
  linkNotFound: (id: number | string) =>
    new AppError("SYNC_LINK_NOT_FOUND", `Không tìm thấy kết nối đồng bộ "${id}".`, [], 404),
  webhookNotFound: (id: number) =>
    new AppError("WEBHOOK_NOT_FOUND", `Không tìm thấy đăng ký webhook có mã số ${id}.`, [], 404),
  signature: (message: string) => new AppError("WEBHOOK_SIGNATURE_INVALID", message, [], 401),
  badUrl: (message: string) => new AppError("EXCHANGE_URL_INVALID", message, [{ path: "url", message }], 422),
  unknownUnits: (codes: string[]) =>
    new AppError(
      "ORG_UNIT_INVALID",
      `Không có đơn vị mã: ${codes.join(", ")}.`,
      codes.map((c) => ({ path: "units", message: c })),
      422,
    ),
  unknownIndicators: (codes: string[]) =>
    new AppError(
      "DATA_UNKNOWN_INDICATOR",
      `Không có chỉ tiêu mã: ${codes.join(", ")}.`,
      codes.map((c) => ({ path: "indicators", message: c })),
      422,
    ),
  unknownGroups: (codes: string[]) =>
    new AppError(
      "INDICATOR_GROUP_UNKNOWN",
      `Không có nhóm chỉ tiêu mã: ${codes.join(", ")}.`,
      codes.map((c) => ({ path: "groups", message: c })),
      422,
    ),
  publicNotFound: (code: string) =>
    new AppError("OPEN_DATA_NOT_FOUND", `Không có chỉ tiêu công khai mã "${code}".`, [], 404),
  format: (format: string) =>
    new AppError(
      "EXPORT_FORMAT_INVALID",
      `Định dạng "${format}" không được hỗ trợ (csv, xlsx, json).`,
      [],
      400,
    ),
  tasksMissing: () =>
    new AppError(
      "EXPORT_TASKS_UNAVAILABLE",
      "Hệ thống chưa có phân hệ nhiệm vụ nên chưa xuất được nhiệm vụ.",
      [],
      404,
    ),
};
