export type {
  ArithmeticOperator,
  BinaryOperator,
  ComparisonOperator,
  FormulaAst,
  FormulaFunctionName,
} from "./ast";
export { FUNCTION_ARITY, MAX_CODE_LENGTH, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from "./ast";
export { FormulaError, type FormulaErrorCode, type FormulaErrorOptions } from "./errors";
export { evaluateFormula, type FormulaLookup, formulaReferences, formulaToString } from "./evaluate";
export {
  compileFormulas,
  detectFormulaCycles,
  evaluateFormulas,
  type FormulaCycle,
  type FormulaDefinitions,
  topoOrder,
} from "./graph";
export { parseFormula } from "./parser";
