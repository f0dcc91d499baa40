import { describe, expect, it } from "vitest";
import { type Comparator, compare, shortfall, TargetError } from "./index";

describe("compare", () => {
  it.each<[number, Comparator, number, number | undefined, boolean]>([
    [75, ">=", 75, undefined, true],
    [74.9, ">=", 75, undefined, false],
    [74.99999999999999, ">=", 75, undefined, true],
    [75, ">", 75, undefined, false],
    [75.01, ">", 75, undefined, true],
    [24, "<=", 24, undefined, true],
    [24.5, "<=", 24, undefined, false],
    [24, "<", 24, undefined, false],
    [23, "<", 24, undefined, true],
    [100, "=", 100, undefined, true],
    [0.1 + 0.2, "=", 0.3, undefined, true],
    [99, "=", 100, undefined, false],
    [60, "between", 60, 80, true],
    [80, "between", 60, 80, true],
    [70, "between", 60, 80, true],
    [59.9, "between", 60, 80, false],
    [80.1, "between", 60, 80, false],
    [-5, ">=", -10, undefined, true],
    [0, "<=", 0, undefined, true],
  ])("%s %s %s (max %s) is %s", (value, comparator, target, max, expected) => {
    expect(compare(value, comparator, target, max)).toBe(expected);
  });

  it("needs the upper bound for between", () => {
    expect(() => compare(1, "between", 0)).toThrow(TargetError);
    expect(() => compare(1, "between", 0)).toThrow("tối đa");
  });

  it("rejects an unknown comparator", () => {
    expect(() => compare(1, "≥" as Comparator, 0)).toThrow(TargetError);
  });
});

describe("shortfall", () => {
  const base = { direction: "up" as const, deadline: "2025-12-31" };
  it.each<[number, Comparator, number, number | undefined, number]>([
    [70, ">=", 75, undefined, 5],
    [80, ">=", 75, undefined, 0],
    [30, "<=", 24, undefined, 6],
    [90, "=", 100, undefined, 10],
    [50, "between", 60, 80, 10],
    [85, "between", 60, 80, 5],
    [70, "between", 60, 80, 0],
  ])("%s against %s %s (max %s) is %s", (value, comparator, target, valueMax, expected) => {
    expect(shortfall(value, { ...base, comparator, value: target, valueMax })).toBeCloseTo(expected, 10);
  });
});
