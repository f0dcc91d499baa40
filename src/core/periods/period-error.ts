/**
 * Errors raised by the period and date helpers. The code is stable (the API and the web app
 * key their wording on it); the message is already Vietnamese so that callers which simply
 * show it need no translation table.
 */
export type PeriodErrorCode =
  /** A period code that cannot be read, e.g. 202513, 2025Q5, 20250231. */
  | "PERIOD_INVALID"
  /** A calendar date that is not a real YYYY-MM-DD date. */
  | "DATE_INVALID"
  /** Two periods that must share a type do not (e.g. periodsBetween("202501", "2025Q2")). */
  | "PERIOD_TYPE_MISMATCH"
  /** The requested parent/children relation does not exist (e.g. quarters of a nine-month period). */
  | "PERIOD_NOT_NESTED"
  /** A range that would produce an unreasonable number of periods. */
  | "PERIOD_RANGE_TOO_LARGE"
  /** A cut-off rule with an unusable start day. */
  | "CUTOFF_RULE_INVALID";

export class PeriodError extends Error {
  readonly code: PeriodErrorCode;
  /** The offending input, for logs and API error details. */
  readonly input: unknown;

  constructor(code: PeriodErrorCode, message: string, input?: unknown) {
    super(message);
    this.name = "PeriodError";
    this.code = code;
    this.input = input;
  }
}

export function isPeriodError(value: unknown): value is PeriodError {
  return value instanceof PeriodError;
}
