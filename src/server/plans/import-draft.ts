/**
 * The import draft: what the parser read from a plan document, with each unit name matched to an
 * org unit (or a group of units for a collective lead), the plan it implements looked up, and
 * what a person still has to decide listed. Nothing here writes to the database.
 */
import type { ParsedPlan, ParsedTask } from "../../core/plan-import";
import { foldVietnamese } from "../../core/text";
import type { Queryable } from "../db/db";
import { inferRecurRule, type RecurCycle } from "../tasks/recurrence";
import type { DeadlineKind } from "../tasks/tasks.types";
import { plansByNumber } from "./plans.repo";
import { matchName, type NameMatch, type UnitRow } from "./unit-resolver";

export interface DraftTask {
  key: string;
  code: string | null;
  title: string;
  section: string | null;
  leadText: string | null;
  /** One unit: set. Several (a collective or "Sở A; Sở B"): fanOutUnitIds. */
  leadUnitId: number | null;
  fanOutUnitIds: number[];
  coordinatorsText: string | null;
  coordinatorUnitIds: number[];
  deadline: { kind: DeadlineKind; from: string | null; to: string | null; text: string | null };
  recurCycle: RecurCycle | null;
  recurDueDay: number | null;
  expectedResult: string | null;
  priority: "normal";
  /** What still needs a person, in Vietnamese. */
  problems: string[];
  source: { line: number; shape: string };
}

export interface DraftPlan {
  number: string | null;
  docType: string;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  implementsRef: string | null;
  parentPlanId: number | null;
  parentPlanLabel: string | null;
}

export interface ImportDraft {
  plan: DraftPlan;
  tasks: DraftTask[];
  /** Every distinct unit name with what it matched, for the mapping screen. */
  names: NameMatch[];
  /** Names nobody matched: the user maps them or leaves them as text (coordinators). */
  unmatched: NameMatch[];
  targets: ParsedPlan["targets"];
  warnings: ParsedPlan["warnings"];
  stats: { tasks: number; matchedLeads: number; fanOut: number; unmatchedNames: number };
}

const REF =
  /(?:kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|chương trình|thông báo)\s+(?:số\s+)?(\d+[\w./-]*\/[\w.đĐ-]+)/iu;

/** The document this one implements, as referenced in its title: "Triển khai Kế hoạch số 4117/KH-UBND ..." -> "4117/KH-UBND". */
export function implementedReference(title: string | null): string | null {
  if (!title) return null;
  const m = REF.exec(title);
  return m ? m[1].replace(/[.,;]+$/, "") : null;
}

/** The plan period from its title: "giai đoạn 2024 - 2025" or "năm 2024". */
export function periodFromTitle(title: string | null): { from: string | null; to: string | null } {
  const f = foldVietnamese(title ?? "");
  const range = /giai doan\s+((?:19|20|21)\d{2})\s*-\s*((?:19|20|21)\d{2})/.exec(f);
  if (range) return { from: `${range[1]}-01-01`, to: `${range[2]}-12-31` };
  const year = /\bnam\s+((?:19|20|21)\d{2})\b/.exec(f);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  return { from: null, to: null };
}

function splitCoordinators(names: string[]): string[] {
  return names.map((n) => n.trim()).filter((n) => n.length > 0);
}

