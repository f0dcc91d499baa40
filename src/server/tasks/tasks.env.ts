import { isoDateInTimeZone } from "../../core/periods/iso-date";
import type { Db } from "../db/db";
import type { AppEvents } from "../events";
import { AppError } from "../http/errors";

/** What the plans and tasks services need from outside: the database, a clock, events, e-mail on or off. */
export interface TasksEnv {
  db: Db;
  /** Injected so tests can run "on" a chosen day. */
  now: () => Date;
  events?: AppEvents;
  /** True when SMTP_URL is configured: notifications are also e-mailed. */
  email: boolean;
}

/** Today's calendar day in Vietnam: deadlines are Vietnamese days, whatever the server's zone. */
export function todayOf(env: Pick<TasksEnv, "now">): string {
  return isoDateInTimeZone(env.now());
}

/** Errors of this capability: stable codes with Vietnamese messages. */
export const taskError = {
  notFound: (id: number) => new AppError("NOT_FOUND", `Không tìm thấy nhiệm vụ số ${id}.`, [], 404),
  hasSubtasks: () =>
    new AppError(
      "TASK_HAS_SUBTASKS",
      "Nhiệm vụ này đã giao cho từng đơn vị; hãy cập nhật tiến độ ở nhiệm vụ của từng đơn vị.",
      [],
      422,
    ),
  completed: () =>
    new AppError("TASK_COMPLETED", "Nhiệm vụ đã hoàn thành; cần mở lại trước khi cập nhật.", [], 409),
  paused: () => new AppError("TASK_PAUSED", "Nhiệm vụ đang tạm dừng; không cập nhật được tiến độ.", [], 409),
  resultRequired: () =>
    new AppError(
      "TASK_RESULT_REQUIRED",
      "Để báo hoàn thành cần có kết quả: số, ký hiệu văn bản hoặc tệp minh chứng.",
      [{ path: "resultText", message: "Nhập số văn bản kết quả hoặc đính kèm tệp." }],
      422,
    ),
  noOpenCycle: () =>
    new AppError("TASK_NO_OPEN_CYCLE", "Nhiệm vụ thường xuyên này không có kỳ báo cáo nào đang mở.", [], 422),
  futureDate: () =>
    new AppError("TASK_DATE_IN_FUTURE", "Ngày hoàn thành không được sau ngày hôm nay.", [], 422),
  extensionPending: () =>
    new AppError("TASK_EXTENSION_PENDING", "Nhiệm vụ đã có một đề nghị gia hạn đang chờ duyệt.", [], 409),
  extensionInvalid: (message: string) => new AppError("TASK_EXTENSION_INVALID", message, [], 422),
  notCompleted: () =>
    new AppError("TASK_NOT_COMPLETED", "Nhiệm vụ chưa hoàn thành nên không cần mở lại.", [], 409),
  versionConflict: () => new AppError("VERSION_CONFLICT"),
};
