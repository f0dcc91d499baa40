/**
 * The three real plans in fixtures/seeds and the written fixtures, against the hand-checked
 * answers in fixtures/expected (the same ones scripts/plan-parse-accuracy.ts scores).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ParsedPlan, parsePlanText } from "../../../core/plan-import";
import { type ExpectedPlan, evaluatePlan } from "./evaluate";
import { buildSplitTableDocx } from "./fixtures/docx-fixture";
import { readPlanFile } from "./read-plan-file";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const seed = (name: string) => parsePlanText(readFileSync(join(FIXTURES, "seeds", name), "utf8"));

async function parseFixture(file: string): Promise<ParsedPlan> {
  if (file.endsWith(".docx")) return parsePlanText(await readPlanFile(await buildSplitTableDocx(), file));
  return parsePlanText(await readPlanFile(join(FIXTURES, file)));
}

describe("expected answers", () => {
  const files = readdirSync(join(FIXTURES, "expected")).filter((f) => f.endsWith(".json"));

  it.each(files)("%s is read completely and correctly", async (file) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, "expected", file), "utf8")) as ExpectedPlan;
    const evaluation = evaluatePlan(await parseFixture(expected.file), expected);
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.tasks.precision).toBe(1);
    expect(evaluation.tasks.recall).toBe(1);
    expect(evaluation.targets.precision).toBe(1);
    expect(evaluation.targets.recall).toBe(1);
    expect(evaluation.headerRight).toBe(5);
  });

  it("the evaluation notices wrong answers", async () => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, "expected", "plan-province-qd1012.json"), "utf8"),
    ) as ExpectedPlan;
    const parsed = seed("plan-province-qd1012.txt");
    parsed.tasks[0].lead = "Sở Tài chính";
    parsed.tasks[1].deadline = { kind: "none", from: null, to: null, text: null };
    parsed.tasks.pop();
    const evaluation = evaluatePlan(parsed, expected);
    expect(evaluation.tasks.correct).toBe(
      expected.tasks.length + (expected.additionalTasks?.length ?? 0) - 3,
    );
    expect(evaluation.problems).toHaveLength(3);
  });
});

describe("seed: province plan implementing QĐ 1012 (appendix table)", () => {
  const parsed = seed("plan-province-qd1012.txt");

  it("reads the appendix rows across its page breaks with group codes", () => {
    const table = parsed.tasks.filter((t) => t.source.shape === "table");
    expect(table.map((t) => t.code)).toEqual([
      "I.1",
      "I.2",
      "II.1",
      "II.2",
      "II.3",
      "II.4",
      "III.1",
      "III.2",
      "III.3",
      "III.4",
      "IV.1",
      "IV.2",
      "V.1",
    ]);
    expect(table[0]).toMatchObject({
      lead: "Văn phòng UBND Tỉnh",
      coordinators: ["Văn phòng Chính phủ", "các sở, ban, ngành Tỉnh"],
      deadline: { kind: "quarter", from: "2025-04-01", to: "2025-06-30", text: "Quý II năm 2025" },
      result: "Quyết định của Chủ tịch UBND Tỉnh",
      section: "XÂY DỰNG HOÀN THIỆN THỂ CHẾ",
    });
    expect(table[4].deadline).toEqual({
      kind: "roadmap",
      from: null,
      to: null,
      text: "Theo lộ trình của Văn phòng Chính phủ",
    });
    expect(table[9].coordinators).toEqual([]);
  });

  it("keeps the table as the task list; duties of 'Tổ chức thực hiện' missing from it are additional", () => {
    expect(parsed.tasks.every((t) => t.source.shape === "table")).toBe(true);
    const extra = parsed.additionalTasks;
    expect(extra.map((t) => t.deadline.kind)).toEqual(["recurring", "recurring", "none", "none"]);
    expect(extra.map((t) => t.lead)).toEqual([
      "Sở Khoa học và Công nghệ",
      "Sở Tài chính",
      "Các sở, ban, ngành Tỉnh và Ủy ban nhân dân huyện, thành phố",
      "Các sở, ban, ngành Tỉnh và Ủy ban nhân dân huyện, thành phố",
    ]);
  });

  it("takes the number and issuer from the appendix caption (the header block is missing)", () => {
    expect(parsed.plan).toMatchObject({
      number: "/KH-UBND",
      type: "KH",
      date: null,
      issuer: "Ủy ban nhân dân Tỉnh",
    });
    expect(parsed.targets).toEqual([]);
  });
});

describe("seed: city plan implementing KH 4117 (unit sections, goal list)", () => {
  const parsed = seed("plan-city-qd1012.txt");

  it("reads one-line unit sections as a lead and its duty", () => {
    const police = parsed.tasks.find((t) => t.lead === "Công an thành phố");
    expect(police).toMatchObject({
      code: "V.3",
      coordinators: ["các đơn vị chuyên môn thuộc Công an tỉnh"],
      deadline: { kind: "none", from: null, to: null, text: null },
    });
    expect(police?.title.startsWith("Cung cấp thông tin, dữ liệu phục vụ chỉ đạo")).toBe(true);
  });

  it("does not take the closing 'Căn cứ Kế hoạch này' paragraph for a task", () => {
    expect(parsed.tasks.some((t) => t.title.startsWith("Căn cứ Kế hoạch này"))).toBe(false);
    expect(
      parsed.tasks.filter((t) => t.lead === "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"),
    ).toHaveLength(3);
  });

  it("reads the 'Phân đầu' (phấn đấu) goals, three in one sentence", () => {
    expect(parsed.targets.map((t) => [t.op, t.value, t.unit])).toEqual([
      [">=", 50, "%"],
      [">=", 40, "nhóm"],
      [">=", 100, "%"],
      [">=", 100, "%"],
      [">=", 100, "%"],
      [">=", 100, "%"],
      [">=", 100, "%"],
      [">=", 100, "%"],
    ]);
    expect(parsed.plan).toMatchObject({ number: null, type: "KH", issuer: "Ủy ban nhân dân thành phố" });
  });
});

describe("seed: city steering committee plan 2024 (KPI appendix, per-official sections)", () => {
  const parsed = seed("plan-city-steering-committee-2024.txt");

  it("reads the KPI appendix with monitor and implementer", () => {
    const first = parsed.targets.find((t) => t.code === "I.1");
    expect(first).toMatchObject({
      indicator: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC",
      op: ">=",
      value: 75,
      unit: "%",
      monitor: "Chánh Văn phòng HĐND-UBND TP",
      implementer: "Các cơ quan, đơn vị; UBND phường, xã",
    });
    expect(parsed.targets.filter((t) => t.code === "II.1").map((t) => [t.op, t.value])).toEqual([
      [">", 50],
      [">", 10],
    ]);
  });

  it("warns where it cannot read, and where body and appendix disagree", () => {
    const messages = parsed.warnings.map((w) => w.message);
    expect(messages).toContain('Ngày ban hành chưa đầy đủ hoặc không hợp lệ: "ngày tháng 3 năm 2024"');
    expect(messages.some((m) => /60%.*50%/.test(m))).toBe(true);
    expect(messages.filter((m) => m.startsWith("Không đọc được ngưỡng"))).toHaveLength(2);
  });

  it("gives tasks of lettered groups synthesised codes and keeps the officials' titles as written", () => {
    const first = parsed.tasks[0];
    expect(first).toMatchObject({
      code: "III.1.a.1",
      lead: "Trưởng phòng Văn hóa và Thông tin",
      section: "Đẩy mạnh công tác chỉ đạo, tuyên truyền, nâng cao nhận thức về CDS",
    });
    const reporting = parsed.tasks.find((t) => t.code === "IV.1.1");
    expect(reporting?.deadline).toEqual({
      kind: "recurring",
      from: null,
      to: null,
      text: "định kỳ trước ngày 25 của tháng cuối quý",
    });
    expect(new Set(parsed.tasks.map((t) => t.code)).size).toBe(parsed.tasks.length);
  });
});
