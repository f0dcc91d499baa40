export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "between";

/** Which way the indicator is better: "up" for rates of online dossiers, "down" for processing times. */
export type Direction = "up" | "down";

export type TargetStatus = "met" | "on_track" | "at_risk" | "missed" | "no_data";

/** Dates are calendar days written YYYY-MM-DD. */
export type IsoDate = string;

export interface TargetPeriod {
  start: IsoDate;
  /** Last day of the period, inclusive. */
  end: IsoDate;
}

export interface Target {
  comparator: Comparator;
  value: number;
  /** Upper bound, required for "between" (inclusive on both ends). */
  valueMax?: number;
  direction: Direction;
  /** Either a period or a deadline; the period wins when both are given. */
  period?: TargetPeriod;
  deadline?: IsoDate;
  /** Starting point of the pace line, e.g. the value the plan started from. */
  baseline?: { value: number; date: IsoDate };
  /**
   * The series is a running total within the period (dossiers received so far, meetings held).
   * It can only grow, so an "at least" target reached early is met for good and an "at most"
   * target exceeded early is missed for good.
   */
  cumulative?: boolean;
}

/** One observation; `date` is the last day of the period it describes. */
export interface SeriesPoint {
  date: IsoDate;
  value: number | null;
}

export interface TargetEvaluation {
  status: TargetStatus;
  /** Latest value in the period up to asOf; null without data. */
  actual: number | null;
  /** Date of that value. */
  actualDate: IsoDate | null;
  /** Where the pace line says the value should be (at `paceDate`); null when no pace applies. */
  expectedNow: number | null;
  paceDate: IsoDate | null;
  /** How much is still needed to satisfy the target (0 when satisfied); null without data. */
  gap: number | null;
  /** actual - expectedNow, signed so that positive is ahead of the pace line. */
  paceGap: number | null;
  periodEnded: boolean;
  explanation: string;
}

export interface EvaluateTargetOptions {
  /**
   * Date the pace line is read at. "latest" (default) compares the latest value with the pace at
   * that value's own date, like for like; "asOf" reads the pace at asOf, which also counts late
   * reporting against the unit.
   */
  paceAt?: "latest" | "asOf";
}
