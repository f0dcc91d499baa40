// Pure shaping of GET /indicators/:id/overview for the indicator page: the trend axis with its
// target line, one row per child unit (latest period, year to date, target status, data quality),
// and the count of units per target status.
import { parsePeriod, previousPeriod } from "../../core/periods";
import type { Id } from "../lib/types";
import type { AnalyticsRow, IndicatorOverview, QualityFigures, TargetStatus, UnitTargetStatus } from "./api";

/** The `span` periods that end with `latest`, oldest first. */
export function trendPeriods(latest: string, span = 24): string[] {
  const codes = [latest];
  while (codes.length < span) codes.unshift(previousPeriod(codes[0]).code);
  return codes;
}

/** The year (code) the latest period belongs to: the "year to date" column. */
export function yearOf(period: string): string {
  return parsePeriod(period).start.slice(0, 4);
}

export interface TrendModel {
  periods: string[];
  values: (number | null)[];
  /** The target's threshold on the periods inside the target's period (null elsewhere). */
  target: (number | null)[];
  /** For summed indicators: the running total within the target period (compared with the target). */
  cumulative: (number | null)[] | null;
  unitStatus: UnitTargetStatus | null;
}

/** Statuses of the targets that apply to the unit itself, latest target period first. */
export function statusesForUnit(overview: IndicatorOverview, unitId: Id): UnitTargetStatus[] {
  return overview.targets
    .filter((status) => status.orgUnitId === unitId)
    .sort((a, b) => b.target.period.localeCompare(a.target.period));
}

export function buildTrend(overview: IndicatorOverview, span = 24): TrendModel {
  const periods = trendPeriods(overview.latestPeriod, span);
  const byPeriod = new Map(overview.trend.filter((r) => !r.disagg).map((r) => [r.period, r.value]));
  const values = periods.map((p) => byPeriod.get(p) ?? null);
  const statuses = statusesForUnit(overview, overview.orgUnit.id);
  const target: (number | null)[] = periods.map(() => null);
  const summed = overview.indicator.aggregation === "sum";
  const cumulative: (number | null)[] | null = summed && statuses.length ? periods.map(() => null) : null;
  for (const status of statuses) {
    const span = parsePeriod(status.target.period);
    periods.forEach((code, index) => {
      const p = parsePeriod(code);
      if (p.start < span.start || p.end > span.end) return;
      if (target[index] === null) target[index] = status.target.value;
      if (cumulative) {
        const point = status.series.find((s) => s.date === p.end);
        if (point) cumulative[index] = point.value;
      }
    });
  }
  // A yearly indicator's 24 periods reach back decades: start at the first figure or target,
  // keeping at least a few periods so a short history still reads as a trend.
  const first = periods.findIndex((_, i) => values[i] !== null || target[i] !== null);
  const from = first < 0 ? 0 : Math.max(0, Math.min(first, periods.length - MIN_SHOWN));
  return {
    periods: periods.slice(from),
    values: values.slice(from),
    target: target.slice(from),
    cumulative: cumulative ? cumulative.slice(from) : null,
    unitStatus: statuses[0] ?? null,
  };
}

const MIN_SHOWN = 6;

export interface ChildRow {
  id: Id;
  code: string;
  name: string;
  latest: AnalyticsRow | null;
  yearToDate: AnalyticsRow | null;
  status: UnitTargetStatus | null;
  quality: QualityFigures | null;
}

export function buildChildRows(overview: IndicatorOverview): ChildRow[] {
  const year = yearOf(overview.latestPeriod);
  const find = (unitId: Id, period: string) =>
    overview.breakdown.find((r) => r.orgUnitId === unitId && r.period === period && !r.disagg) ?? null;
  return overview.children.map((child) => ({
    id: child.id,
    code: child.code,
    name: child.name,
    latest: find(child.id, overview.latestPeriod),
    yearToDate: find(child.id, year),
    status: statusesForUnit(overview, child.id)[0] ?? null,
    quality: overview.quality.byUnit[String(child.id)] ?? null,
  }));
}

/** Children that report the indicator or have a figure or a target: the rest would be empty rows. */
export function relevantChildRows(rows: ChildRow[]): ChildRow[] {
  return rows.filter((r) => r.latest || r.yearToDate || r.status || (r.quality && r.quality.expected > 0));
}

export function countByStatus(statuses: UnitTargetStatus[]): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = { met: 0, on_track: 0, at_risk: 0, missed: 0, no_data: 0 };
  for (const s of statuses) counts[s.status]++;
  return counts;
}

/** Change from the period before the latest one; null when either is missing. */
export function latestChange(values: (number | null)[]): {
  latest: number | null;
  previous: number | null;
  delta: number | null;
} {
  const latest = values[values.length - 1] ?? null;
  const previous = values[values.length - 2] ?? null;
  return { latest, previous, delta: latest !== null && previous !== null ? latest - previous : null };
}
