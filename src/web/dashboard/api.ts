// The dashboard's server calls and their shapes (see src/server/dashboard). Every query key starts
// with "dashboard" so a live change event can refetch exactly the figures it touches.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../lib/api";

export type TargetStatus = "met" | "on_track" | "at_risk" | "missed" | "no_data";

export interface IndicatorBrief {
  id: number;
  code: string;
  name: string;
  unit: string;
  decimals: number;
  direction: "up" | "down";
  aggregation: string;
  periodType: string;
}

export interface TargetSummary {
  id: number;
  comparator: string;
  value: number;
  valueMax: number | null;
  period: string;
  label: string;
  planRef: string | null;
}

export interface PointValue {
  period: string;
  value: number | null;
}

export interface Tile {
  indicator: IndicatorBrief & { groups: string[] };
  period: string;
  periodLabel: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  previous: PointValue;
  lastYear: PointValue;
  changePrevious: number | null;
  changeLastYear: number | null;
  sparkline: PointValue[];
  target: TargetSummary | null;
  status: TargetStatus | null;
  statusLabel: string | null;
  targetActual: number | null;
  explanation: string | null;
  lastUpdated: string | null;
}

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  kind?: string;
}

export interface Overview {
  unit: UnitRef;
  asOf: string;
  tiles: Tile[];
  children: (UnitRef & { values: Record<string, number | null> })[];
}

export interface RankingItem extends UnitRef {
  value: number | null;
  rank: number | null;
  previousValue: number | null;
  previousRank: number | null;
  movement: number | null;
}

export interface Ranking {
  unit: UnitRef;
  mode: "indicator" | "score";
  title: string;
  unitLabel: string;
  decimals: number;
  period: string;
  periodLabel: string;
  weights: { indicator: string; weight: number; name: string }[];
  items: RankingItem[];
}

export interface TargetForecast {
  indicator: { id: number; code: string; name: string; unit: string; decimals: number };
  target: TargetSummary;
  projected: number | null;
  lower: number | null;
  upper: number | null;
  method: string | null;
  horizon: number;
  atRisk: boolean;
  probabilityMet: number | null;
  targetDate: string;
  explanation: string;
}

export interface Panels {
  tasks: {
    byUnit: (UnitRef & { overdue: number; open: number; dueSoon: number; done: number })[];
    totals: { overdue: number; open: number; dueSoon: number; done: number };
    overdueTasks: { id: number; title: string; unitName: string; dueOn: string; daysLate: number }[];
  } | null;
  reports: {
    byUnit: (UnitRef & { onTime: number; late: number; missing: number; expected: number })[];
    totals: { onTime: number; late: number; missing: number; expected: number; onTimeRate: number | null };
  } | null;
  feedback: {
    byUnit: (UnitRef & { total: number; onTime: number; late: number; overdueOpen: number })[];
    totals: { total: number; onTime: number; late: number; overdueOpen: number; onTimeRate: number | null };
  } | null;
}

export interface GeoAnswer {
  unit: UnitRef;
  source: "demo" | "import";
  outline: unknown;
  geojson: {
    type: "FeatureCollection";
    features: { type: "Feature"; properties: UnitRef; geometry: { type: string; coordinates: unknown } }[];
  };
  missing: UnitRef[];
}

