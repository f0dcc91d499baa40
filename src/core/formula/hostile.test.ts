import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateFormula,
  type FormulaAst,
  FormulaError,
  formulaToString,
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
  parseFormula,
} from "./index";

function failure(source: string): FormulaError {
  try {
    parseFormula(source);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("hostile input", () => {
  it("never runs JavaScript: code-like text is a syntax error or a plain reference", () => {
    for (const source of [
      "constructor.constructor('return process')()",
      "process.exit(1)",
      "this",
      "globalThis",
      // A JavaScript template literal, built so that no linter mistakes it for one here.
      ["`", "$", "{1}`"].join(""),
      "A; while(true){}",
      "__proto__(1)",
      "require('fs')",
      "eval(1)",
      "Function(1)",
    ]) {
      let ast: FormulaAst | undefined;
      try {
        ast = parseFormula(source);
      } catch (error) {
        expect(error).toBeInstanceOf(FormulaError);
        continue;
      }
      // What parses is only references (this, globalThis): looked up, never executed.
      const seen: string[] = [];
      expect(
        evaluateFormula(ast, (code) => {
          seen.push(code);
          return null;
        }),
      ).toBeNull();
      expect(seen).toEqual([source]);
    }
  });

  it("treats prototype names as ordinary indicator codes", () => {
    const values: Record<string, number> = { __proto__: 1 } as unknown as Record<string, number>;
    const ast = parseFormula("{__proto__} + {constructor} + toString");
    expect(evaluateFormula(ast, (code) => (Object.hasOwn(values, code) ? values[code] : null))).toBeNull();
    expect(() => parseFormula("constructor(1)")).toThrow("không được hỗ trợ");
    expect(() => parseFormula("hasOwnProperty(1)")).toThrow("không được hỗ trợ");
  });

  it("rejects sources longer than the limit before tokenising", () => {
    const error = failure(`${"1+".repeat(MAX_FORMULA_LENGTH)}1`);
    expect(error.code).toBe("FORMULA_TOO_LONG");
    expect(error.message).toContain(String(MAX_FORMULA_LENGTH));
  });

  it("accepts a long flat expression just under the limit", () => {
    const source = `${"1+".repeat(Math.floor((MAX_FORMULA_LENGTH - 1) / 2))}1`;
    expect(source.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(evaluateFormula(parseFormula(source), () => null)).toBe(1000);
  });

  it.each([
    ["parentheses", (n: number) => `${"(".repeat(n)}1${")".repeat(n)}`],
    ["unary minus", (n: number) => `${"-".repeat(n)}1`],
    ["function calls", (n: number) => `${"abs(".repeat(n)}1${")".repeat(n)}`],
    ["powers", (n: number) => `${"2^".repeat(n)}1`],
  ])("bounds nesting of %s", (_name, build) => {
    expect(() => parseFormula(build(MAX_FORMULA_DEPTH - 2))).not.toThrow();
    const error = failure(build(300));
    expect(error.code).toBe("FORMULA_TOO_DEEP");
    expect(error.message).toContain(`tối đa ${MAX_FORMULA_DEPTH} mức`);
    expect(error.column).toBeGreaterThan(0);
  });

  it("rejects a non-string source", () => {
    expect(() => parseFormula(42 as unknown as string)).toThrow(FormulaError);
  });

  it("reports odd characters by code point", () => {
    expect(failure("A + 😀").message).toContain("'😀'");
    expect(failure("A \u0000 B").code).toBe("FORMULA_SYNTAX");
  });

  it("bounds the length of a code", () => {
    expect(failure(`{${"X".repeat(101)}}`).message).toContain("100 ký tự");
    expect(failure("X".repeat(101)).message).toContain("100 ký tự");
  });

  it("any string either parses or throws FormulaError, never something else", () => {
    const alphabet = fc.constantFrom(..."AB1.,(){}+-*/^<>=! e_xif".split(""));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")),
        (source) => {
          try {
            const ast = parseFormula(source);
            const value = evaluateFormula(ast, (code) => code.length);
            expect(value === null || Number.isFinite(value)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(FormulaError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const leaf = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((value): FormulaAst => ({ kind: "number", value, pos: 0 })),
  fc.constantFrom("A", "B", "C").map((code): FormulaAst => ({ kind: "ref", code, pos: 0 })),
);
const tree = fc.letrec<{ node: FormulaAst }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    tie("node").map((operand): FormulaAst => ({ kind: "neg", operand, pos: 0 })),
    fc
      .tuple(
        fc.constantFrom("+", "-", "*", "/", "<", ">=", "=") as fc.Arbitrary<"+">,
        tie("node"),
        tie("node"),
      )
      .map(([op, left, right]): FormulaAst => ({ kind: "binary", op, left, right, pos: 0 })),
    fc
      .tuple(fc.constantFrom("min", "max") as fc.Arbitrary<"min">, tie("node"), tie("node"))
      .map(([fn, a, b]): FormulaAst => ({ kind: "call", fn, args: [a, b], pos: 0 })),
  ),
})).node;

describe("round trip", () => {
  it("formulaToString then parseFormula evaluates to the same value", () => {
    const lookup = (code: string) => ({ A: 3, B: -2, C: 0 })[code] ?? null;
    fc.assert(
      fc.property(tree, (ast) => {
        const source = formulaToString(ast);
        fc.pre(source.length <= MAX_FORMULA_LENGTH);
        let reparsed: FormulaAst;
        try {
          reparsed = parseFormula(source);
        } catch (error) {
          // Deep random trees may exceed the nesting bound; that is the bound working.
          if (error instanceof FormulaError && error.code === "FORMULA_TOO_DEEP") return;
          throw error;
        }
        expect(evaluateFormula(reparsed, lookup)).toEqual(evaluateFormula(ast, lookup));
      }),
      { numRuns: 500 },
    );
  });
});
