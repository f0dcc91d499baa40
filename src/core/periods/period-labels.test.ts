import { describe, expect, it } from "vitest";
import { PeriodError } from "./period-error";
import { periodLabel } from "./period-labels";

describe("periodLabel", () => {
  it.each([
    ["20250615", "Ngày 15/06/2025", "15 June 2025"],
    ["2025W23", "Tuần 23/2025", "Week 23, 2025"],
    ["2025W05", "Tuần 5/2025", "Week 5, 2025"],
    ["2020W53", "Tuần 53/2020", "Week 53, 2020"],
    ["202506", "Tháng 6/2025", "June 2025"],
    ["202512", "Tháng 12/2025", "December 2025"],
    ["2025Q1", "Quý I/2025", "Q1 2025"],
    ["2025Q2", "Quý II/2025", "Q2 2025"],
    ["2025Q3", "Quý III/2025", "Q3 2025"],
    ["2025Q4", "Quý IV/2025", "Q4 2025"],
    ["2025S1", "6 tháng đầu năm 2025", "First half of 2025"],
    ["2025S2", "6 tháng cuối năm 2025", "Second half of 2025"],
    ["2025N9", "9 tháng đầu năm 2025", "First nine months of 2025"],
    ["2025", "Năm 2025", "Year 2025"],
  ])("%s reads %s / %s", (code, vi, en) => {
    expect(periodLabel(code, "vi")).toBe(vi);
    expect(periodLabel(code, "en")).toBe(en);
  });

  it("defaults to Vietnamese and rejects bad codes", () => {
    expect(periodLabel("2025Q2")).toBe("Quý II/2025");
    expect(() => periodLabel("2025Q5")).toThrow(PeriodError);
  });
});
