/**
 * Rows of a detected table -> tasks or targets. Group rows ("I  XÂY DỰNG HOÀN THIỆN THỂ CHẾ"
 * with the other cells empty) give the code prefix and section of the rows under them; a row
 * without a number and without a lead continues the row above (a row cut by a page break).
 */
import { isUpperCaseText } from "../text/fold";
import { splitUnitList } from "../text/unit-phrases";
import { romanToNumber } from "./calendar";
import { parseDeadline } from "./deadline";
import type { LogicalLine } from "./preprocess";
import { type ColumnRole, cellOf, type DetectedTable } from "./tables";
import { comparatorBefore, extractTargets, parseVietnameseNumber } from "./targets";
import type { Comparator, ParseContext, ParsedTarget, ParsedTask } from "./types";

interface Group {
  level: number;
  label: string;
  text: string;
}

function labelLevel(label: string): number {
  if (/^[A-Z]$/.test(label) && romanToNumber(label) === null) return 0;
  if (romanToNumber(label) !== null) return 1;
  if (/^\d+$/.test(label)) return 2;
  if (/^\d+(\.\d+)+$/.test(label)) return 3;
  return 4;
}

function cleanLabel(cell: string): string {
  return cell.replace(/[.)]+$/, "").trim();
}

class GroupStack {
  private groups: Group[] = [];

  push(label: string, text: string): void {
    const level = labelLevel(label);
    while (this.groups.length > 0 && this.groups[this.groups.length - 1].level >= level) this.groups.pop();
    this.groups.push({ level, label, text });
  }

  codeFor(own: string): string {
    const labels = this.groups.map((g) => g.label).filter((l) => l.length > 0);
    const last = labels[labels.length - 1];
    if (last !== undefined && own.startsWith(`${last}.`)) labels.pop();
    return [...labels, own].join(".");
  }

  section(): string | null {
    return this.groups[this.groups.length - 1]?.text ?? null;
  }
}

const CONTENT_ROLES: ColumnRole[] = [
  "lead",
  "coordinators",
  "deadline",
  "result",
  "monitor",
  "implementer",
  "value",
  "unit",
  "level",
];

function isGroupRow(
  roles: Array<ColumnRole | null>,
  cells: string[],
  mainRole: ColumnRole,
  nextCode: string,
): boolean {
  const code = cleanLabel(cellOf(roles, cells, "code"));
  const main = cellOf(roles, cells, mainRole);
  if (main.length === 0) return false;
  if (CONTENT_ROLES.some((r) => cellOf(roles, cells, r).length > 0)) return false;
  if (code.length === 0) return isUpperCaseText(main);
  if (romanToNumber(code) !== null || /^[A-Z]$/.test(code)) return true;
  // "1  Nhóm nhiệm vụ ..." heads a group when the rows under it are numbered "1.1", "1.2".
  return nextCode.startsWith(`${code}.`) || isUpperCaseText(main);
}

function rowCells(lines: LogicalLine[], index: number, width: number): string[] {
  const cells = [...(lines[index].cells ?? [])];
  while (cells.length < width) cells.push("");
  return cells;
}

/** Tasks of a task table. */
export function tasksFromTable(table: DetectedTable, lines: LogicalLine[], ctx: ParseContext): ParsedTask[] {
  const { roles } = table;
  const groups = new GroupStack();
  const tasks: ParsedTask[] = [];
  table.rows.forEach((index, position) => {
    const cells = rowCells(lines, index, roles.length);
    const line = lines[index].line;
    const code = cleanLabel(cellOf(roles, cells, "code"));
    const nextIndex = table.rows[position + 1];
    const nextCode =
      nextIndex === undefined
        ? ""
        : cleanLabel(cellOf(roles, rowCells(lines, nextIndex, roles.length), "code"));
    const title = cellOf(roles, cells, "title");
    if (isGroupRow(roles, cells, "title", nextCode)) {
      groups.push(code, title);
      return;
    }
    const lead = cellOf(roles, cells, "lead");
    const previous = tasks[tasks.length - 1];
    if (code.length === 0 && previous && (lead.length === 0 || previous.lead === null)) {
      continueTask(previous, roles, cells, ctx, line);
      return;
    }
    if (title.length === 0 && lead.length === 0) return;
    const deadlineCell = cellOf(roles, cells, "deadline");
    const { deadline, warning } = parseDeadline(deadlineCell, ctx.year);
    if (warning) ctx.warnings.push({ line, message: warning });
    if (lead.length === 0)
      ctx.warnings.push({ line, message: `Nhiệm vụ "${shorten(title)}" không có đơn vị chủ trì` });
    const result = cellOf(roles, cells, "result");
    tasks.push({
      code: code.length > 0 ? groups.codeFor(code) : null,
      title,
      lead: lead.length > 0 ? lead : null,
      coordinators: splitUnitList(cellOf(roles, cells, "coordinators")),
      deadline,
      result: result.length > 0 ? result : null,
      leads: splitUnitList(lead),
      section: groups.section(),
      source: { line, shape: "table" },
    });
  });
  return tasks;
}

