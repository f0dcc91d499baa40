import type { FormulaAst } from "./ast";
import { FormulaError } from "./errors";
import { evaluateFormula, type FormulaLookup, formulaReferences } from "./evaluate";
import { parseFormula } from "./parser";

/** Formula source (or an already parsed tree) of each computed indicator, keyed by its code. */
export type FormulaDefinitions = Record<string, string | FormulaAst>;

export interface FormulaCycle {
  code: "FORMULA_CYCLE";
  /** Codes along the cycle with the first repeated at the end: ["A", "B", "A"]. */
  path: string[];
  message: string;
}

/** Parses every definition; a syntax error names the indicator whose formula is wrong. */
export function compileFormulas(defs: FormulaDefinitions): Map<string, FormulaAst> {
  const compiled = new Map<string, FormulaAst>();
  for (const code of Object.keys(defs).sort()) {
    const source = defs[code];
    if (typeof source !== "string") {
      compiled.set(code, source);
      continue;
    }
    try {
      compiled.set(code, parseFormula(source));
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      throw new FormulaError(error.code, `Công thức của chỉ số ${code}: ${error.message}`, {
        line: error.line,
        column: error.column,
        indicatorCode: code,
      });
    }
  }
  return compiled;
}

function cycleMessage(path: string[]): string {
  return `Công thức tham chiếu vòng: ${path.join(" → ")}`;
}

interface Walk {
  order: string[];
  cycle: string[] | null;
}

/**
 * Depth-first walk in post-order (dependencies before dependants), iterative so a long chain of
 * formulas cannot overflow the stack. Stops at the first cycle. Codes are visited in sorted order
 * so that the result does not depend on how the caller built the object.
 */
function walk(compiled: Map<string, FormulaAst>): Walk {
  const state = new Map<string, "visiting" | "done">();
  const order: string[] = [];
  const dependencies = new Map<string, string[]>();
  for (const [code, ast] of compiled)
    dependencies.set(
      code,
      formulaReferences(ast).filter((r) => compiled.has(r)),
    );

  for (const root of [...compiled.keys()].sort()) {
    if (state.has(root)) continue;
    const stack: { code: string; next: number }[] = [{ code: root, next: 0 }];
    state.set(root, "visiting");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const deps = dependencies.get(frame.code) ?? [];
      if (frame.next >= deps.length) {
        stack.pop();
        state.set(frame.code, "done");
        order.push(frame.code);
        continue;
      }
      const dep = deps[frame.next++];
      const depState = state.get(dep);
      if (depState === "visiting") {
        const start = stack.findIndex((f) => f.code === dep);
        return { order, cycle: [...stack.slice(start).map((f) => f.code), dep] };
      }
      if (depState === undefined) {
        state.set(dep, "visiting");
        stack.push({ code: dep, next: 0 });
      }
    }
  }
  return { order, cycle: null };
}

/** The first reference cycle among the definitions, or null when there is none. */
export function detectFormulaCycles(defs: FormulaDefinitions): FormulaCycle | null {
  const { cycle } = walk(compileFormulas(defs));
  return cycle ? { code: "FORMULA_CYCLE", path: cycle, message: cycleMessage(cycle) } : null;
}

/**
 * Codes of the computed indicators in an order where every formula comes after the computed
 * indicators it reads. Codes that are referenced but not defined are inputs and are not listed.
 * @throws FormulaError FORMULA_CYCLE (with `cycle`) or a syntax error naming the indicator.
 */
export function topoOrder(defs: FormulaDefinitions): string[] {
  const { order, cycle } = walk(compileFormulas(defs));
  if (cycle) throw new FormulaError("FORMULA_CYCLE", cycleMessage(cycle), { cycle, indicatorCode: cycle[0] });
  return order;
}

/**
 * Computes every defined indicator for one unit and period: inputs come from `lookup`,
 * computed indicators from the results of the formulas before them in topological order.
 */
export function evaluateFormulas(
  defs: FormulaDefinitions,
  lookup: FormulaLookup,
): Record<string, number | null> {
  const compiled = compileFormulas(defs);
  const { order, cycle } = walk(compiled);
  if (cycle) throw new FormulaError("FORMULA_CYCLE", cycleMessage(cycle), { cycle, indicatorCode: cycle[0] });
  const results: Record<string, number | null> = {};
  const read = (code: string): number | null | undefined =>
    compiled.has(code) ? results[code] : lookup(code);
  for (const code of order) {
    const ast = compiled.get(code);
    results[code] = ast ? evaluateFormula(ast, read) : null;
  }
  return results;
}
