import { describe, expect, it } from "vitest";
import { PeriodError } from "../periods/period-error";
import { deadlineFor } from "./deadline-resolve";
import { parseDeadlineRule } from "./deadline-rule";
import { HolidayCalendar } from "./holiday-calendar";

describe("deadlineFor", () => {
  it.each([
    // Day of a month: kept as written, even on a weekend or during Tết.
    ["trước ngày 20 của tháng cuối quý", "2025Q2", "2025-06-20"],
    ["trước ngày 20 của tháng cuối quý", "2025Q4", "2025-12-20"],
    ["trước ngày 20 của tháng cuối quý", "202505", "2025-06-20"],
    ["trước ngày 20 của tháng cuối quý", "202506", "2025-06-20"],
    ["trước ngày 20 của tháng cuối quý", "2025S1", "2025-06-20"],
    ["trước ngày 20 của tháng cuối quý", "2025", "2025-12-20"],
    ["trước ngày 15 của tháng cuối quý", "2026Q1", "2026-03-15"],
    ["trước ngày 31 của tháng cuối quý", "2025Q2", "2025-06-30"],
    ["trước ngày 20 hằng tháng", "202506", "2025-06-20"],
    ["trước ngày 20 hằng tháng", "202602", "2026-02-20"],
    ["trước ngày 30 của tháng báo cáo", "202402", "2024-02-29"],
    ["trước ngày 5 của tháng tiếp theo", "202512", "2026-01-05"],
    ["trước ngày 5 của tháng sau", "2025Q4", "2026-01-05"],
    ["trước ngày 5 của tháng sau", "202501", "2025-02-05"],
    ["trước ngày 5 của tháng sau", "20251231", "2026-01-05"],
    // Fixed day and month: the occurrence nearest to the period's end.
    ["trước ngày 25/5", "2025", "2026-05-25"],
    ["trước ngày 25/5", "2025S1", "2025-05-25"],
    ["trước ngày 10/7", "2025S1", "2025-07-10"],
    ["trước ngày 10/1", "2025S2", "2026-01-10"],
    ["ngày 15/12 hằng năm", "2025", "2025-12-15"],
    ["trước ngày 25/1", "2025", "2026-01-25"],
    ["trước ngày 15/10", "2025N9", "2025-10-15"],
    ["trước ngày 29/2", "2025", "2026-02-28"],
    ["trước ngày 29/2", "2027", "2028-02-29"],
    ["trước ngày 30/6/2026", "2025", "2026-06-30"],
    // Working days after the cut-off (NĐ 09: day 15 to day 14).
    ["2 ngày làm việc sau ngày chốt số liệu", "202601", "2026-01-16"],
    // February 2026 closes on Saturday 14/02, the first day of the Tết Bính Ngọ break (mùng 1 = 17/02).
    ["2 ngày làm việc sau ngày chốt số liệu", "202602", "2026-02-24"],
    ["2 ngày làm việc sau ngày chốt số liệu", "2026Q1", "2026-03-17"],
    // The year closes on Sunday 14/12/2025.
    ["2 ngày làm việc sau ngày chốt số liệu", "2025", "2025-12-16"],
    ["2 ngày làm việc sau ngày chốt số liệu", "202512", "2025-12-16"],
    ["2 ngày làm việc sau ngày chốt số liệu", "202502", "2025-02-18"],
    // After the period's end: 31/12/2025, then 01/01 holiday, 02/01 swapped, weekend.
    ["5 ngày làm việc kể từ ngày kết thúc kỳ báo cáo", "202512", "2026-01-09"],
    ["10 ngày sau ngày kết thúc kỳ báo cáo", "202512", "2026-01-10"],
    ["3 ngày sau ngày chốt số liệu", "202506", "2025-06-17"],
  ])("%s, period %s → %s", (text, period, due) => {
    expect(deadlineFor(parseDeadlineRule(text), period)).toBe(due);
  });

  it("uses another cut-off rule: closing on 24/01/2025, just before Tết Ất Tỵ", () => {
    const rule = parseDeadlineRule("2 ngày làm việc sau ngày chốt số liệu");
    expect(deadlineFor(rule, "202501", undefined, { cutoff: { startDay: 25 } })).toBe("2025-02-04");
    expect(deadlineFor(rule, "202501", undefined, { cutoff: { startDay: 1 } })).toBe("2025-02-04");
  });

  it("follows the calendar it is given", () => {
    const rule = parseDeadlineRule("1 ngày làm việc sau ngày chốt số liệu");
    const extraDayOff = new HolidayCalendar({ overrides: [{ year: 2025, add: ["2025-06-16"] }] });
    expect(deadlineFor(rule, "202506")).toBe("2025-06-16");
    expect(deadlineFor(rule, "202506", extraDayOff)).toBe("2025-06-17");
  });

  it("rejects bad periods and rules", () => {
    const rule = parseDeadlineRule("trước ngày 20 hằng tháng");
    expect(() => deadlineFor(rule, "202513")).toThrow(PeriodError);
    expect(() => deadlineFor({ kind: "dayOfMonth" } as never, "202501")).toThrow(
      expect.objectContaining({ code: "DEADLINE_RULE_INVALID" }),
    );
  });
});
