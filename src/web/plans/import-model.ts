// The import draft as the review screen edits it, and the payload the confirm call sends.
// Pure functions, tested without a browser.
import type { Id } from "../lib/types";
import type { Deadline, RecurCycle } from "./api";

export interface DraftTask {
  key: string;
  code: string | null;
  title: string;
  section: string | null;
  leadText: string | null;
  leadUnitId: Id | null;
  fanOutUnitIds: Id[];
  coordinatorsText: string | null;
  coordinatorUnitIds: Id[];
  deadline: Deadline;
  recurCycle: RecurCycle | null;
  recurDueDay: number | null;
  expectedResult: string | null;
  problems: string[];
}

export interface NameMatch {
  name: string;
  unitId: Id | null;
  unitName: string | null;
  score: number;
  collective: Id[];
  collectiveLabel: string | null;
  suggestions: Array<{ id: Id; name: string; score: number }>;
  coordinatorOnly?: boolean;
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
  parentPlanId: Id | null;
  parentPlanLabel: string | null;
}

export interface ImportDraft {
  orgUnitId: Id | null;
  plan: DraftPlan;
  tasks: DraftTask[];
  unmatched: NameMatch[];
  warnings: Array<{ line: number; message: string }>;
  stats: { tasks: number; matchedLeads: number; fanOut: number; unmatchedNames: number };
}

const DOC_TYPES = new Set([
  "KH",
  "QĐ",
  "NQ",
  "TB",
  "CV",
  "CT",
  "CTr",
  "ĐA",
  "HD",
  "KL",
  "BC",
  "TTr",
  "QC",
  "CĐ",
]);

/** Does this task's lead cell name the unit the person just mapped? */
function namesUnit(task: DraftTask, name: string): boolean {
  const lead = (task.leadText ?? "").toLocaleLowerCase("vi");
  return lead.length > 0 && lead.includes(name.toLocaleLowerCase("vi"));
}

/** Maps an unmatched lead name to a unit in every task that names it and has no lead yet. */
export function mapName(tasks: DraftTask[], name: string, unitId: Id | null): DraftTask[] {
  return tasks.map((t) => {
    if (!namesUnit(t, name) || t.fanOutUnitIds.length > 1) return t;
    if (unitId === null) return t;
    return { ...t, leadUnitId: unitId, problems: t.problems.filter((p) => !p.includes(`"${name}"`)) };
  });
}

/** Gives every task without a dated deadline the plan's end date. */
export function fillMissingDeadlines(
  tasks: DraftTask[],
  periodTo: string | null,
  label: string,
): DraftTask[] {
  if (!periodTo) return tasks;
  return tasks.map((t) =>
    t.deadline.kind === "none"
      ? { ...t, deadline: { kind: "date", from: periodTo, to: periodTo, text: label } }
      : t,
  );
}

/** Tasks that cannot be saved yet: no lead at all. */
export function blockingTasks(tasks: DraftTask[]): DraftTask[] {
  return tasks.filter((t) => t.leadUnitId === null && t.fanOutUnitIds.length === 0);
}

export function confirmPayload(draft: ImportDraft, orgUnitId: Id) {
  const p = draft.plan;
  return {
    plan: {
      orgUnitId,
      number: p.number?.trim() || null,
      docType: DOC_TYPES.has(p.docType) ? p.docType : "KH",
      issuedOn: p.issuedOn,
      issuer: p.issuer?.trim() || null,
      title: p.title.trim(),
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      status: "active" as const,
      parentPlanId: p.parentPlanId,
      implementsRef: p.implementsRef?.trim() || null,
    },
    tasks: draft.tasks.map((t) => ({
      code: t.code,
      title: t.title.trim(),
      section: t.section,
      leadUnitId: t.fanOutUnitIds.length > 1 ? null : (t.leadUnitId ?? t.fanOutUnitIds[0] ?? null),
      fanOutUnitIds: t.fanOutUnitIds.length > 1 ? t.fanOutUnitIds : [],
      leadText: t.leadText,
      coordinatorUnitIds: t.coordinatorUnitIds,
      coordinatorsText: t.coordinatorsText,
      deadline: t.deadline,
      recurCycle: t.deadline.kind === "recurring" ? (t.recurCycle ?? "quarter") : null,
      recurDueDay: t.deadline.kind === "recurring" ? t.recurDueDay : null,
      expectedResult: t.expectedResult?.trim() || null,
    })),
  };
}
