export const DATA_STATUSES = ["draft", "submitted", "approved"] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

/** One figure as sent by a user or a system: codes, not ids, so files and APIs read the same. */
export interface DataValueInput {
  indicator: string;
  orgUnit: string;
  period: string;
  disagg?: string;
  value?: number | string | null;
  numerator?: number | string | null;
  denominator?: number | string | null;
  comment?: string | null;
  status?: "draft" | "submitted";
  /** Optimistic concurrency: the version the writer last saw (0 = expects no value yet). */
  version?: number;
}

export interface DataValue {
  indicatorId: number;
  indicatorCode: string;
  orgUnitId: number;
  orgUnitCode: string;
  period: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: DataStatus;
  comment: string | null;
  version: number;
  updatedBy: number | null;
  updatedAt: string;
}

export interface RowProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface WriteResult {
  dryRun: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: RowProblem[];
  warnings: RowProblem[];
}
