import type { FormulaAst } from "./ast";

export type FormulaLookup = (code: string) => number | null | undefined;

/** Relative tolerance for = <> <= >=, so that 0.1 + 0.2 = 0.3 holds for computed ratios. */
const EQUALITY_TOLERANCE = 1e-9;
/** round(x, digits) accepts digits in this range; beyond it doubles have no digits left to round. */
const MAX_ROUND_DIGITS = 15;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EQUALITY_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Half away from zero, like Excel's ROUND, and robust to 1.005 being stored as 1.00499999... */
function roundTo(value: number, digits: number): number | null {
  const d = Math.trunc(digits);
  if (Math.abs(d) > MAX_ROUND_DIGITS) return null;
  const scale = 10 ** Math.abs(d);
  const magnitude = Math.abs(value);
  const scaled = d >= 0 ? magnitude * scale : magnitude / scale;
  const rounded = Math.round(scaled * (1 + Number.EPSILON));
  const result = d >= 0 ? rounded / scale : rounded * scale;
  return finiteOrNull(Math.sign(value) * result) ?? null;
}

function arithmetic(op: string, a: number, b: number): number | null {
  switch (op) {
    case "+":
      return finiteOrNull(a + b);
    case "-":
      return finiteOrNull(a - b);
    case "*":
      return finiteOrNull(a * b);
    case "/":
      return b === 0 ? null : finiteOrNull(a / b);
    case "^":
      return finiteOrNull(a ** b);
    case "<":
      return a < b && !nearlyEqual(a, b) ? 1 : 0;
    case "<=":
      return a < b || nearlyEqual(a, b) ? 1 : 0;
    case ">":
      return a > b && !nearlyEqual(a, b) ? 1 : 0;
    case ">=":
      return a > b || nearlyEqual(a, b) ? 1 : 0;
    case "=":
      return nearlyEqual(a, b) ? 1 : 0;
    case "<>":
      return nearlyEqual(a, b) ? 0 : 1;
    default:
      return null;
  }
}

function evaluateCall(fn: string, args: FormulaAst[], lookup: FormulaLookup): number | null {
  // if and coalesce are lazy: an input missing only in the branch not taken does not matter.
  if (fn === "if") {
    const condition = evaluateFormula(args[0], lookup);
    if (condition === null) return null;
    return evaluateFormula(condition !== 0 ? args[1] : args[2], lookup);
  }
  if (fn === "coalesce") {
    for (const arg of args) {
      const value = evaluateFormula(arg, lookup);
      if (value !== null) return value;
    }
    return null;
  }
  const values = args.map((arg) => evaluateFormula(arg, lookup));
  // Three-valued logic as in SQL: a known false decides and(), a known true decides or().
  if (fn === "and") {
    if (values.some((v) => v === 0)) return 0;
    return values.some((v) => v === null) ? null : 1;
  }
  if (fn === "or") {
    if (values.some((v) => v !== null && v !== 0)) return 1;
    return values.some((v) => v === null) ? null : 0;
  }
  if (values.some((v) => v === null)) return null;
  const numbers = values as number[];
  switch (fn) {
    case "min":
      return Math.min(...numbers);
    case "max":
      return Math.max(...numbers);
    case "abs":
      return Math.abs(numbers[0]);
    case "not":
      return numbers[0] === 0 ? 1 : 0;
    case "round":
      return roundTo(numbers[0], numbers.length > 1 ? numbers[1] : 0);
    default:
      return null;
  }
}

/**
 * Computes a parsed formula. Returns null (never NaN or Infinity) when an input is missing,
 * a divisor is zero or the result is not a finite number; null spreads to the whole result
 * except through if(), coalesce(), and() and or().
 */
export function evaluateFormula(ast: FormulaAst, lookup: FormulaLookup): number | null {
  switch (ast.kind) {
    case "number":
      return ast.value;
    case "ref": {
      const value = lookup(ast.code);
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    }
    case "neg": {
      const value = evaluateFormula(ast.operand, lookup);
      return value === null ? null : -value;
    }
    case "binary": {
      const left = evaluateFormula(ast.left, lookup);
      if (left === null) return null;
      const right = evaluateFormula(ast.right, lookup);
      if (right === null) return null;
      return arithmetic(ast.op, left, right);
    }
    case "call":
      return evaluateCall(ast.fn, ast.args, lookup);
  }
}

/** Indicator codes a formula reads, each once, in order of first appearance. */
export function formulaReferences(ast: FormulaAst): string[] {
  const seen = new Set<string>();
  const visit = (node: FormulaAst): void => {
    switch (node.kind) {
      case "ref":
        seen.add(node.code);
        return;
      case "neg":
        visit(node.operand);
        return;
      case "binary":
        visit(node.left);
        visit(node.right);
        return;
      case "call":
        for (const arg of node.args) visit(arg);
        return;
      default:
        return;
    }
  };
  visit(ast);
  return [...seen];
}

/** Writes a tree back as source, fully parenthesised; parseFormula of the result gives the same tree. */
export function formulaToString(ast: FormulaAst): string {
  switch (ast.kind) {
    case "number":
      return ast.value < 0 ? `(${String(ast.value)})` : String(ast.value);
    case "ref":
      // Braces always: a bare code could collide with a function name followed by "(".
      return `{${ast.code}}`;
    case "neg":
      return `(-${formulaToString(ast.operand)})`;
    case "binary":
      return `(${formulaToString(ast.left)} ${ast.op} ${formulaToString(ast.right)})`;
    case "call":
      return `${ast.fn}(${ast.args.map(formulaToString).join(", ")})`;
  }
}
