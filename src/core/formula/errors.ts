/** Stable error codes of the formula language; the web app words them from vi.json. */
export type FormulaErrorCode = "FORMULA_SYNTAX" | "FORMULA_TOO_LONG" | "FORMULA_TOO_DEEP" | "FORMULA_CYCLE";

export interface FormulaErrorOptions {
  /** 1-based column of the offending character (columns restart on every line). */
  column?: number;
  /** 1-based line, only meaningful for multi-line sources. */
  line?: number;
  /** Indicator whose formula failed, when the error comes from a set of definitions. */
  indicatorCode?: string;
  /** For FORMULA_CYCLE: the codes along the cycle, first repeated at the end (A, B, A). */
  cycle?: string[];
}

export class FormulaError extends Error {
  readonly code: FormulaErrorCode;
  readonly column?: number;
  readonly line?: number;
  readonly indicatorCode?: string;
  readonly cycle?: string[];

  constructor(code: FormulaErrorCode, message: string, options: FormulaErrorOptions = {}) {
    super(message);
    this.name = "FormulaError";
    this.code = code;
    this.column = options.column;
    this.line = options.line;
    this.indicatorCode = options.indicatorCode;
    this.cycle = options.cycle;
  }
}

/** Turns a 0-based offset into "cột N" (or "dòng L, cột N" when the source spans lines). */
export function describePosition(
  source: string,
  offset: number,
): { line: number; column: number; text: string } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  const column = offset - lineStart + 1;
  const text = source.includes("\n") ? `dòng ${line}, cột ${column}` : `cột ${column}`;
  return { line, column, text };
}
