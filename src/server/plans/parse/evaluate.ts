/**
 * Compares a parse with hand-written expected answers (fixtures/expected/*.json).
 *
 * Tasks are paired by title (the share of the expected title's words found in the parsed
 * title, so an expected title may be a prefix), ties broken by lead; a pair is correct when the
 * lead names the same unit (normalizeUnitName) and the deadline has the same kind, from and to.
 * Expected `tasks` and `additionalTasks` are scored together against the parsed ones; an item
 * found in the other list than expected is paired but not correct.
 * Targets are paired by indicator words, preferring the same threshold; a pair is correct when
 * comparator and value agree.
 * precision = correct / parsed, recall = correct / expected.
 */
import type { ParsedPlan } from "../../../core/plan-import";
import { foldedWords, normalizeUnitName } from "../../../core/text";

export interface ExpectedTask {
  title: string;
  lead: string | null;
  deadline: { kind: string; from: string | null; to: string | null };
}

export interface ExpectedTarget {
  indicator: string;
  op: string;
  value: number;
  unit?: string | null;
  scope?: string | null;
}

export interface ExpectedPlan {
  file: string;
  plan: {
    number: string | null;
    type: string | null;
    date: string | null;
    issuer: string | null;
    title: string | null;
  };
  tasks: ExpectedTask[];
  /** Duties expected in ParsedPlan.additionalTasks (plans with a task table); absent = none. */
  additionalTasks?: ExpectedTask[];
  targets: ExpectedTarget[];
}

export interface Score {
  expected: number;
  parsed: number;
  /** Pairs found (right item, fields not yet checked). */
  paired: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  tasks: Score & { leadRight: number; deadlineRight: number };
  targets: Score;
  /** Header fields (number, type, date, issuer, title) read as expected, out of 5. */
  headerRight: number;
  /** Human-readable differences, for the accuracy script's detail output. */
  problems: string[];
}

function containment(expected: string, parsed: string): number {
  const want = new Set(foldedWords(expected));
  if (want.size === 0) return 0;
  const have = new Set(foldedWords(parsed));
  let hit = 0;
  for (const w of want) if (have.has(w)) hit++;
  return hit / want.size;
}

function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return normalizeUnitName(a) === normalizeUnitName(b);
}

function score(expected: number, parsed: number, paired: number, correct: number): Score {
  return {
    expected,
    parsed,
    paired,
    correct,
    precision: parsed === 0 ? (expected === 0 ? 1 : 0) : correct / parsed,
    recall: expected === 0 ? 1 : correct / expected,
  };
}

/** Greedy one-to-one pairing by descending score. */
function pairUp(scores: Array<{ e: number; p: number; s: number }>): Map<number, number> {
  const byExpected = new Map<number, number>();
  const usedParsed = new Set<number>();
  for (const { e, p } of scores.sort((a, b) => b.s - a.s)) {
    if (byExpected.has(e) || usedParsed.has(p)) continue;
    byExpected.set(e, p);
    usedParsed.add(p);
  }
  return byExpected;
}

