/**
 * The result of reading a plan document. The fields in ParsedPlan / ParsedTask / ParsedTarget
 * marked "contract" are used by tests outside this project: never rename or remove them.
 * Fields marked "extra" may grow.
 *
 * Conventions:
 * - unit names are kept as written in the document (trimmed, markdown removed);
 * - dates are "YYYY-MM-DD"; a field is null when the document does not say it.
 */

export type DeadlineKind = "date" | "month" | "quarter" | "year" | "range" | "recurring" | "roadmap" | "none";

/**
 * How each kind maps to from/to (both inclusive):
 * - date:     from = to = the day ("trước ngày 25/02/2025" -> 2025-02-25; "trước tháng 11/2024"
 *             -> the day before the period starts, 2024-10-31);
 * - month:    first and last day of the month ("Tháng 12/2025" -> 2025-12-01 .. 2025-12-31);
 * - quarter:  first and last day of the quarter ("Quý II năm 2025" -> 2025-04-01 .. 2025-06-30);
 * - year:     1 January .. 31 December;
 * - range:    first day of the first period .. last day of the last ("Năm 2023 - 2025" ->
 *             2023-01-01 .. 2025-12-31; "6 tháng đầu năm 2025" -> 2025-01-01 .. 2025-06-30);
 * - recurring ("Thường xuyên", "trước ngày 20 của tháng cuối quý"), roadmap ("Theo lộ trình của
 *   Văn phòng Chính phủ") and none: from = to = null, the words are in `text`.
 * When the year cannot be known (a bare "Quý II" in a document without a date), the kind is
 * kept, from/to are null and a warning is added.
 */
export interface Deadline {
  kind: DeadlineKind; // contract
  from: string | null; // contract
  to: string | null; // contract
  /** The deadline as written; null when the document gives none. */
  text: string | null; // contract
}

export type TaskShape = "table" | "labelled" | "unit-section" | "prose";

export interface ParsedTask {
  /** Numbering as in the document with group prefixes ("II.3"); synthesised for bullets ("III.1.a.2"). */
  code: string | null; // contract
  title: string; // contract
  /** The lead cell or phrase as written; may name several units ("Các sở, ban, ngành"). */
  lead: string | null; // contract
  coordinators: string[]; // contract
  deadline: Deadline; // contract
  result: string | null; // contract
  /** extra: the lead split into units ("Sở A; Sở B" -> two); collective names stay whole. */
  leads: string[];
  /** extra: the heading of the group the task sits in ("XÂY DỰNG HOÀN THIỆN THỂ CHẾ"). */
  section: string | null;
  /** extra: where it came from (1-based line of the input) and which shape was read. */
  source: { line: number; shape: TaskShape };
}

export type Comparator = ">=" | ">" | "<=" | "<" | "=";

export interface ParsedTarget {
  /** The sentence or clause the target was read from. */
  text: string; // contract
  indicator: string; // contract
  op: Comparator; // contract
  value: number; // contract
  /** "%", "giờ", "cuộc", ...; null for a bare number. */
  unit: string | null; // contract
  /** The level or group the value applies to ("cấp xã"), null when the whole plan. */
  scope: string | null; // contract
  /** "Chủ trì theo dõi, đôn đốc". */
  monitor: string | null; // contract
  /** "Chủ trì thực hiện", as written. */
  implementer: string | null; // contract
  /** extra: numbering in a KPI appendix ("I.3"), null for targets read from the text. */
  code: string | null;
  /** extra */
  source: { line: number; shape: "kpi-table" | "text" };
}

export interface PlanHeader {
  /** "44/KH-UBND"; a draft's blank number keeps what is there ("/KH-BCĐCĐS"); null when absent. */
  number: string | null; // contract
  /** KH, QĐ, NQ, TB, CV, BC, CT, TTr, HD, KL, CĐ, CTr, ĐA, QC. */
  type: string | null; // contract
  /** Date of issue; null when absent or incomplete ("ngày tháng 3 năm 2024"). */
  date: string | null; // contract
  issuer: string | null; // contract
  /** Trích yếu. */
  title: string | null; // contract
}

export interface ParseWarning {
  /** 1-based line in the input text. */
  line: number;
  message: string;
}

export interface ParsedPlan {
  plan: PlanHeader; // contract
  tasks: ParsedTask[]; // contract
  targets: ParsedTarget[]; // contract
  /** extra: what could not be read, in Vietnamese. */
  warnings: ParseWarning[];
  /**
   * extra: when the plan has an appendix task table, `tasks` are its rows and this holds the
   * duties of unit sections ("Tổ chức thực hiện") that the table does not list - reporting,
   * budget, follow-up - for a person to add or ignore. Empty without a task table.
   */
  additionalTasks: ParsedTask[];
}

/** Shared state while one document is parsed. */
export interface ParseContext {
  /** Year used for dates written without one ("25/5"). */
  year: number | null;
  warnings: ParseWarning[];
}
