import { describe, expect, it } from "vitest";
import { PeriodError } from "./period-error";
import { childPeriods, containsPeriod, parentPeriod } from "./period-hierarchy";

const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe("childPeriods", () => {
  it("splits coarse periods into finer ones", () => {
    expect(codes(childPeriods("2025", "quarter"))).toEqual(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
    expect(codes(childPeriods("2025", "sixmonth"))).toEqual(["2025S1", "2025S2"]);
    expect(codes(childPeriods("2025S2", "quarter"))).toEqual(["2025Q3", "2025Q4"]);
    expect(codes(childPeriods("2025N9", "quarter"))).toEqual(["2025Q1", "2025Q2", "2025Q3"]);
    expect(codes(childPeriods("2025N9", "month"))).toHaveLength(9);
    expect(codes(childPeriods("2025Q2", "month"))).toEqual(["202504", "202505", "202506"]);
    expect(childPeriods("202402", "day")).toHaveLength(29);
    expect(codes(childPeriods("2020W53", "day"))).toEqual([
      "20201228",
      "20201229",
      "20201230",
      "20201231",
      "20210101",
      "20210102",
      "20210103",
    ]);
    expect(codes(childPeriods("2025Q2", "quarter"))).toEqual(["2025Q2"]);
  });

  it("assigns weeks by their Thursday", () => {
    // January 2021 starts on a Friday: week 2020W53 has its Thursday in December.
    expect(codes(childPeriods("202101", "week"))).toEqual(["2021W01", "2021W02", "2021W03", "2021W04"]);
    expect(codes(childPeriods("202012", "week")).at(-1)).toBe("2020W53");
    expect(childPeriods("2020", "week")).toHaveLength(53);
    expect(childPeriods("2026", "week")).toHaveLength(53);
    expect(childPeriods("2025", "week")).toHaveLength(52);
    // April 2026 has five Thursdays (2, 9, 16, 23, 30).
    expect(childPeriods("202604", "week")).toHaveLength(5);
  });

  it.each([
    ["2025N9", "sixmonth"],
    ["2025", "ninemonth"],
    ["2025Q1", "year"],
    ["202506", "quarter"],
    ["2025W10", "month"],
    ["20250615", "week"],
  ] as const)("refuses %s into %s", (code, childType) => {
    expect(() => childPeriods(code, childType)).toThrow(
      expect.objectContaining({ code: "PERIOD_NOT_NESTED" }),
    );
  });
});

describe("parentPeriod", () => {
  it.each([
    ["20250615", "week", "2025W24"],
    ["20250615", "month", "202506"],
    ["20250615", "ninemonth", "2025N9"],
    ["202506", "quarter", "2025Q2"],
    ["202506", "sixmonth", "2025S1"],
    ["2025Q3", "ninemonth", "2025N9"],
    ["2025Q4", "year", "2025"],
    ["2025S1", "ninemonth", "2025N9"],
    ["2025N9", "year", "2025"],
    ["2020W53", "year", "2020"],
    ["2020W53", "month", "202012"],
    ["2025W01", "year", "2025"],
    ["2025W01", "month", "202501"],
    ["2026W53", "quarter", "2026Q4"],
    ["2025Q2", "quarter", "2025Q2"],
  ] as const)("%s belongs to %s %s", (code, parentType, parent) => {
    expect(parentPeriod(code, parentType).code).toBe(parent);
  });

  it.each([
    ["2025Q4", "ninemonth"],
    ["2025S2", "ninemonth"],
    ["20251015", "ninemonth"],
    ["2025N9", "sixmonth"],
    ["2025Q1", "month"],
    ["2025W40", "ninemonth"],
  ] as const)("%s has no %s parent", (code, parentType) => {
    let caught: unknown;
    try {
      parentPeriod(code, parentType);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PeriodError);
    expect((caught as PeriodError).code).toBe("PERIOD_NOT_NESTED");
    expect((caught as PeriodError).message).toContain("không nằm trọn");
  });
});

describe("containsPeriod", () => {
  it.each([
    ["2025", "20250615", true],
    ["2025", "2025N9", true],
    ["2025N9", "2025S1", true],
    ["2025N9", "2025S2", false],
    ["2025N9", "202509", true],
    ["2025N9", "202510", false],
    ["2025Q2", "202506", true],
    ["2025Q2", "202507", false],
    ["2020", "2020W53", true],
    ["2021", "2020W53", false],
    ["202101", "2020W53", false],
    ["2020W53", "20210103", true],
    ["20210103", "2020W53", false],
    ["202506", "2025Q2", false],
    ["2025Q2", "2025Q2", true],
  ])("%s contains %s: %s", (parent, child, expected) => {
    expect(containsPeriod(parent, child)).toBe(expected);
  });
});
