// The choropleth: the scope's units coloured by one indicator, drawn from GeoJSON boundaries
// served by our own server (no tile server: it works on a closed network). A click on a unit
// opens its drill-down. Region centres in screen pixels are published on the host element
// (data-centers) once drawn, for keyboard-free automation and for the list below.
import { Badge, Group, Select, Text, Tooltip } from "@mantine/core";
import * as echarts from "echarts";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { localeForLanguage } from "../lib/format";
import type { GeoAnswer } from "./api";
import { formatFigure } from "./dash-format";
import { EChart } from "./EChart";

export interface MapIndicator {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  direction: "up" | "down";
}

interface Props {
  geo: GeoAnswer;
  indicator: MapIndicator | null;
  indicators: MapIndicator[];
  values: Map<number, number | null>;
  onIndicator: (code: string) => void;
  onPick: (unitId: number) => void;
  /** Reported back once the map for this key has been drawn (the page's readiness). */
  renderKey: string;
  onRendered: (renderKey: string) => void;
  height?: number | string;
  compact?: boolean;
}

/** Centre of a polygon's outer ring (vertex mean is enough to land inside these shapes). */
function centreOf(geometry: { type: string; coordinates: unknown }): [number, number] {
  const ring = (
    geometry.type === "MultiPolygon"
      ? (geometry.coordinates as number[][][][])[0][0]
      : (geometry.coordinates as number[][][])[0]
  ).slice(0, -1);
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return a ? [cx / (3 * a), cy / (3 * a)] : [ring[0][0], ring[0][1]];
}

export function MapPanel({
  geo,
  indicator,
  indicators,
  values,
  onIndicator,
  onPick,
  renderKey,
  onRendered,
  height = 420,
  compact = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeForLanguage(i18n.language);
  const hostRef = useRef<HTMLDivElement>(null);
  const mapName = useMemo(() => {
    const name = `dh-${geo.unit.id}-${geo.source}-${geo.geojson.features.map((f) => f.properties.code).join("|").length}-${geo.geojson.features.length}`;
    // registerMap wants its own GeoJSON type; ours is the same shape, typed for our needs.
    echarts.registerMap(name, geo.geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
    return name;
  }, [geo]);
  const byCode = useMemo(
    () => new Map(geo.geojson.features.map((f) => [f.properties.code, f.properties])),
    [geo],
  );

  const option = useMemo(() => {
    const data = geo.geojson.features.map((f) => ({
      name: f.properties.code,
      value: values.get(f.properties.id) ?? null,
    }));
    const nums = data.map((d) => d.value).filter((v): v is number => v !== null && Number.isFinite(v));
    const min = nums.length ? Math.min(...nums) : 0;
    const max = nums.length ? Math.max(...nums) : 1;
    // One value (a ward's own map) says nothing about better or worse: a neutral colour.
    const colors = max > min ? ["#c92a2a", "#f59f00", "#2b8a3e"] : ["#4c6ef5", "#4c6ef5"];
    const d = indicator?.decimals ?? 1;
    return {
      animation: false,
      tooltip: {
        trigger: "item",
        formatter: (p: { name: string; value: number | null }) =>
          `${byCode.get(p.name)?.name ?? p.name}<br/><b>${formatFigure(Number.isFinite(p.value as number) ? p.value : null, d, locale)}</b> ${indicator?.unit ?? ""}`,
      },
      visualMap: {
        min,
        max: max > min ? max : min + 1,
        orient: "horizontal",
        left: 8,
        bottom: 6,
        itemWidth: 10,
        itemHeight: compact ? 90 : 140,
        text: [formatFigure(max, d, locale), formatFigure(min, d, locale)],
        textStyle: { fontSize: compact ? 14 : 11, color: compact ? "#dbe4ff" : "#495057" },
        inRange: { color: indicator?.direction === "down" ? [...colors].reverse() : colors },
        outOfRange: { color: "#dee2e6" },
        calculable: false,
      },
      geo: {
        map: mapName,
        nameProperty: "code",
        roam: false,
        aspectScale: Math.cos((21.2 * Math.PI) / 180),
        // A box on all four sides: the map is fitted inside it with its aspect kept.
        top: 8,
        bottom: 36,
        left: 8,
        right: 8,
        itemStyle: { areaColor: "#dee2e6", borderColor: "#ffffff", borderWidth: 0.8 },
        emphasis: {
          label: {
            show: true,
            fontSize: compact ? 16 : 11,
            formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? p.name,
          },
          itemStyle: { areaColor: "#ffd43b" },
        },
        select: { disabled: true },
      },
      series: [{ type: "map", geoIndex: 0, data }],
    };
  }, [geo, values, indicator, mapName, byCode, locale, compact]);

  const published = (chart: echarts.ECharts, drawn: string) => {
    const centers: Record<string, [number, number]> = {};
    for (const f of geo.geojson.features) {
      const px = chart.convertToPixel({ geoIndex: 0 }, centreOf(f.geometry)) as number[] | undefined;
      if (px) centers[f.properties.code] = [Math.round(px[0]), Math.round(px[1])];
    }
    if (hostRef.current) hostRef.current.dataset.centers = JSON.stringify(centers);
    onRendered(drawn);
  };

  const pick = (params: echarts.ECElementEvent) => {
    const unit = byCode.get(params.name);
    if (unit) onPick(unit.id);
  };

  return (
    <div ref={hostRef} className="dh-map" data-testid="dashboard-map">
      {!compact && (
        <Group justify="space-between" mb={6} wrap="nowrap" gap="xs">
          <Select
            size="xs"
            aria-label={t("dash.mapIndicator")}
            data={indicators.map((i) => ({ value: i.code, label: i.name }))}
            value={indicator?.code ?? null}
            onChange={(v) => v && onIndicator(v)}
            allowDeselect={false}
            searchable
            style={{ flex: 1, minWidth: 0 }}
          />
          {geo.source === "demo" && (
            <Tooltip label={t("dash.mapDemoHint")} multiline w={280} withArrow>
              <Badge variant="light" color="gray" size="sm">
                {t("dash.mapDemo")}
              </Badge>
            </Tooltip>
          )}
        </Group>
      )}
      <EChart
        option={option}
        height={height}
        ariaLabel={t("dash.mapAria", { name: indicator?.name ?? "" })}
        onRendered={published}
        renderKey={renderKey}
        onClick={pick}
        testId="map-canvas"
      />
      {geo.missing.length > 0 && !compact && (
        <Text size="xs" c="dimmed">
          {t("dash.mapMissing", { names: geo.missing.map((m) => m.name).join(", ") })}
        </Text>
      )}
      {!compact && (
        <details className="dh-map-list">
          <summary>{t("dash.mapList")}</summary>
          <ul>
            {geo.geojson.features.map((f) => (
              <li key={f.properties.code}>
                <button type="button" onClick={() => onPick(f.properties.id)}>
                  {f.properties.name}:{" "}
                  {formatFigure(values.get(f.properties.id) ?? null, indicator?.decimals ?? 1, locale)}{" "}
                  {indicator?.unit}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
