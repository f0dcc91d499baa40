/**
 * `dieuhanh plan parse <tệp> [--json]`: reads a plan file without a database.
 * --json prints the ParsedPlan contract; otherwise a short summary in Vietnamese.
 * Exit codes: 0 read, 2 bad usage or a file that cannot be read (message on stderr), 1 other errors.
 * During development: `npm run cli -- plan parse <tệp> --json`.
 */

import type { DeadlineKind, ParsedPlan } from "../../../core/plan-import";
import { parsePlanText } from "../../../core/plan-import";
import { PlanFileError } from "./plan-file-error";
import { readPlanFile } from "./read-plan-file";

const USAGE = "Cách dùng: dieuhanh plan parse <tệp .docx|.txt> [--json]\n";

const KIND_LABELS: Record<DeadlineKind, string> = {
  date: "theo ngày",
  month: "theo tháng",
  quarter: "theo quý",
  year: "theo năm",
  range: "theo giai đoạn",
  recurring: "thường xuyên/định kỳ",
  roadmap: "theo lộ trình",
  none: "chưa có thời hạn",
};

function viDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** A few lines a person can check at a glance. */
export function summarisePlan(parsed: ParsedPlan, filename: string): string {
  const { plan, tasks, targets, warnings } = parsed;
  const out: string[] = [`Tệp: ${filename}`];
  const identity = [
    plan.type ?? "Văn bản",
    plan.number ? `số ${plan.number}` : "(chưa có số)",
    plan.date ? `ngày ${viDate(plan.date)}` : "",
  ]
    .filter((s) => s.length > 0)
    .join(" ");
  out.push(`${identity}${plan.issuer ? ` - ${plan.issuer}` : ""}`);
  if (plan.title) out.push(`Trích yếu: ${plan.title}`);
  const byKind = new Map<DeadlineKind, number>();
  for (const task of tasks) byKind.set(task.deadline.kind, (byKind.get(task.deadline.kind) ?? 0) + 1);
  const kinds = [...byKind.entries()].map(([kind, n]) => `${n} ${KIND_LABELS[kind]}`).join(", ");
  out.push(`Nhiệm vụ: ${tasks.length}${kinds ? ` (${kinds})` : ""}`);
  const leads = new Set(tasks.map((t) => t.lead).filter((l) => l !== null));
  if (leads.size > 0) out.push(`Đơn vị chủ trì: ${leads.size}`);
  out.push(`Chỉ tiêu: ${targets.length}`);
  for (const task of tasks.slice(0, 5)) {
    out.push(
      `  - ${task.code ?? "?"} ${task.title.slice(0, 70)}${task.title.length > 70 ? "..." : ""} | ${task.lead ?? "?"}`,
    );
  }
  if (tasks.length > 5) out.push(`  ... và ${tasks.length - 5} nhiệm vụ khác (dùng --json để xem đủ)`);
  if (parsed.additionalTasks.length > 0) {
    out.push(`Nhiệm vụ khác trong phần tổ chức thực hiện (chưa tính): ${parsed.additionalTasks.length}`);
  }
  if (warnings.length > 0) {
    out.push(`Cảnh báo: ${warnings.length}`);
    for (const w of warnings.slice(0, 10)) out.push(`  dòng ${w.line}: ${w.message}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Runs `plan parse` with the arguments after "plan parse" (a leading "plan parse" is also
 * accepted). Returns the exit code.
 */
export async function runPlanParseCli(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const rest = args[0] === "plan" && args[1] === "parse" ? args.slice(2) : args;
  const json = rest.includes("--json");
  const unknown = rest.filter((a) => a.startsWith("--") && a !== "--json");
  const files = rest.filter((a) => !a.startsWith("--"));
  if (unknown.length > 0 || files.length !== 1) {
    err(unknown.length > 0 ? `Tùy chọn không hợp lệ: ${unknown.join(" ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const file = files[0];
  try {
    const parsed = parsePlanText(await readPlanFile(file));
    out(json ? `${JSON.stringify(parsed, null, 2)}\n` : summarisePlan(parsed, file));
    return 0;
  } catch (error) {
    if (error instanceof PlanFileError) {
      err(`Lỗi: ${error.message} (${error.code})\n`);
      return 2;
    }
    err(`Lỗi không mong muốn khi đọc "${file}": ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
