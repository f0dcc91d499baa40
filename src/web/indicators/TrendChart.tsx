// Trend of the last 24 periods for the chosen unit, with the target as a dashed line over the
// periods it covers. A summed indicator's yearly target is compared with the running total, drawn
// on its own axis so the monthly figures stay readable.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Indicator } from "./api";
import { EChart } from "./EChart";
import { formatValue, labelOfPeriod, shortPeriodLabel } from "./format";
import type { TrendModel } from "./overview-model";

export function TrendChart({
  model,
  indicator,
  unitName,
}: {
  model: TrendModel;
  indicator: Indicator;
  unitName: string;
}) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const language = i18n.language;
    const fmt = (v: number) => formatValue(v, indicator, language);
    const hasTarget = model.target.some((v) => v !== null);
    const cumulative = model.cumulative;
    const targetOnRight = !!cumulative;
    const series: Record<string, unknown>[] = [
      {
        name: t("ind.chart.value"),
        type: "line",
        data: model.values,
        smooth: false,
        symbolSize: 6,
        connectNulls: false,
        lineStyle: { width: 2.5, color: "#224394" },
        itemStyle: { color: "#224394" },
        areaStyle: { color: "rgba(34,67,148,0.07)" },
      },
    ];
    if (cumulative)
      series.push({
        name: t("ind.chart.cumulative"),
        type: "line",
        yAxisIndex: 1,
        data: cumulative,
        symbolSize: 4,
        lineStyle: { width: 2, color: "#7048e8" },
        itemStyle: { color: "#7048e8" },
      });
    if (hasTarget)
      series.push({
        name: t("ind.chart.target"),
        type: "line",
        yAxisIndex: targetOnRight ? 1 : 0,
        data: model.target,
        step: "middle",
        symbol: "none",
        lineStyle: { width: 2, type: "dashed", color: "#e03131" },
        itemStyle: { color: "#e03131" },
      });
    const axisLabel = { formatter: (v: number) => fmt(v), color: "#495057" };
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 64, right: targetOnRight ? 72 : 24, top: 44, bottom: 40 },
      legend: { top: 0, right: 0 },
      tooltip: {
        trigger: "axis",
        valueFormatter: (v: unknown) => (typeof v === "number" ? fmt(v) : "—"),
      },
      xAxis: {
        type: "category",
        data: model.periods.map(shortPeriodLabel),
        axisLabel: { color: "#495057" },
        axisPointer: {
          label: {
            formatter: (p: { dataIndex?: number; value: unknown }) =>
              labelOfPeriod(model.periods[p.dataIndex ?? 0] ?? String(p.value), language),
          },
        },
      },
      yAxis: [
        { type: "value", scale: true, axisLabel, name: indicator.unit, nameTextStyle: { color: "#495057" } },
        ...(targetOnRight
          ? [
              {
                type: "value",
                scale: false,
                axisLabel,
                splitLine: { show: false },
                name: t("ind.chart.cumulativeAxis"),
              },
            ]
          : []),
      ],
      series,
      textStyle: { fontFamily: "inherit" },
    };
  }, [model, indicator, t, i18n.language]);
  return (
    <EChart
      option={option}
      height={340}
      testId="trend-chart"
      ariaLabel={t("ind.chart.trendAria", {
        name: indicator.name,
        unit: unitName,
        count: model.periods.length,
      })}
    />
  );
}
