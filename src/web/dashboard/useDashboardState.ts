// The dashboard's state lives in the URL (next to the scope's ?unit=), so that a reload, a
// bookmark or a copied address opens the same picture: period, groups, ranking, map indicator,
// the open drill-down and wall mode.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { parseId } from "../lib/types";
import type { ViewConfig } from "./api";

export interface DashboardState {
  period: string | null;
  groups: string[];
  /** Indicator code, or null for the composite score. */
  rankIndicator: string | null;
  preset: string;
  weights: { indicator: string; weight: number }[] | null;
  mapIndicator: string | null;
  drill: { indicator: string; unit: number | null; period: string | null } | null;
  wall: boolean;
  viewToken: string | null;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

export function parseWeights(text: string | null): { indicator: string; weight: number }[] | null {
  if (!text) return null;
  const out = text
    .split(",")
    .map((part) => part.split(":"))
    .filter(([code, w]) => code && CODE.test(code) && Number.isFinite(Number(w)) && Number(w) >= 0)
    .map(([code, w]) => ({ indicator: code, weight: Number(w) }));
  return out.length ? out : null;
}

export const weightsText = (w: { indicator: string; weight: number }[]) =>
  w.map((x) => `${x.indicator}:${x.weight}`).join(",");

export function useDashboardState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo<DashboardState>(() => {
    const code = (k: string) => {
      const v = params.get(k);
      return v && CODE.test(v) ? v : null;
    };
    const drillIndicator = code("drill");
    return {
      period:
        params.get("period") && /^[0-9A-Z]{4,10}$/.test(params.get("period") ?? "")
          ? params.get("period")
          : null,
      groups: (params.get("groups") ?? "").split(",").filter((g) => CODE.test(g)),
      rankIndicator: code("rank"),
      preset: code("preset") ?? "CDS",
      weights: parseWeights(params.get("weights")),
      mapIndicator: code("map"),
      drill: drillIndicator
        ? { indicator: drillIndicator, unit: parseId(params.get("drillUnit")), period: code("drillPeriod") }
        : null,
      wall: params.get("wall") === "1",
      viewToken:
        params.get("view") && /^[A-Za-z0-9_-]{8,64}$/.test(params.get("view") ?? "")
          ? params.get("view")
          : null,
    };
  }, [params]);

  const update = useCallback(
    (changes: Record<string, string | null>, push = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null || v === "") next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: !push },
      );
    },
    [setParams],
  );

  /** Applies a saved view's arrangement (its unit goes through the scope selector). */
  const applyView = useCallback(
    (config: ViewConfig, setUnit: (id: number) => void) => {
      update({
        period: config.period ?? null,
        groups: config.groups?.join(",") ?? null,
        rank: config.rankIndicator ?? null,
        preset: config.scorePreset ?? null,
        weights: config.weights ? weightsText(config.weights) : null,
        map: config.mapIndicator ?? null,
        view: null,
      });
      if (config.unitId) setUnit(config.unitId);
    },
    [update],
  );

  return { state, update, applyView };
}

/** The current arrangement as a saved view's configuration. */
export function toViewConfig(state: DashboardState, unitId: number | null): ViewConfig {
  const config: ViewConfig = {};
  if (unitId) config.unitId = unitId;
  if (state.period) config.period = state.period;
  if (state.groups.length) config.groups = state.groups;
  if (state.rankIndicator) config.rankIndicator = state.rankIndicator;
  if (state.preset !== "CDS") config.scorePreset = state.preset;
  if (state.weights) config.weights = state.weights;
  if (state.mapIndicator) config.mapIndicator = state.mapIndicator;
  return config;
}
