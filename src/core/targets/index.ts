export { comparatorSense, compare, shortfall } from "./compare";
export { dateFromDayNumber, dayNumber, formatViDate, isIsoDate, monthEndDate, monthIndex } from "./dates";
export { TargetError, type TargetErrorCode } from "./errors";
export { evaluateTarget, type TargetWindow, targetWindow } from "./evaluate-target";
export {
  COMPARATOR_LABELS_VI,
  COMPARATOR_SYMBOLS,
  describeTargetVi,
  formatViNumber,
  TARGET_STATUS_LABELS_VI,
} from "./labels";
export type {
  Comparator,
  Direction,
  EvaluateTargetOptions,
  IsoDate,
  SeriesPoint,
  Target,
  TargetEvaluation,
  TargetPeriod,
  TargetStatus,
} from "./types";
