import { isoDateInTimeZone, periodLabel } from "../../core/periods";
import { formatViDate } from "../documents/vi-format";
import { AppError, type ErrorDetail } from "../http/errors";

// Errors of the reporting capability: stable codes, Vietnamese messages. Every one is raised
// before anything is written, so the caller's data is as it was.

export const reportError = {
  regimeNotFound: (id: number) =>
    new AppError("NOT_FOUND", `Không tìm thấy chế độ báo cáo số ${id}.`, [], 404),
  submissionNotFound: (id: number) => new AppError("NOT_FOUND", `Không tìm thấy báo cáo số ${id}.`, [], 404),
  codeTaken: (code: string) =>
    new AppError(
      "REPORT_REGIME_CODE_TAKEN",
      `Mã chế độ báo cáo "${code}" đã tồn tại.`,
      [{ path: "code", message: "Mã đã tồn tại." }],
      409,
    ),
  deadlineInvalid: (message: string) =>
    new AppError("DEADLINE_RULE_INVALID", message, [{ path: "deadlineText", message }], 422),
  regimeInvalid: (details: ErrorDetail[]) =>
    new AppError(
      "REPORT_REGIME_INVALID",
      details[0]?.message ?? "Chế độ báo cáo không hợp lệ.",
      details,
      422,
    ),
  periodInvalid: (period: string, why: string) =>
    new AppError(
      "REPORT_PERIOD_INVALID",
      `Kỳ "${period}" không hợp lệ cho chế độ báo cáo này: ${why}`,
      [{ path: "period", message: why }],
      422,
    ),
  periodNotStarted: (period: string) =>
    new AppError(
      "REPORT_PERIOD_NOT_STARTED",
      `Kỳ báo cáo ${periodLabel(period)} chưa bắt đầu.`,
      [{ path: "period", message: period }],
      422,
    ),
  unitNotExpected: (unitName: string, period: string) =>
    new AppError(
      "REPORT_UNIT_NOT_EXPECTED",
      `${unitName} không thuộc đối tượng báo cáo của chế độ này trong kỳ ${periodLabel(period)}.`,
      [],
      422,
    ),
  alreadyAccepted: (acceptedAt: string | null) =>
    new AppError(
      "REPORT_ALREADY_ACCEPTED",
      `Báo cáo đã được đơn vị nhận tiếp nhận${acceptedAt ? ` ngày ${formatViDate(isoDateInTimeZone(new Date(acceptedAt)))}` : ""}; số liệu đã khóa, không gửi lại hoặc sửa được.`,
      [],
      409,
    ),
  awaitingReview: () =>
    new AppError(
      "REPORT_AWAITING_REVIEW",
      "Báo cáo đã gửi và đang chờ đơn vị nhận xem xét; chỉ sửa được khi bị trả lại.",
      [],
      409,
    ),
  notSubmitted: () =>
    new AppError(
      "REPORT_NOT_SUBMITTED",
      "Báo cáo chưa được gửi nên chưa thể tiếp nhận hoặc trả lại.",
      [],
      409,
    ),
  returnReasonRequired: () =>
    new AppError(
      "REPORT_RETURN_REASON_REQUIRED",
      "Cần ghi rõ lý do trả lại báo cáo.",
      [{ path: "reason", message: "Bắt buộc." }],
      422,
    ),
  narrativeInvalid: (details: ErrorDetail[]) =>
    new AppError(
      "REPORT_NARRATIVE_INVALID",
      details[0]?.message ?? "Nội dung báo cáo không hợp lệ.",
      details,
      422,
    ),
  sectionRequired: (titles: string[]) =>
    new AppError(
      "REPORT_SECTION_REQUIRED",
      `Chưa viết nội dung bắt buộc: ${titles.map((t) => `“${t}”`).join(", ")}.`,
      titles.map((t) => ({ path: "narrative", message: t })),
      422,
    ),
  figureOutsideWindow: (details: ErrorDetail[]) =>
    new AppError(
      "REPORT_FIGURE_OUTSIDE_WINDOW",
      details[0]?.message ?? "Số liệu nằm ngoài thời gian chốt số liệu của kỳ báo cáo.",
      details,
      422,
    ),
  figuresInvalid: (details: ErrorDetail[]) =>
    new AppError(
      "REPORT_FIGURES_INVALID",
      details[0]?.message ?? "Số liệu không hợp lệ; chưa có gì được lưu.",
      details,
      422,
    ),
  nothingAccepted: (period: string) =>
    new AppError(
      "REPORT_NOTHING_TO_CONSOLIDATE",
      `Kỳ ${periodLabel(period)} chưa có báo cáo nào được tiếp nhận để tổng hợp.`,
      [],
      422,
    ),
  holidayInvalid: (message: string) =>
    new AppError("HOLIDAY_OVERRIDE_INVALID", message, [{ path: "override", message }], 422),
};

/** "từ 15/03/2026 đến 14/06/2026" */
export function windowText(w: { from: string; to: string }): string {
  return `từ ${formatViDate(w.from)} đến ${formatViDate(w.to)}`;
}
