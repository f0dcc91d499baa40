/**
 * parsePlanText: plain text of a plan (as extracted from .docx, tables as tab-separated rows)
 * -> header, tasks, targets and warnings. See README.md in this folder for the shapes read and
 * the rules that decide between them.
 */
import { foldedWords, foldVietnamese } from "../text/fold";
import { assignmentTasks } from "./assignments";
import { parseHeader } from "./header";
import { labelledTasks } from "./labelled";
import { buildOutline, type OutlineLine, underTargetHeading } from "./outline";
import { type LogicalLine, preprocessPlanText } from "./preprocess";
import { targetsFromTable, tasksFromTable } from "./table-records";
import { findTables } from "./tables";
import { extractTargets, looksLikeTargetSentence } from "./targets";
import type { ParseContext, ParsedPlan, ParsedTarget, ParsedTask } from "./types";
import { unitSectionTasks } from "./unit-sections";

const CLOSING = /^noi nhan\b/;
const APPENDIX = /^(phu luc|danh muc|bieu mau|bieu so)\b/;

// Running-text lines worth reading: after the header, outside tables, and skipping the closing
// block ("Nơi nhận", signature) up to the next appendix.
function bodyIndexes(lines: LogicalLine[], from: number, tableLines: Set<number>) {
  const indexes: number[] = [];
  const resets = new Set<number>();
  let closed = false;
  for (let i = from; i < lines.length; i++) {
    const first = foldVietnamese(lines[i].cells?.[0] ?? lines[i].text);
    if (CLOSING.test(first)) closed = true;
    if (APPENDIX.test(first) && !lines[i].cells) {
      closed = false;
      resets.add(i);
    }
    if (tableLines.has(i)) {
      closed = false;
      continue;
    }
    if (!closed) indexes.push(i);
  }
  return { indexes, resets };
}

const STOPWORDS = new Set([
  "ty",
  "le",
  "cua",
  "va",
  "cac",
  "tren",
  "tai",
  "duoc",
  "trong",
  "cho",
  "voi",
  "co",
  "dat",
  "nhung",
]);
const TASK_STOPWORDS = new Set([
  "cac",
  "va",
  "cua",
  "cho",
  "voi",
  "tai",
  "trong",
  "the",
  "de",
  "ve",
  "tren",
  "duoc",
  "theo",
  "nhung",
  "mot",
  "co",
  "la",
]);

