import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertDeadlineRule,
  type DeadlineRule,
  DeadlineRuleError,
  formatDeadlineRule,
  parseDeadlineRule,
} from "./deadline-rule";

describe("parseDeadlineRule", () => {
  it.each<[string, DeadlineRule]>([
    [
      "trước ngày 20 của tháng cuối quý",
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "quarterLastMonth" },
    ],
    [
      "Trước ngày 15 của tháng cuối quý",
      { kind: "dayOfMonth", qualifier: "before", day: 15, month: "quarterLastMonth" },
    ],
    [
      "- Định kỳ (*trước ngày 15 của tháng cuối quý*), báo cáo kết quả thực hiện Kế hoạch này gửi về Phòng Văn hóa và Thông tin",
      { kind: "dayOfMonth", qualifier: "before", day: 15, month: "quarterLastMonth" },
    ],
    [
      "định kỳ trước ngày 25 của tháng cuối quý, tổng hợp kết quả thực hiện",
      { kind: "dayOfMonth", qualifier: "before", day: 25, month: "quarterLastMonth" },
    ],
    [
      "trước ngày 20 hằng tháng",
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "periodLastMonth" },
    ],
    [
      "trước ngày 20 hàng tháng",
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "periodLastMonth" },
    ],
    [
      "trước ngày 20 của tháng báo cáo",
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "periodLastMonth" },
    ],
    [
      "chậm nhất ngày 18 của tháng cuối kỳ báo cáo",
      { kind: "dayOfMonth", qualifier: "noLaterThan", day: 18, month: "periodLastMonth" },
    ],
    ["trước ngày 5 của tháng sau", { kind: "dayOfMonth", qualifier: "before", day: 5, month: "nextMonth" }],
    [
      "trước ngày 05 của tháng tiếp theo",
      { kind: "dayOfMonth", qualifier: "before", day: 5, month: "nextMonth" },
    ],
    ["ngày 10 tháng kế tiếp", { kind: "dayOfMonth", qualifier: "on", day: 10, month: "nextMonth" }],
    [
      "truoc ngay 20 cua thang cuoi quy",
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "quarterLastMonth" },
    ],
    ["trước ngày 25/5", { kind: "fixedDate", qualifier: "before", day: 25, month: 5 }],
    ["ngày 15/12 hằng năm", { kind: "fixedDate", qualifier: "on", day: 15, month: 12 }],
    ["Báo cáo 6 tháng gửi trước ngày 10/7", { kind: "fixedDate", qualifier: "before", day: 10, month: 7 }],
    ["trước ngày 10 tháng 7 hằng năm", { kind: "fixedDate", qualifier: "before", day: 10, month: 7 }],
    ["chậm nhất vào ngày 29/2", { kind: "fixedDate", qualifier: "noLaterThan", day: 29, month: 2 }],
    ["trước ngày 30/6/2026", { kind: "fixedDate", qualifier: "before", day: 30, month: 6, year: 2026 }],
    [
      "trước ngày 15 tháng 12 năm 2025",
      { kind: "fixedDate", qualifier: "before", day: 15, month: 12, year: 2025 },
    ],
    [
      "2 ngày làm việc sau ngày chốt số liệu",
      { kind: "afterAnchor", count: 2, unit: "workingDays", anchor: "cutoff" },
    ],
    [
      "trong vòng 05 (năm) ngày làm việc kể từ ngày kết thúc kỳ báo cáo",
      { kind: "afterAnchor", count: 5, unit: "workingDays", anchor: "periodEnd" },
    ],
    [
      "hai ngày làm việc sau ngày chốt số liệu",
      { kind: "afterAnchor", count: 2, unit: "workingDays", anchor: "cutoff" },
    ],
    [
      "10 ngày sau ngày kết thúc kỳ báo cáo",
      { kind: "afterAnchor", count: 10, unit: "days", anchor: "periodEnd" },
    ],
  ])("reads %j", (text, rule) => {
    expect(parseDeadlineRule(text)).toEqual(rule);
  });

  it.each([
    ["", "không được để trống"],
    ["   ", "không được để trống"],
    ["hằng quý", "Không nhận ra thời hạn"],
    ["Thường xuyên", "Không nhận ra thời hạn"],
    ["trước ngày 32 của tháng cuối quý", "ngày phải từ 1 đến 31"],
    ["trước ngày 0 hằng tháng", "ngày phải từ 1 đến 31"],
    ["trước ngày 31/2", "không có trên lịch"],
    ["trước ngày 29/2/2025", "không có trên lịch"],
    ["trước ngày 10/13", "tháng phải từ 1 đến 12"],
    ["0 ngày làm việc sau ngày chốt số liệu", "phải từ 1 đến 365"],
    ["trước ngày 20 của tháng cuối quý và trước ngày 10/7", "nhiều hơn một thời hạn"],
    ["x".repeat(2000), "quá dài"],
  ])("rejects %j", (text, message) => {
    let caught: unknown;
    try {
      parseDeadlineRule(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeadlineRuleError);
    expect((caught as DeadlineRuleError).code).toBe("DEADLINE_RULE_INVALID");
    expect((caught as DeadlineRuleError).message).toContain(message);
  });

  it("accepts the same deadline written twice", () => {
    expect(parseDeadlineRule("trước ngày 25/5 (trước ngày 25/5)")).toEqual({
      kind: "fixedDate",
      qualifier: "before",
      day: 25,
      month: 5,
    });
  });
});

