import { describe, expect, it } from "vitest";
import { cutoffPeriodForDate, cutoffWindow } from "./cutoff-window";
import { PeriodError } from "./period-error";

describe("cutoffWindow (NĐ 09/2019, day 15 to day 14)", () => {
  it.each([
    ["202506", "2025-05-15", "2025-06-14"],
    ["202501", "2024-12-15", "2025-01-14"],
    ["202503", "2025-02-15", "2025-03-14"],
    ["2025Q1", "2024-12-15", "2025-03-14"],
    ["2025Q2", "2025-03-15", "2025-06-14"],
    ["2025Q4", "2025-09-15", "2025-12-14"],
    ["2025S1", "2024-12-15", "2025-06-14"],
    ["2025S2", "2025-06-15", "2025-12-14"],
    ["2025N9", "2024-12-15", "2025-09-14"],
    ["2025", "2024-12-15", "2025-12-14"],
    ["20250615", "2025-06-15", "2025-06-15"],
    ["2025W24", "2025-06-09", "2025-06-15"],
  ])("%s counts %s to %s", (code, from, to) => {
    expect(cutoffWindow(code)).toEqual({ from, to });
  });

  it("accepts another start day", () => {
    expect(cutoffWindow("202503", { startDay: 20 })).toEqual({ from: "2025-02-20", to: "2025-03-19" });
    expect(cutoffWindow("2025", { startDay: 21 })).toEqual({ from: "2024-12-21", to: "2025-12-20" });
    expect(cutoffWindow("2025Q1", { startDay: 1 })).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(cutoffWindow("202502", { startDay: 2 })).toEqual({ from: "2025-01-02", to: "2025-02-01" });
  });

  it.each([0, 29, 31, 15.5, Number.NaN])("refuses start day %s", (startDay) => {
    expect(() => cutoffWindow("202506", { startDay })).toThrow(
      expect.objectContaining({ code: "CUTOFF_RULE_INVALID" }),
    );
  });

  it("rejects bad codes", () => {
    expect(() => cutoffWindow("202513")).toThrow(PeriodError);
  });
});

describe("cutoffPeriodForDate", () => {
  it.each([
    ["2025-06-14", "month", "202506"],
    ["2025-06-15", "month", "202507"],
    ["2025-12-15", "month", "202601"],
    ["2025-03-14", "quarter", "2025Q1"],
    ["2025-03-15", "quarter", "2025Q2"],
    ["2025-12-14", "year", "2025"],
    ["2025-12-15", "year", "2026"],
    ["2024-12-20", "ninemonth", "2025N9"],
    ["2025-06-20", "sixmonth", "2025S2"],
    ["2025-06-20", "day", "20250620"],
  ] as const)("%s counts towards %s %s", (date, type, code) => {
    expect(cutoffPeriodForDate(date, type).code).toBe(code);
  });

  it("has no nine-month window for dates counted in October to December", () => {
    expect(() => cutoffPeriodForDate("2025-09-15", "ninemonth")).toThrow(
      expect.objectContaining({ code: "PERIOD_NOT_NESTED" }),
    );
  });
});