export async function buildDraft(
  q: Queryable,
  parsed: ParsedPlan,
  units: readonly UnitRow[],
): Promise<ImportDraft> {
  const cache = new Map<string, NameMatch>();
  const match = (name: string) => {
    const key = foldVietnamese(name);
    let m = cache.get(key);
    if (!m) {
      m = matchName(name, units);
      cache.set(key, m);
    }
    return m;
  };
  const coordinatorOnly = new Set<string>();
  const tasks = parsed.tasks.map((t, i) => draftTask(t, i, match, coordinatorOnly));
  const ref = implementedReference(parsed.plan.title);
  const parents = ref ? await plansByNumber(q, ref) : [];
  const period = periodFromTitle(parsed.plan.title);
  const names = [...cache.values()];
  // A coordinator nobody matched ("Văn phòng Chính phủ", "các đơn vị liên quan") stays as text:
  // worth showing, but it does not block saving. An unmatched lead does.
  const unmatched = names.filter((n) => n.unitId === null && n.collective.length === 0);
  return {
    plan: {
      number: parsed.plan.number,
      docType: parsed.plan.type ?? "KH",
      issuedOn: parsed.plan.date,
      issuer: parsed.plan.issuer,
      title: parsed.plan.title ?? "",
      periodFrom: period.from,
      periodTo: period.to,
      implementsRef: ref,
      parentPlanId: parents[0]?.id ?? null,
      parentPlanLabel: parents[0] ? `${parents[0].number ?? ""} ${parents[0].title}`.trim() : null,
    },
    tasks,
    names,
    unmatched: unmatched.map((n) => ({ ...n, coordinatorOnly: coordinatorOnly.has(foldVietnamese(n.name)) })),
    targets: parsed.targets,
    warnings: parsed.warnings,
    stats: {
      tasks: tasks.length,
      matchedLeads: tasks.filter((t) => t.leadUnitId !== null || t.fanOutUnitIds.length > 0).length,
      fanOut: tasks.filter((t) => t.fanOutUnitIds.length > 1).length,
      unmatchedNames: unmatched.length,
    },
  };
}

function draftTask(
  t: ParsedTask,
  i: number,
  match: (name: string) => NameMatch,
  coordinatorOnly: Set<string>,
): DraftTask {
  const problems: string[] = [];
  const leadNames = t.leads.length > 0 ? t.leads : t.lead ? [t.lead] : [];
  const leadMatches = leadNames.map(match);
  const unitIds = new Set<number>();
  for (const m of leadMatches) {
    if (m.collective.length) for (const id of m.collective) unitIds.add(id);
    else if (m.unitId !== null) unitIds.add(m.unitId);
    else problems.push(`Chưa xác định được đơn vị chủ trì "${m.name}".`);
    if (m.ambiguous) problems.push(`"${m.name}" gần giống nhiều đơn vị; hãy kiểm tra.`);
  }
  if (leadNames.length === 0) problems.push("Chưa có đơn vị chủ trì.");
  const single = unitIds.size === 1 && !leadMatches.some((m) => m.collective.length > 0);
  const coordinatorNames = splitCoordinators(t.coordinators);
  const coordinatorUnitIds: number[] = [];
  for (const name of coordinatorNames) {
    const m = match(name);
    if (m.unitId !== null) coordinatorUnitIds.push(m.unitId);
    else if (m.collective.length === 0) coordinatorOnly.add(foldVietnamese(name));
  }
  const recurring = t.deadline.kind === "recurring";
  const rule = recurring ? inferRecurRule(t.deadline.text) : null;
  if (t.deadline.kind === "none" && t.deadline.text)
    problems.push(`Không đọc được thời hạn "${t.deadline.text}".`);
  if (["month", "quarter", "date", "range", "year"].includes(t.deadline.kind) && !t.deadline.to)
    problems.push(`Thời hạn "${t.deadline.text ?? ""}" thiếu năm hoặc không hợp lệ.`);
  return {
    key: `t${i + 1}`,
    code: t.code,
    title: t.title,
    section: t.section,
    leadText: t.lead,
    leadUnitId: single ? [...unitIds][0] : null,
    fanOutUnitIds: single ? [] : [...unitIds],
    coordinatorsText: coordinatorNames.length ? coordinatorNames.join("; ") : null,
    coordinatorUnitIds: [...new Set(coordinatorUnitIds)],
    deadline: {
      kind: t.deadline.kind as DeadlineKind,
      from: t.deadline.from,
      to: t.deadline.to,
      text: t.deadline.text,
    },
    recurCycle: rule?.cycle ?? null,
    recurDueDay: rule?.dueDay ?? null,
    expectedResult: t.result,
    priority: "normal",
    problems: [...new Set(problems)],
    source: t.source,
  };
}
