import { TargetError } from "./errors";
import type { Comparator, Direction, Target } from "./types";

/** Relative tolerance, so that a ratio computed as 74.99999999999999 still meets ">= 75". */
const TOLERANCE = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Does `value` satisfy "comparator target" ("between" means targetMin <= value <= targetMax)? */
export function compare(value: number, comparator: Comparator, target: number, targetMax?: number): boolean {
  switch (comparator) {
    case ">=":
      return value > target || nearlyEqual(value, target);
    case ">":
      return value > target && !nearlyEqual(value, target);
    case "<=":
      return value < target || nearlyEqual(value, target);
    case "<":
      return value < target && !nearlyEqual(value, target);
    case "=":
      return nearlyEqual(value, target);
    case "between":
      if (targetMax === undefined || !Number.isFinite(targetMax)) {
        throw new TargetError("Chỉ tiêu dạng 'trong khoảng' cần cả giá trị tối thiểu và tối đa.");
      }
      return compare(value, ">=", target) && compare(value, "<=", targetMax);
    default:
      throw new TargetError(`Phép so sánh '${String(comparator)}' không được hỗ trợ.`);
  }
}

/** The side a comparator prefers, or null for "=" and "between" where it depends on the start. */
export function comparatorSense(comparator: Comparator): Direction | null {
  if (comparator === ">=" || comparator === ">") return "up";
  if (comparator === "<=" || comparator === "<") return "down";
  return null;
}

/** How far a value is from satisfying the target, 0 when it does. */
export function shortfall(value: number, target: Target): number {
  if (compare(value, target.comparator, target.value, target.valueMax)) return 0;
  switch (target.comparator) {
    case ">=":
    case ">":
      return Math.max(0, target.value - value);
    case "<=":
    case "<":
      return Math.max(0, value - target.value);
    case "=":
      return Math.abs(value - target.value);
    case "between":
      return value < target.value ? target.value - value : value - (target.valueMax ?? target.value);
  }
}
