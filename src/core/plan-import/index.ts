export type { DeadlineResult, FoundDeadline } from "./deadline";
export { findDeadlineInText, parseDeadline } from "./deadline";
export { parsePlanText } from "./parse-plan";
export type { ExtractTargetOptions, TargetDraft } from "./targets";
export { extractTargets } from "./targets";
export type {
  Comparator,
  Deadline,
  DeadlineKind,
  ParsedPlan,
  ParsedTarget,
  ParsedTask,
  ParseWarning,
  PlanHeader,
  TaskShape,
} from "./types";
