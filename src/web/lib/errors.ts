// Words an error for the user from its stable code (errors.<CODE> in vi.json / en.json).
// Codes the web app does not know yet fall back to the server's own (Vietnamese) message.
import { i18n } from "../i18n";
import { ApiError, type ApiErrorDetail } from "./api";
import { formatDate, formatTimeOfDay, todayIso } from "./format";

function lockedUntil(details: ApiErrorDetail[]): string | null {
  for (const detail of details) {
    if (typeof detail.lockedUntil === "string") return detail.lockedUntil;
  }
  return null;
}

/** "14:05" when the lock ends today (Vietnam time), "14:05 01/07/2025" otherwise. */
function describeLockEnd(until: string): string {
  const date = formatDate(until);
  const today = formatDate(todayIso());
  return date === today ? formatTimeOfDay(until) : `${formatTimeOfDay(until)} ${date}`;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "AUTH_LOCKED") {
      const until = lockedUntil(error.details);
      if (until) return i18n.t("errors.AUTH_LOCKED_UNTIL", { time: describeLockEnd(until) });
    }
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
    if (error.message) return error.message;
    return i18n.t("errors.UNKNOWN");
  }
  if (error instanceof Error && error.message) return error.message;
  return i18n.t("errors.UNKNOWN");
}

/**
 * Field-level messages of a validation error, as "field: message" lines. Only details with a
 * `path` are field messages; others carry data for the UI (lockedUntil, import rows shown in
 * their own table).
 */
export function errorDetailLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const lines: string[] = [];
  for (const detail of error.details) {
    if (typeof detail.message !== "string" || typeof detail.path !== "string") continue;
    if (detail.row !== undefined) continue;
    lines.push(detail.path ? `${detail.path}: ${detail.message}` : detail.message);
  }
  return lines;
}