function continueTask(
  task: ParsedTask,
  roles: Array<ColumnRole | null>,
  cells: string[],
  ctx: ParseContext,
  line: number,
) {
  const join = (a: string | null, b: string) => (b.length === 0 ? a : a ? `${a} ${b}` : b);
  task.title = join(task.title, cellOf(roles, cells, "title")) ?? "";
  const lead = cellOf(roles, cells, "lead");
  if (lead.length > 0) {
    task.lead = lead;
    task.leads = splitUnitList(lead);
  }
  task.coordinators.push(...splitUnitList(cellOf(roles, cells, "coordinators")));
  task.result = join(task.result, cellOf(roles, cells, "result"));
  const deadlineCell = cellOf(roles, cells, "deadline");
  if (deadlineCell.length > 0 && task.deadline.kind === "none") {
    const { deadline, warning } = parseDeadline(join(task.deadline.text, deadlineCell), ctx.year);
    task.deadline = deadline;
    if (warning) ctx.warnings.push({ line, message: warning });
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// A value cell may carry its own comparator ("≥ 90", "Trên 55", "Không quá 5", "80% trở lên").
function targetFromValueCell(indicator: string, valueCell: string, unitCell: string) {
  const m = /^(.*?)(\d+(?:[.,]\d+)?)\s*(%)?(.*)$/u.exec(valueCell.trim());
  if (!m) return null;
  const after = m[4].trim().toLowerCase();
  const op: Comparator =
    comparatorBefore(m[1]) ??
    (after.startsWith("trở lên") ? ">=" : after.startsWith("trở xuống") ? "<=" : ">=");
  const unit = unitCell.trim() || (m[3] ? "%" : null);
  return {
    text: `${indicator}: ${valueCell.trim()}`,
    indicator,
    op,
    value: parseVietnameseNumber(m[2]),
    unit,
    scope: null,
  };
}

/** Targets of a KPI table; a row may hold several ("... đạt trên 50%. Trên 10% ..."). */
export function targetsFromTable(
  table: DetectedTable,
  lines: LogicalLine[],
  ctx: ParseContext,
): ParsedTarget[] {
  const { roles } = table;
  const groups = new GroupStack();
  const targets: ParsedTarget[] = [];
  table.rows.forEach((index, position) => {
    const cells = rowCells(lines, index, roles.length);
    const line = lines[index].line;
    const code = cleanLabel(cellOf(roles, cells, "code"));
    const nextIndex = table.rows[position + 1];
    const nextCode =
      nextIndex === undefined
        ? ""
        : cleanLabel(cellOf(roles, rowCells(lines, nextIndex, roles.length), "code"));
    const indicator = cellOf(roles, cells, "indicator");
    if (isGroupRow(roles, cells, "indicator", nextCode)) {
      groups.push(code, indicator);
      return;
    }
    if (indicator.length === 0) return;
    const valueCell = cellOf(roles, cells, "value");
    const unitCell = cellOf(roles, cells, "unit");
    // One value column per level ("Cấp tỉnh" 80, "Cấp xã" 60): one target per level.
    const levels = roles.flatMap((role, c) =>
      role === "level" && (cells[c] ?? "").trim().length > 0
        ? [{ scope: table.headers[c].trim(), value: cells[c] }]
        : [],
    );
    const drafts =
      levels.length > 0
        ? levels.flatMap((l) => {
            const d = targetFromValueCell(indicator, l.value, unitCell);
            return d ? [{ ...d, scope: l.scope }] : [];
          })
        : valueCell.length > 0
          ? [targetFromValueCell(indicator, valueCell, unitCell)].filter((d) => d !== null)
          : extractTargets(indicator);
    if (drafts.length === 0) {
      ctx.warnings.push({ line, message: `Không đọc được ngưỡng của chỉ tiêu "${shorten(indicator)}"` });
      return;
    }
    const monitor = cellOf(roles, cells, "monitor");
    const implementer = cellOf(roles, cells, "implementer");
    for (const draft of drafts) {
      targets.push({
        ...draft,
        monitor: monitor.length > 0 ? monitor : null,
        implementer: implementer.length > 0 ? implementer : null,
        code: code.length > 0 ? groups.codeFor(code) : null,
        source: { line, shape: "kpi-table" },
      });
    }
  });
  return targets;
}
