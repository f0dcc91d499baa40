// Strings of the plans & tasks pages (namespace "plans"), Vietnamese first, English second.
import { i18n } from "../i18n";
import { en } from "./strings-en";
import { vi } from "./strings-vi";

// Stable error codes of this capability, worded for people (lib/errors.ts looks them up). Codes
// whose server message names a file or a row (FILE_TOO_LARGE, PLAN_FILE_*) keep the server's words.
const errorsVi = {
  TASK_HAS_SUBTASKS: "Nhiệm vụ đã giao cho từng đơn vị; hãy cập nhật ở nhiệm vụ của từng đơn vị.",
  TASK_COMPLETED: "Nhiệm vụ đã hoàn thành; cần mở lại trước khi cập nhật.",
  TASK_PAUSED: "Nhiệm vụ đang tạm dừng; không cập nhật được tiến độ.",
  TASK_RESULT_REQUIRED: "Để báo hoàn thành cần có kết quả: số, ký hiệu văn bản hoặc tệp minh chứng.",
  TASK_NO_OPEN_CYCLE: "Nhiệm vụ thường xuyên này không có kỳ báo cáo nào đang mở.",
  TASK_DATE_IN_FUTURE: "Ngày hoàn thành không được sau ngày hôm nay.",
  TASK_EXTENSION_PENDING: "Nhiệm vụ đã có một đề nghị gia hạn đang chờ duyệt.",
  TASK_NOT_COMPLETED: "Nhiệm vụ chưa hoàn thành nên không cần mở lại.",
};
const errorsEn: typeof errorsVi = {
  TASK_HAS_SUBTASKS: "This task was given to each unit separately; report progress on each unit's task.",
  TASK_COMPLETED: "The task is completed; reopen it before reporting again.",
  TASK_PAUSED: "The task is paused; progress cannot be reported.",
  TASK_RESULT_REQUIRED: "Completion needs a result: the number of a document or an evidence file.",
  TASK_NO_OPEN_CYCLE: "This ongoing task has no open reporting cycle.",
  TASK_DATE_IN_FUTURE: "The completion date cannot be later than today.",
  TASK_EXTENSION_PENDING: "An extension request for this task is already waiting for a decision.",
  TASK_NOT_COMPLETED: "The task is not completed, so there is nothing to reopen.",
};

i18n.addResourceBundle("vi", "translation", { plans: vi, errors: errorsVi }, true, true);
i18n.addResourceBundle("en", "translation", { plans: en, errors: errorsEn }, true, true);

export const STATUS_COLOR: Record<string, string> = {
  not_started: "gray",
  in_progress: "blue",
  done_on_time: "green",
  done_late: "orange",
  overdue: "red",
  paused: "yellow",
};
