import { describe, expect, it } from "vitest";
import { evaluateFormula, FormulaError, formulaReferences, parseFormula } from "./index";

const inputs: Record<string, number | null> = {
  TTHC_ONLINE: 75,
  TTHC_TOTAL: 300,
  A: 10,
  B: 4,
  ZERO: 0,
  MISSING: null,
  "DVC.TT-01": 8,
  TỶ_LỆ: 2,
};
const lookup = (code: string) => inputs[code] ?? null;
const run = (source: string) => evaluateFormula(parseFormula(source), lookup);

function syntaxErrorOf(source: string): FormulaError {
  try {
    parseFormula(source);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`expected "${source}" to fail`);
}

describe("evaluateFormula", () => {
  it.each([
    ["{TTHC_ONLINE} / {TTHC_TOTAL} * 100", 25],
    ["(A + B) / 2", 7],
    ["A - B - 1", 5],
    ["A / B / 5", 0.5],
    ["2 ^ 3 ^ 2", 512],
    ["-2 ^ 2", -4],
    ["(-2) ^ 2", 4],
    ["2 ^ -1", 0.5],
    ["--A", 10],
    ["+A", 10],
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    [".5 + 1.25", 1.75],
    ["1e3 + 2E-1", 1000.2],
    ["min(A, B, 7)", 4],
    ["MAX(A, B)", 10],
    ["abs(B - A)", 6],
    ["round(2.5)", 3],
    ["round(-2.5)", -3],
    ["round(1.005, 2)", 1.01],
    ["round(1234.5, -2)", 1200],
    ["round(A / 3, 1)", 3.3],
    ["if(A > B, 1, 2)", 1],
    ["if(A < B, 1, 2)", 2],
    ["A >= 10", 1],
    ["A > 10", 0],
    ["A <= 9.999", 0],
    ["A = 10", 1],
    ["A == 10", 1],
    ["A <> 10", 0],
    ["A != 9", 1],
    ["0.1 + 0.2 = 0.3", 1],
    ["0.1 + 0.2 >= 0.3", 1],
    ["0.1 + 0.2 > 0.3", 0],
    ["and(A > 1, B > 1)", 1],
    ["or(A < 1, B < 1)", 0],
    ["not(A)", 0],
    ["{DVC.TT-01} * 2", 16],
    ["{ A } + 1", 11],
    ["TỶ_LỆ * 3", 6],
    ["A\n+ B", 14],
  ])("%s = %s", (source, expected) => {
    expect(run(source)).toBeCloseTo(expected, 10);
  });

  it.each([
    ["MISSING + 1"],
    ["UNKNOWN * 2"],
    ["A / ZERO"],
    ["A / (B - 4)"],
    ["ZERO ^ -1"],
    ["(-8) ^ 0.5"],
    ["10 ^ 400"],
    ["min(A, MISSING)"],
    ["round(A, MISSING)"],
    ["round(A, 20)"],
    ["if(MISSING > 0, 1, 2)"],
    ["-MISSING"],
    ["MISSING = MISSING"],
  ])("%s gives null", (source) => {
    expect(run(source)).toBeNull();
  });

  it("does not evaluate the branch that if() does not take", () => {
    expect(run("if(ZERO = 0, 0, A / ZERO)")).toBe(0);
    expect(run("if(A > 0, A, MISSING)")).toBe(10);
  });

  it("coalesce gives the first known value", () => {
    expect(run("coalesce(MISSING, A / ZERO, B)")).toBe(4);
    expect(run("coalesce(MISSING)")).toBeNull();
  });

  it("and/or follow three-valued logic", () => {
    expect(run("and(ZERO, MISSING)")).toBe(0);
    expect(run("and(A, MISSING)")).toBeNull();
    expect(run("or(A, MISSING)")).toBe(1);
    expect(run("or(ZERO, MISSING)")).toBeNull();
  });

  it("treats lookup results that are not finite numbers as missing", () => {
    const ast = parseFormula("X + 1");
    expect(evaluateFormula(ast, () => Number.NaN)).toBeNull();
    expect(evaluateFormula(ast, () => Number.POSITIVE_INFINITY)).toBeNull();
    expect(evaluateFormula(ast, () => undefined)).toBeNull();
  });
});

describe("formulaReferences", () => {
  it("lists each code once, in order of appearance, braced or bare", () => {
    const ast = parseFormula("if({B} > 0, A / {B}, coalesce(C, {D E}))");
    expect(formulaReferences(ast)).toEqual(["B", "A", "C", "D E"]);
  });

  it("does not count function names as references", () => {
    expect(formulaReferences(parseFormula("round(min(X, 1), 2)"))).toEqual(["X"]);
  });

  it("treats an identifier not followed by '(' as a code even if it is a function name", () => {
    expect(formulaReferences(parseFormula("min + 1"))).toEqual(["min"]);
  });
});

describe("parseFormula errors", () => {
  it.each([
    ["", "trống", undefined],
    ["   ", "trống", undefined],
    ["A +", "thiếu một giá trị", 4],
    ["A + * B", "'*'", 5],
    ["(A + B", "Thiếu dấu ')'", 1],
    ["A + B)", "')' thừa", 6],
    ["A B", "Thiếu phép toán", 3],
    ["2A", "Số không hợp lệ '2A'", 1],
    ["1.2.3", "Số không hợp lệ '1.2.3'", 1],
    ["1. + 2", "sau dấu chấm", 1],
    ["1,5 * A", "số thập phân viết bằng dấu chấm", 2],
    ["{A + 1", "Thiếu dấu '}'", 1],
    ["{} + 1", "để trống", 1],
    ["A } 1", "'}'", 3],
    ["A # B", "Ký tự không hợp lệ '#'", 3],
    ["A % B", "'%'", 3],
    ["foo(A)", "Hàm 'foo'", 1],
    ["abs(1,5)", "đúng 1 đối số", 1],
    ["round()", "từ 1 đến 2", 1],
    ["if(A, B)", "đúng 3", 1],
    ["min(A, B", "Thiếu dấu ')' đóng hàm min", 4],
    ["A < B < C", "hai phép so sánh", 7],
    ["A;B", "';'", 2],
    ["1e999", "quá lớn", 1],
  ])("%j fails: %s", (source, fragment, column) => {
    const error = syntaxErrorOf(source);
    expect(error.code).toBe("FORMULA_SYNTAX");
    expect(error.message).toContain(fragment);
    if (column !== undefined) {
      expect(error.column).toBe(column);
      expect(error.message).toContain(`cột ${column}`);
    }
  });

  it("reports line and column in a multi-line formula", () => {
    const error = syntaxErrorOf("A +\n  * B");
    expect(error.line).toBe(2);
    expect(error.column).toBe(3);
    expect(error.message).toContain("dòng 2, cột 3");
  });
});
