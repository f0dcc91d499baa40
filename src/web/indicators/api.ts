// Server calls of the indicator catalogue and the indicator page. Shapes follow
// src/server/indicators/indicators.schema.ts and indicator-overview.ts; the server owns them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PeriodType } from "../../core/periods";
import { api, apiRequest } from "../lib/api";
import type { Id, OrgUnitKind } from "../lib/types";

export const VALUE_TYPES = ["number", "integer", "percent"] as const;
export const AGGREGATIONS = ["sum", "average", "last", "ratio", "none"] as const;
export const PERIOD_TYPES = ["day", "week", "month", "quarter", "sixmonth", "ninemonth", "year"] as const;
export type ValueType = (typeof VALUE_TYPES)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface Disaggregation {
  dimension: string;
  options: { code: string; name: string }[];
}

/** The editable part of a definition (POST /indicators, PUT /indicators/:id without version). */
export interface IndicatorInput {
  code: string;
  name: string;
  unit: string;
  valueType: ValueType;
  aggregation: Aggregation;
  periodType: PeriodType;
  formula: string | null;
  direction: "up" | "down";
  decimals: number;
  scale: number;
  minValue: number | null;
  maxValue: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  reporterKinds: OrgUnitKind[];
  disaggregation: Disaggregation | null;
  dueDays: number;
  ownerUnitId: Id | null;
  monitorUnitId: Id | null;
  source: string | null;
  definition: string | null;
  isPublic: boolean;
  active?: boolean;
  groups: string[];
}

export interface Indicator extends IndicatorInput {
  id: Id;
  version: number;
  active: boolean;
  updatedAt: string;
}

export interface IndicatorGroup {
  id: Id;
  code: string;
  name: string;
  sort: number;
}

export interface IndicatorVersion {
  version: number;
  definition: Partial<Indicator> & Record<string, unknown>;
  changedAt: string;
  changedBy: string | null;
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  errors: { row: number; column: string; code: string; message: string }[];
}

export const INDICATORS_KEY = ["indicators"] as const;

export function useIndicatorList(includeInactive = false) {
  return useQuery({
    queryKey: [...INDICATORS_KEY, "list", includeInactive],
    queryFn: ({ signal }) =>
      api
        .get<{ items: Indicator[] }>(
          "/indicators",
          { includeInactive: includeInactive ? "true" : undefined },
          signal,
        )
        .then((r) => r.items),
    staleTime: 60_000,
  });
}

export function useIndicatorGroups() {
  return useQuery({
    queryKey: [...INDICATORS_KEY, "groups"],
    queryFn: ({ signal }) =>
      api.get<{ items: IndicatorGroup[] }>("/indicator-groups", undefined, signal).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

export function useIndicator(id: Id | null) {
  return useQuery({
    queryKey: [...INDICATORS_KEY, "detail", id],
    queryFn: ({ signal }) =>
      api.get<{ item: Indicator }>(`/indicators/${id}`, undefined, signal).then((r) => r.item),
    enabled: id !== null,
  });
}

export function useIndicatorVersions(id: Id | null) {
  return useQuery({
    queryKey: [...INDICATORS_KEY, "versions", id],
    queryFn: ({ signal }) =>
      api
        .get<{ items: IndicatorVersion[] }>(`/indicators/${id}/versions`, undefined, signal)
        .then((r) => r.items),
    enabled: id !== null,
  });
}

function useCatalogueWrite<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INDICATORS_KEY }),
  });
}

export function useSaveIndicator() {
  return useCatalogueWrite(({ id, version, input }: { id?: Id; version?: number; input: IndicatorInput }) =>
    id === undefined
      ? api.post<{ item: Indicator }>("/indicators", input).then((r) => r.item)
      : api.put<{ item: Indicator }>(`/indicators/${id}`, { ...input, version }).then((r) => r.item),
  );
}

export function useImportCatalogue() {
  return useCatalogueWrite(({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const form = new FormData();
    form.append("file", file);
    return apiRequest<ImportResult>("/indicators/import", {
      method: "POST",
      query: { dryRun: dryRun ? "true" : "false" },
      body: form,
    });
  });
}

export const CATALOGUE_EXPORT_URL = "/api/v1/indicators/export";

// ---- The indicator page (GET /indicators/:id/overview) ----

export interface AnalyticsRow {
  indicator: string;
  orgUnitId: Id;
  period: string;
  disagg?: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  count: number;
  units: number;
  lastUpdated: string | null;
}

export type TargetStatus = "met" | "on_track" | "at_risk" | "missed" | "no_data";
export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "between";

export interface TargetView {
  id: Id;
  indicatorId: Id;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  scopeKind: "unit" | "subtree" | "level";
  orgUnitId: Id;
  orgUnitName: string;
  levelKind: OrgUnitKind | null;
  period: string;
  planRef: string | null;
}

export interface UnitTargetStatus {
  status: TargetStatus;
  statusLabel: string;
  actual: number | null;
  actualDate: string | null;
  expectedNow: number | null;
  explanation: string;
  targetId: Id;
  orgUnitId: Id;
  orgUnitName?: string;
  series: { date: string; value: number }[];
  target: TargetView;
}

export interface QualityFigures {
  expected: number;
  filled: number;
  onTime: number;
  completeness: number | null;
  timeliness: number | null;
}

export interface IndicatorOverview {
  indicator: Indicator;
  orgUnit: { id: Id; code: string; name: string };
  latestPeriod: string;
  trend: AnalyticsRow[];
  children: { id: Id; code: string; name: string; kind: OrgUnitKind }[];
  breakdown: AnalyticsRow[];
  targets: UnitTargetStatus[];
  quality: { total: QualityFigures; byUnit: Record<string, QualityFigures> };
}

export function overviewKey(id: Id, orgUnit: Id | null, asOf: string | null) {
  return [...INDICATORS_KEY, "overview", id, orgUnit, asOf ?? ""] as const;
}

export function useIndicatorOverview(id: Id | null, orgUnit: Id | null, asOf: string | null) {
  return useQuery({
    queryKey: overviewKey(id ?? 0, orgUnit, asOf),
    queryFn: ({ signal }) =>
      api.get<IndicatorOverview>(`/indicators/${id}/overview`, { orgUnit, asOf: asOf ?? undefined }, signal),
    enabled: id !== null && orgUnit !== null,
    // Figures are aggregated live on the server: a leader's open page follows new entries.
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
