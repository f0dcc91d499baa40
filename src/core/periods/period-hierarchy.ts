/**
 * Parent and child periods, used to roll values up (months into a quarter) and down.
 *
 * Rule for everything except weeks: a child belongs to a parent when its days lie inside the
 * parent's days. Weeks cross month and year boundaries, so they follow the ISO 8601 convention:
 * a week belongs to the month, quarter, half, nine months or year that holds its Thursday. Hence
 * 2020W53 (28/12/2020–03/01/2021) belongs to year 2020 and to December 2020.
 *
 * childPeriods only answers when the children cover the parent exactly (for weeks: by the
 * Thursday rule), so that summing children always gives the parent. Asking for the half-years
 * of a nine-month period, or the nine months of a year, is refused instead of returning a
 * partial list that would silently under-count.
 */
import { addDays } from "./iso-date";
import { type Period, type PeriodType, periodTypeRank, toPeriod } from "./period-codes";
import { PeriodError } from "./period-error";
import { nextPeriod, periodForDate } from "./period-navigation";

const TYPE_NAMES_VI: Record<PeriodType, string> = {
  day: "ngày",
  week: "tuần",
  month: "tháng",
  quarter: "quý",
  sixmonth: "6 tháng",
  ninemonth: "9 tháng",
  year: "năm",
};

/** Vietnamese name of a period type, for messages ("quý", "6 tháng"). */
export function periodTypeNameVi(type: PeriodType): string {
  return TYPE_NAMES_VI[type];
}

function thursdayOf(week: Period): string {
  return addDays(week.start, 3);
}

function notNested(message: string, input: unknown): PeriodError {
  return new PeriodError("PERIOD_NOT_NESTED", message, input);
}

/**
 * True when `child` belongs to `parent`: same period, or the child's days lie inside the parent's
 * (weeks inside longer periods: by their Thursday). Note that containment does not need a cover:
 * 2025N9 contains 2025S1 although childPeriods("2025N9", "sixmonth") is refused.
 */
export function containsPeriod(parent: string | Period, child: string | Period): boolean {
  const outer = toPeriod(parent);
  const inner = toPeriod(child);
  if (outer.type === inner.type) return outer.code === inner.code;
  if (inner.type === "week" && periodTypeRank(outer.type) > periodTypeRank("week")) {
    const thursday = thursdayOf(inner);
    return outer.start <= thursday && thursday <= outer.end;
  }
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The periods of `childType` that make up `code`, in order. Same type gives the period itself.
 * Throws PERIOD_NOT_NESTED when `childType` is coarser or does not cover the parent exactly.
 */
export function childPeriods(code: string | Period, childType: PeriodType): Period[] {
  const parent = toPeriod(code);
  if (parent.type === childType) return [parent];
  const typeName = periodTypeNameVi(childType);
  if (periodTypeRank(childType) > periodTypeRank(parent.type) || childType === "ninemonth") {
    throw notNested(`Kỳ "${parent.code}" không chia được thành các kỳ ${typeName}.`, {
      code: parent.code,
      childType,
    });
  }
  if (childType === "week") return weeksBelongingTo(parent);

  const first = periodForDate(parent.start, childType);
  const last = periodForDate(parent.end, childType);
  if (first.start !== parent.start || last.end !== parent.end) {
    throw notNested(`Các kỳ ${typeName} không chia khít kỳ "${parent.code}".`, {
      code: parent.code,
      childType,
    });
  }
  const children: Period[] = [];
  for (let current = first; ; current = nextPeriod(current)) {
    children.push(current);
    if (current.code === last.code) return children;
  }
}

/** Weeks whose Thursday lies in the parent (a month always holds four or five Thursdays). */
function weeksBelongingTo(parent: Period): Period[] {
  let week = periodForDate(parent.start, "week");
  if (thursdayOf(week) < parent.start) week = nextPeriod(week);
  const weeks: Period[] = [];
  while (thursdayOf(week) <= parent.end) {
    weeks.push(week);
    week = nextPeriod(week);
  }
  return weeks;
}

/**
 * The one period of `parentType` that contains `code` (weeks: the one holding their Thursday).
 * Throws PERIOD_NOT_NESTED when there is none, e.g. the nine-month parent of 2025Q4 or the
 * quarter of 2025S1, or when `parentType` is finer than the period.
 */
export function parentPeriod(code: string | Period, parentType: PeriodType): Period {
  const child = toPeriod(code);
  if (child.type === parentType) return child;
  const typeName = periodTypeNameVi(parentType);
  const noParent = () =>
    notNested(`Kỳ "${child.code}" không nằm trọn trong một kỳ ${typeName} nào.`, {
      code: child.code,
      parentType,
    });
  if (periodTypeRank(parentType) < periodTypeRank(child.type)) throw noParent();

  const anchor = child.type === "week" ? thursdayOf(child) : child.start;
  let candidate: Period;
  try {
    candidate = periodForDate(anchor, parentType);
  } catch (error) {
    if (error instanceof PeriodError && error.code === "PERIOD_NOT_NESTED") throw noParent();
    throw error;
  }
  if (!containsPeriod(candidate, child)) throw noParent();
  return candidate;
}
