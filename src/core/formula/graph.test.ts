import { describe, expect, it } from "vitest";
import { detectFormulaCycles, evaluateFormulas, FormulaError, topoOrder } from "./index";

describe("detectFormulaCycles", () => {
  it("returns null when there is no cycle", () => {
    expect(detectFormulaCycles({ RATE: "{ONLINE} / {TOTAL} * 100", SCORE: "RATE / 10" })).toBeNull();
  });

  it("finds a two-step cycle and words it in Vietnamese", () => {
    const cycle = detectFormulaCycles({ A: "{B} + 1", B: "{A} * 2" });
    expect(cycle).toEqual({
      code: "FORMULA_CYCLE",
      path: ["A", "B", "A"],
      message: "Công thức tham chiếu vòng: A → B → A",
    });
  });

  it("finds a self reference", () => {
    expect(detectFormulaCycles({ A: "A + 1" })?.path).toEqual(["A", "A"]);
  });

  it("gives only the cycle, not the path that led to it", () => {
    const cycle = detectFormulaCycles({ A: "B", B: "C", C: "D + 1", D: "if(B > 0, C, 0)" });
    expect(cycle?.path).toEqual(["B", "C", "D", "B"]);
  });

  it("names the indicator whose formula does not parse", () => {
    try {
      detectFormulaCycles({ GOOD: "1", BAD: "1 +" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormulaError);
      const formulaError = error as FormulaError;
      expect(formulaError.code).toBe("FORMULA_SYNTAX");
      expect(formulaError.indicatorCode).toBe("BAD");
      expect(formulaError.message).toMatch(/^Công thức của chỉ số BAD: .*cột 4/);
    }
  });
});

describe("topoOrder", () => {
  it("puts every formula after the computed indicators it reads", () => {
    const defs = { TOTAL_SCORE: "S1 + S2", S2: "RATE * 2", S1: "RATE / 2", RATE: "{ON} / {ALL}" };
    const order = topoOrder(defs);
    expect(order.sort()).toEqual(Object.keys(defs).sort());
    const orderAgain = topoOrder(defs);
    const at = (code: string) => orderAgain.indexOf(code);
    expect(at("RATE")).toBeLessThan(at("S1"));
    expect(at("RATE")).toBeLessThan(at("S2"));
    expect(at("S1")).toBeLessThan(at("TOTAL_SCORE"));
    expect(at("S2")).toBeLessThan(at("TOTAL_SCORE"));
  });

  it("does not depend on key order", () => {
    expect(topoOrder({ B: "A + 1", A: "X", C: "B" })).toEqual(topoOrder({ C: "B", A: "X", B: "A + 1" }));
  });

  it("throws FORMULA_CYCLE with the path", () => {
    expect(() => topoOrder({ X: "Y", Y: "Z", Z: "X" })).toThrowError(
      expect.objectContaining({ code: "FORMULA_CYCLE", cycle: ["X", "Y", "Z", "X"] }),
    );
  });

  it("handles a chain of 20 000 formulas without overflowing the stack", () => {
    const defs: Record<string, string> = { F0: "INPUT" };
    for (let i = 1; i < 20_000; i++) defs[`F${i}`] = `F${i - 1} + 1`;
    const order = topoOrder(defs);
    expect(order[0]).toBe("F0");
    expect(order.at(-1)).toBe("F19999");
    defs.F0 = "F19999";
    expect(detectFormulaCycles(defs)?.path).toHaveLength(20_001);
  });
});

describe("evaluateFormulas", () => {
  it("computes formulas that depend on other formulas", () => {
    const results = evaluateFormulas(
      { RATE: "{ONLINE} / {TOTAL} * 100", GAP: "75 - RATE", OK: "RATE >= 75" },
      (code) => ({ ONLINE: 60, TOTAL: 100 })[code],
    );
    expect(results).toEqual({ RATE: 60, GAP: 15, OK: 0 });
  });

  it("propagates missing inputs as null", () => {
    expect(evaluateFormulas({ RATE: "{ONLINE} / {TOTAL}", DOUBLE: "RATE * 2" }, () => null)).toEqual({
      RATE: null,
      DOUBLE: null,
    });
  });

  it("refuses to evaluate a cycle", () => {
    expect(() => evaluateFormulas({ A: "B", B: "A" }, () => 1)).toThrow("A → B → A");
  });
});
