/** Syntax tree of a parsed formula. `pos` is the 0-based offset of the node's first character. */

export type ArithmeticOperator = "+" | "-" | "*" | "/" | "^";
export type ComparisonOperator = "<" | "<=" | ">" | ">=" | "=" | "<>";
export type BinaryOperator = ArithmeticOperator | ComparisonOperator;

export type FormulaFunctionName = "min" | "max" | "abs" | "round" | "if" | "and" | "or" | "not" | "coalesce";

export type FormulaAst =
  | { kind: "number"; value: number; pos: number }
  | { kind: "ref"; code: string; pos: number }
  | { kind: "neg"; operand: FormulaAst; pos: number }
  | { kind: "binary"; op: BinaryOperator; left: FormulaAst; right: FormulaAst; pos: number }
  | { kind: "call"; fn: FormulaFunctionName; args: FormulaAst[]; pos: number };

/** Allowed argument counts; `max: Infinity` means variadic. */
export const FUNCTION_ARITY: Record<FormulaFunctionName, { min: number; max: number }> = {
  min: { min: 1, max: Number.POSITIVE_INFINITY },
  max: { min: 1, max: Number.POSITIVE_INFINITY },
  abs: { min: 1, max: 1 },
  round: { min: 1, max: 2 },
  if: { min: 3, max: 3 },
  and: { min: 1, max: Number.POSITIVE_INFINITY },
  or: { min: 1, max: Number.POSITIVE_INFINITY },
  not: { min: 1, max: 1 },
  coalesce: { min: 1, max: Number.POSITIVE_INFINITY },
};

export function isFormulaFunctionName(name: string): name is FormulaFunctionName {
  return Object.hasOwn(FUNCTION_ARITY, name);
}

export const MAX_FORMULA_LENGTH = 2000;
/** Nesting of parentheses, function calls and unary signs; keeps recursion far from the stack limit. */
export const MAX_FORMULA_DEPTH = 50;
export const MAX_CODE_LENGTH = 100;