// Share of the shorter title's words found in the other: a duty restated in "Tổ chức thực
// hiện" shares most words with its appendix row (0.74-1.0 on the seeds), a new duty few (< 0.4).
function titleOverlap(a: string, b: string): number {
  const wa = new Set(foldedWords(a).filter((w) => !TASK_STOPWORDS.has(w)));
  const wb = new Set(foldedWords(b).filter((w) => !TASK_STOPWORDS.has(w)));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

function indicatorSimilarity(a: string, b: string): number {
  const wa = foldedWords(a).filter((w) => !STOPWORDS.has(w));
  const wb = new Set(foldedWords(b).filter((w) => !STOPWORDS.has(w)));
  if (wa.length === 0 || wb.size === 0) return 0;
  const common = new Set(wa.filter((w) => wb.has(w))).size;
  return (2 * common) / (new Set(wa).size + wb.size);
}

/**
 * A KPI appendix is the plan's own list of targets: a target in the text that restates one of
 * its rows is left out (with a warning when the two disagree on the threshold).
 */
function withoutRestatements(
  textTargets: ParsedTarget[],
  tableTargets: ParsedTarget[],
  ctx: ParseContext,
): ParsedTarget[] {
  const kept: ParsedTarget[] = [];
  for (const target of textTargets) {
    // A row with the same threshold and a related indicator is the same target, silently.
    const restated = tableTargets.some(
      (row) =>
        row.op === target.op &&
        row.value === target.value &&
        indicatorSimilarity(target.indicator, row.indicator) >= 0.3,
    );
    if (restated) continue;
    let best: ParsedTarget | null = null;
    let bestScore = 0;
    for (const row of tableTargets) {
      const score = indicatorSimilarity(target.indicator, row.indicator);
      if (score > bestScore) [best, bestScore] = [row, score];
    }
    if (best && bestScore >= 0.55) {
      ctx.warnings.push({
        line: target.source.line,
        message: `Chỉ tiêu "${target.indicator.slice(0, 60)}" ghi ${target.op} ${target.value}${target.unit ?? ""} ở phần nội dung nhưng ${best.op} ${best.value}${best.unit ?? ""} ở phụ lục (dòng ${best.source.line}); dùng số liệu phụ lục`,
      });
      continue;
    }
    const duplicate = kept.some(
      (k) =>
        k.op === target.op &&
        k.value === target.value &&
        indicatorSimilarity(k.indicator, target.indicator) >= 0.8,
    );
    if (!duplicate) kept.push(target);
  }
  return kept;
}

function textTargets(outline: OutlineLine[], skip: Set<number>): ParsedTarget[] {
  const targets: ParsedTarget[] = [];
  for (const line of outline) {
    if (skip.has(line.index)) continue;
    const underTargets = underTargetHeading(line);
    if (!underTargets && !looksLikeTargetSentence(line.body)) continue;
    const listItem = line.style === "bullet" || line.style === "letter";
    for (const draft of extractTargets(line.body, { allowBare: listItem && underTargets })) {
      targets.push({
        ...draft,
        monitor: null,
        implementer: null,
        code: null,
        source: { line: line.line, shape: "text" },
      });
    }
  }
  return targets;
}

// A threshold set inside an assignment ("phấn đấu ... có ít nhất 80% dân số ...") is a target
// too, but only with a comparator word: "hoàn thành 100% việc phân loại" describes the task.
function targetsInTasks(tasks: ParsedTask[]): ParsedTarget[] {
  return tasks.flatMap((task) =>
    extractTargets(task.title, { requireComparator: true }).map((draft) => ({
      ...draft,
      monitor: null,
      implementer: task.lead,
      code: null,
      source: { line: task.source.line, shape: "text" as const },
    })),
  );
}

/** Reads a plan's text. Never throws on odd input: what it cannot read goes to `warnings`. */
export function parsePlanText(text: string): ParsedPlan {
  const lines = preprocessPlanText(text);
  const header = parseHeader(lines);
  const ctx: ParseContext = { year: header.year, warnings: [...header.warnings] };

  const tables = findTables(lines);
  const tableLines = new Set(tables.flatMap((t) => t.covered));
  const tableTasks = tables.filter((t) => t.kind === "task").flatMap((t) => tasksFromTable(t, lines, ctx));
  const tableTargets = tables.filter((t) => t.kind === "kpi").flatMap((t) => targetsFromTable(t, lines, ctx));

  const { indexes, resets } = bodyIndexes(lines, header.bodyStart, tableLines);
  const outline = buildOutline(lines, indexes, resets);

  const labelled = labelledTasks(outline, ctx);
  const rest = outline.filter((l) => !labelled.covered.has(l.index));
  const sections = unitSectionTasks(rest, ctx);
  // With an appendix task table, the table is the plan's list of tasks and "Tổ chức thực hiện"
  // mostly restates it unit by unit. Its duties that the table lacks (reporting, budget) go to
  // additionalTasks, for a person to take or leave; restatements are dropped.
  const byTable = tableTasks.length > 0;
  const sectionTasks = byTable ? [] : sections.tasks;
  const additionalTasks = byTable
    ? sections.tasks.filter((t) => tableTasks.every((row) => titleOverlap(t.title, row.title) < 0.6))
    : [];
  const prose = rest.filter((l) => !sections.covered.has(l.index)).flatMap((l) => assignmentTasks(l, ctx));

  const byLine = (a: ParsedTask, b: ParsedTask) => a.source.line - b.source.line;
  const tasks: ParsedTask[] = [...tableTasks, ...labelled.tasks, ...sectionTasks, ...prose].sort(byLine);
  const skipForTargets = new Set([...labelled.covered, ...sections.covered]);
  const found = [...textTargets(outline, skipForTargets), ...targetsInTasks([...tasks, ...additionalTasks])];
  const targets = [...tableTargets, ...withoutRestatements(found, tableTargets, ctx)];
  targets.sort((a, b) => a.source.line - b.source.line);
  ctx.warnings.sort((a, b) => a.line - b.line);
  return {
    plan: header.plan,
    tasks,
    targets,
    warnings: ctx.warnings,
    additionalTasks: additionalTasks.sort(byLine),
  };
}
