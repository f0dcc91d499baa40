/**
 * Accuracy of the plan parser against hand-written answers.
 *
 *   npx tsx scripts/plan-parse-accuracy.ts [--details]
 *
 * Reads every src/server/plans/parse/fixtures/expected/*.json, parses the file it names (the
 * .docx fixture is generated on the fly) and prints precision / recall of tasks (lead unit and
 * deadline both right) and targets (comparator and value right), per document and in total.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlanText } from "../src/core/plan-import";
import { type Evaluation, type ExpectedPlan, evaluatePlan } from "../src/server/plans/parse/evaluate";
import { buildSplitTableDocx } from "../src/server/plans/parse/fixtures/docx-fixture";
import { readPlanFile } from "../src/server/plans/parse/read-plan-file";

const FIXTURES = fileURLToPath(new URL("../src/server/plans/parse/fixtures/", import.meta.url));

async function textOf(file: string): Promise<string> {
  if (file === "kh-table-split.docx") return readPlanFile(await buildSplitTableDocx(), file);
  return readPlanFile(join(FIXTURES, file));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

async function main() {
  const details = process.argv.includes("--details");
  const files = readdirSync(join(FIXTURES, "expected"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  const rows: Array<{ name: string; ev: Evaluation }> = [];
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, "expected", file), "utf8")) as ExpectedPlan;
    const parsed = parsePlanText(await textOf(expected.file));
    const name = expected.file.replace(/^seeds\//, "").replace(/^held-out\//, "[held-out] ");
    rows.push({ name, ev: evaluatePlan(parsed, expected) });
  }

  const header = `${"tài liệu".padEnd(40)} | NV mong đợi  đọc  đúng   P       R     | CT mong đợi  đọc  đúng   P       R     | đầu VB`;
  console.log(header);
  console.log("-".repeat(header.length));
  const total = { te: 0, tp: 0, tc: 0, ge: 0, gp: 0, gc: 0, h: 0 };
  for (const { name, ev } of rows) {
    const t = ev.tasks;
    const g = ev.targets;
    console.log(
      `${name.padEnd(40)} | ${String(t.expected).padStart(11)} ${String(t.parsed).padStart(4)} ${String(t.correct).padStart(5)} ${pct(t.precision)} ${pct(t.recall)} | ${String(g.expected).padStart(11)} ${String(g.parsed).padStart(4)} ${String(g.correct).padStart(5)} ${pct(g.precision)} ${pct(g.recall)} | ${ev.headerRight}/5`,
    );
    total.te += t.expected;
    total.tp += t.parsed;
    total.tc += t.correct;
    total.ge += g.expected;
    total.gp += g.parsed;
    total.gc += g.correct;
    total.h += ev.headerRight;
  }
  console.log("-".repeat(header.length));
  console.log(
    `${"TỔNG".padEnd(40)} | ${String(total.te).padStart(11)} ${String(total.tp).padStart(4)} ${String(total.tc).padStart(5)} ${pct(total.tc / total.tp)} ${pct(total.tc / total.te)} | ${String(total.ge).padStart(11)} ${String(total.gp).padStart(4)} ${String(total.gc).padStart(5)} ${pct(total.gc / total.gp)} ${pct(total.gc / total.ge)} | ${total.h}/${rows.length * 5}`,
  );
  console.log(
    "\nNV = nhiệm vụ, kể cả additionalTasks (đúng: cùng chủ trì, cùng thời hạn, đúng danh sách); CT = chỉ tiêu (đúng: cùng phép so sánh và giá trị).",
  );
  const leads = rows.reduce((n, r) => n + r.ev.tasks.leadRight, 0);
  const deadlines = rows.reduce((n, r) => n + r.ev.tasks.deadlineRight, 0);
  const paired = rows.reduce((n, r) => n + r.ev.tasks.paired, 0);
  console.log(
    `Nhiệm vụ tìm thấy: ${paired}/${total.te}; trong đó đúng chủ trì ${leads}, đúng thời hạn ${deadlines}.`,
  );
  if (details) {
    for (const { name, ev } of rows) {
      if (ev.problems.length === 0) continue;
      console.log(`\n${name}:`);
      for (const p of ev.problems) console.log(`  - ${p}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