describe("formatDeadlineRule", () => {
  it.each<[DeadlineRule, string]>([
    [
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "quarterLastMonth" },
      "trước ngày 20 của tháng cuối quý",
    ],
    [
      { kind: "dayOfMonth", qualifier: "before", day: 20, month: "periodLastMonth" },
      "trước ngày 20 của tháng cuối kỳ báo cáo",
    ],
    [
      { kind: "dayOfMonth", qualifier: "noLaterThan", day: 5, month: "nextMonth" },
      "chậm nhất ngày 5 của tháng tiếp theo",
    ],
    [{ kind: "fixedDate", qualifier: "before", day: 25, month: 5 }, "trước ngày 25/5 hằng năm"],
    [{ kind: "fixedDate", qualifier: "on", day: 15, month: 12, year: 2025 }, "ngày 15/12/2025"],
    [
      { kind: "afterAnchor", count: 2, unit: "workingDays", anchor: "cutoff" },
      "2 ngày làm việc sau ngày chốt số liệu",
    ],
    [
      { kind: "afterAnchor", count: 10, unit: "days", anchor: "periodEnd" },
      "10 ngày sau ngày kết thúc kỳ báo cáo",
    ],
  ])("writes %j as %s", (rule, text) => {
    expect(formatDeadlineRule(rule)).toBe(text);
  });

  const arbQualifier = fc.constantFrom("before" as const, "noLaterThan" as const, "on" as const);
  const arbRule: fc.Arbitrary<DeadlineRule> = fc.oneof(
    fc.record({
      kind: fc.constant("dayOfMonth" as const),
      qualifier: arbQualifier,
      day: fc.integer({ min: 1, max: 31 }),
      month: fc.constantFrom("quarterLastMonth" as const, "periodLastMonth" as const, "nextMonth" as const),
    }),
    fc
      .record({
        qualifier: arbQualifier,
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        year: fc.option(fc.integer({ min: 1900, max: 2199 }), { nil: undefined }),
      })
      .map(
        ({ year, ...rest }): DeadlineRule =>
          year === undefined ? { kind: "fixedDate", ...rest } : { kind: "fixedDate", ...rest, year },
      ),
    fc.record({
      kind: fc.constant("afterAnchor" as const),
      count: fc.integer({ min: 1, max: 365 }),
      unit: fc.constantFrom("workingDays" as const, "days" as const),
      anchor: fc.constantFrom("cutoff" as const, "periodEnd" as const),
    }),
  );

  it("parse(format(rule)) gives the rule back", () => {
    fc.assert(
      fc.property(arbRule, (rule) => {
        expect(parseDeadlineRule(formatDeadlineRule(rule))).toEqual(rule);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses malformed rule objects", () => {
    expect(() =>
      formatDeadlineRule({ kind: "dayOfMonth", qualifier: "before", day: 40, month: "nextMonth" }),
    ).toThrow(DeadlineRuleError);
    expect(() => assertDeadlineRule({ kind: "fixedDate", qualifier: "on", day: 31, month: 4 })).toThrow(
      DeadlineRuleError,
    );
    expect(() => assertDeadlineRule({ kind: "weekly" })).toThrow("Quy tắc thời hạn báo cáo không hợp lệ.");
    expect(() => assertDeadlineRule(null)).toThrow(DeadlineRuleError);
    expect(assertDeadlineRule({ kind: "afterAnchor", count: 3, unit: "days", anchor: "cutoff" })).toEqual({
      kind: "afterAnchor",
      count: 3,
      unit: "days",
      anchor: "cutoff",
    });
  });
});
