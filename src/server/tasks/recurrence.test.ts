import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../core/periods/period-codes";
import { dueOfCycle, inferRecurRule, occurrencesBetween } from "./recurrence";

describe("inferRecurRule", () => {
  it.each([
    ["Thường xuyên", "quarter", null],
    ["Hằng tháng", "month", null],
    ["Báo cáo định kỳ hằng tháng trước ngày 25", "month", 25],
    ["trước ngày 20 của tháng cuối quý", "quarter", 20],
    ["Hằng quý", "quarter", null],
    ["Định kỳ 6 tháng", "sixmonth", null],
    ["Hằng năm, trước ngày 15 tháng 12", "year", 15],
    [null, "quarter", null],
  ])("%s -> %s (day %s)", (text, cycle, day) => {
    expect(inferRecurRule(text)).toEqual({ cycle, dueDay: day });
  });
});

describe("occurrencesBetween", () => {
  it("lists the quarters from the start to today", () => {
    const occ = occurrencesBetween({ cycle: "quarter", dueDay: null }, "2025-02-10", "2025-07-01");
    expect(occ.map((o) => [o.periodCode, o.dueOn])).toEqual([
      ["2025Q1", "2025-03-31"],
      ["2025Q2", "2025-06-30"],
      ["2025Q3", "2025-09-30"],
    ]);
  });

  it("puts the report on the rule's day of the last month, clamped to the month", () => {
    expect(dueOfCycle(parsePeriod("2025Q1"), 20)).toBe("2025-03-20");
    expect(dueOfCycle(parsePeriod("202502"), 31)).toBe("2025-02-28");
    const occ = occurrencesBetween({ cycle: "month", dueDay: 25 }, "2025-01-01", "2025-03-05");
    expect(occ.map((o) => o.dueOn)).toEqual(["2025-01-25", "2025-02-25", "2025-03-25"]);
  });

  it("stops at the task's end and returns nothing before the start", () => {
    expect(
      occurrencesBetween({ cycle: "year", dueDay: null }, "2024-03-01", "2030-01-01", "2025-12-31").map(
        (o) => o.periodCode,
      ),
    ).toEqual(["2024", "2025"]);
    expect(occurrencesBetween({ cycle: "month", dueDay: null }, "2026-01-01", "2025-01-01")).toEqual([]);
  });
});