export function evaluatePlan(parsed: ParsedPlan, expected: ExpectedPlan): Evaluation {
  const problems: string[] = [];
  const expectedTasks = [
    ...expected.tasks.map((t) => ({ ...t, additional: false })),
    ...(expected.additionalTasks ?? []).map((t) => ({ ...t, additional: true })),
  ];
  const parsedTasks = [
    ...parsed.tasks.map((t) => ({ ...t, additional: false })),
    ...(parsed.additionalTasks ?? []).map((t) => ({ ...t, additional: true })),
  ];

  const taskScores: Array<{ e: number; p: number; s: number }> = [];
  expectedTasks.forEach((et, e) => {
    parsedTasks.forEach((pt, p) => {
      const s = containment(et.title, pt.title);
      if (s >= 0.6) taskScores.push({ e, p, s: s + (sameUnit(et.lead, pt.lead) ? 0.05 : 0) });
    });
  });
  const taskPairs = pairUp(taskScores);
  let leadRight = 0;
  let deadlineRight = 0;
  let tasksCorrect = 0;
  expectedTasks.forEach((et, e) => {
    const p = taskPairs.get(e);
    if (p === undefined) {
      problems.push(`nhiệm vụ không tìm thấy: "${et.title.slice(0, 60)}"`);
      return;
    }
    const pt = parsedTasks[p];
    if (pt.additional !== et.additional) {
      problems.push(
        `nhiệm vụ ở sai danh sách (${pt.additional ? "additionalTasks" : "tasks"}): "${et.title.slice(0, 50)}"`,
      );
      return;
    }
    const leadOk = sameUnit(et.lead, pt.lead);
    const d = pt.deadline;
    const deadlineOk = d.kind === et.deadline.kind && d.from === et.deadline.from && d.to === et.deadline.to;
    if (leadOk) leadRight++;
    else problems.push(`chủ trì sai ở "${et.title.slice(0, 40)}": "${pt.lead}" thay vì "${et.lead}"`);
    if (deadlineOk) deadlineRight++;
    else
      problems.push(
        `thời hạn sai ở "${et.title.slice(0, 40)}": ${d.kind} ${d.from}..${d.to} thay vì ${et.deadline.kind} ${et.deadline.from}..${et.deadline.to}`,
      );
    if (leadOk && deadlineOk) tasksCorrect++;
  });
  const pairedTasks = new Set(taskPairs.values());
  parsedTasks.forEach((pt, p) => {
    if (!pairedTasks.has(p))
      problems.push(`nhiệm vụ thừa (dòng ${pt.source.line}): "${pt.title.slice(0, 60)}"`);
  });

  const targetScores: Array<{ e: number; p: number; s: number }> = [];
  expected.targets.forEach((et, e) => {
    parsed.targets.forEach((pt, p) => {
      const s = containment(et.indicator, pt.indicator);
      const sameThreshold = pt.op === et.op && pt.value === et.value;
      if (s >= 0.5 || (sameThreshold && s >= 0.3))
        targetScores.push({ e, p, s: s + (sameThreshold ? 0.5 : 0) });
    });
  });
  const targetPairs = pairUp(targetScores);
  let targetsCorrect = 0;
  expected.targets.forEach((et, e) => {
    const p = targetPairs.get(e);
    if (p === undefined) {
      problems.push(`chỉ tiêu không tìm thấy: "${et.indicator.slice(0, 60)}" ${et.op} ${et.value}`);
      return;
    }
    const pt = parsed.targets[p];
    if (pt.op === et.op && pt.value === et.value) targetsCorrect++;
    else
      problems.push(
        `ngưỡng sai ở "${et.indicator.slice(0, 40)}": ${pt.op} ${pt.value} thay vì ${et.op} ${et.value}`,
      );
  });
  const pairedTargets = new Set(targetPairs.values());
  parsed.targets.forEach((pt, p) => {
    if (!pairedTargets.has(p))
      problems.push(
        `chỉ tiêu thừa (dòng ${pt.source.line}): "${pt.indicator.slice(0, 60)}" ${pt.op} ${pt.value}`,
      );
  });

  const plan = parsed.plan;
  const headerChecks: Array<[string, boolean]> = [
    ["number", plan.number === expected.plan.number],
    ["type", plan.type === expected.plan.type],
    ["date", plan.date === expected.plan.date],
    ["issuer", sameUnit(plan.issuer, expected.plan.issuer)],
    [
      "title",
      expected.plan.title === null
        ? plan.title === null
        : plan.title !== null && containment(expected.plan.title, plan.title) >= 0.95,
    ],
  ];
  for (const [field, ok] of headerChecks) if (!ok) problems.push(`đầu văn bản sai trường ${field}`);

  return {
    tasks: {
      ...score(expectedTasks.length, parsedTasks.length, taskPairs.size, tasksCorrect),
      leadRight,
      deadlineRight,
    },
    targets: score(expected.targets.length, parsed.targets.length, targetPairs.size, targetsCorrect),
    headerRight: headerChecks.filter(([, ok]) => ok).length,
    problems,
  };
}