export interface StoredFigure {
  orgUnitId: number;
  orgUnitCode: string;
  orgUnitName: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface Drill {
  unit: UnitRef;
  breadcrumbs: UnitRef[];
  indicator: IndicatorBrief & {
    numeratorLabel: string | null;
    denominatorLabel: string | null;
    source: string | null;
    formula: string | null;
  };
  period: string;
  periodLabel: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: TargetSummary | null;
  status: TargetStatus | null;
  statusLabel: string | null;
  explanation: string | null;
  trend: PointValue[];
  children: (UnitRef & {
    hasChildren: boolean;
    value: number | null;
    previous: number | null;
    status: TargetStatus | null;
    statusLabel: string | null;
    numerator: number | null;
    denominator: number | null;
  })[];
  stored: StoredFigure[];
  storedTruncated: boolean;
}

export interface Meta {
  groups: { code: string; name: string }[];
  indicators: {
    code: string;
    name: string;
    unit: string;
    periodType: string;
    groups: string[];
    direction: "up" | "down";
    decimals: number;
  }[];
  presets: { code: string; name: string; weights: { indicator: string; weight: number }[] }[];
  today: string;
}

export interface ViewConfig {
  unitId?: number;
  groups?: string[];
  period?: string;
  rankIndicator?: string;
  scorePreset?: string;
  weights?: { indicator: string; weight: number }[];
  mapIndicator?: string;
  wallSeconds?: number;
}

export interface SavedView {
  id: number;
  token: string;
  name: string;
  config: ViewConfig;
  shared: boolean;
  owner: string;
  mine: boolean;
  version: number;
}

export interface DashboardQuery {
  unit: number | null;
  groups: string[];
  period: string | null;
}

const common = (q: DashboardQuery) => ({
  unit: q.unit ?? undefined,
  groups: q.groups.join(",") || undefined,
  period: q.period ?? undefined,
});

/** Which query families a change to `entity` makes stale. */
export function keysFor(entity: string): string[] {
  if (entity === "data_value" || entity === "target" || entity === "indicator")
    return ["overview", "drill", "ranking", "forecasts", "geo-values"];
  if (entity === "task" || entity === "report_submission" || entity === "feedback") return ["panels"];
  if (entity === "dashboard_view") return ["views"];
  return ["overview", "drill", "ranking", "forecasts", "panels"];
}

export function useMeta() {
  return useQuery({
    queryKey: ["dashboard", "meta"],
    queryFn: ({ signal }) => api.get<Meta>("/dashboard/meta", undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useOverview(q: DashboardQuery) {
  return useQuery({
    queryKey: ["dashboard", "overview", q],
    queryFn: ({ signal }) => api.get<Overview>("/dashboard/overview", common(q), signal),
    enabled: q.unit !== null,
    placeholderData: (prev) => prev,
  });
}

export function useRanking(
  q: DashboardQuery,
  rank: { indicator?: string; preset?: string; weights?: string },
) {
  return useQuery({
    queryKey: ["dashboard", "ranking", q.unit, q.period, rank],
    queryFn: ({ signal }) =>
      api.get<Ranking>(
        "/dashboard/ranking",
        { unit: q.unit ?? undefined, period: q.period ?? undefined, ...rank },
        signal,
      ),
    enabled: q.unit !== null,
    placeholderData: (prev) => prev,
  });
}

export function useForecasts(q: DashboardQuery) {
  return useQuery({
    queryKey: ["dashboard", "forecasts", q],
    queryFn: ({ signal }) => api.get<{ items: TargetForecast[] }>("/dashboard/forecasts", common(q), signal),
    enabled: q.unit !== null,
    placeholderData: (prev) => prev,
  });
}

export function usePanels(unit: number | null) {
  return useQuery({
    queryKey: ["dashboard", "panels", unit],
    queryFn: ({ signal }) => api.get<Panels>("/dashboard/panels", { unit: unit ?? undefined }, signal),
    enabled: unit !== null,
    placeholderData: (prev) => prev,
  });
}

export function useGeo(unit: number | null) {
  return useQuery({
    queryKey: ["dashboard", "geo", unit],
    queryFn: ({ signal }) => api.get<GeoAnswer>("/dashboard/geo", { unit: unit ?? undefined }, signal),
    enabled: unit !== null,
    staleTime: 10 * 60_000,
  });
}

export function useDrill(unit: number | null, indicator: string | null, period: string | null) {
  return useQuery({
    queryKey: ["dashboard", "drill", unit, indicator, period],
    queryFn: ({ signal }) =>
      api.get<Drill>(
        "/dashboard/drill",
        { unit: unit ?? undefined, indicator: indicator ?? undefined, period: period ?? undefined },
        signal,
      ),
    enabled: unit !== null && indicator !== null,
    placeholderData: (prev) => prev,
  });
}

export function useViews() {
  return useQuery({
    queryKey: ["dashboard", "views"],
    queryFn: ({ signal }) => api.get<{ items: SavedView[] }>("/dashboard/views", undefined, signal),
  });
}

export function useSharedView(token: string | null) {
  return useQuery({
    queryKey: ["dashboard", "shared-view", token],
    queryFn: ({ signal }) =>
      api.get<{ item: SavedView }>(
        `/dashboard/views/shared/${encodeURIComponent(token ?? "")}`,
        undefined,
        signal,
      ),
    enabled: !!token,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: number; version?: number; name: string; config: ViewConfig; shared: boolean }) =>
      v.id
        ? api.put<{ item: SavedView }>(`/dashboard/views/${v.id}`, {
            name: v.name,
            config: v.config,
            shared: v.shared,
            version: v.version,
          })
        : api.post<{ item: SavedView }>("/dashboard/views", {
            name: v.name,
            config: v.config,
            shared: v.shared,
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["dashboard", "views"] }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete<void>(`/dashboard/views/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ["dashboard", "views"] }),
  });
}

export function briefUrl(q: DashboardQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(common(q))) if (v !== undefined) params.set(k, String(v));
  return `/api/v1/dashboard/brief.docx?${params.toString()}`;
}
