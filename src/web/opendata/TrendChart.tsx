// A small line chart (ECharts) of one series: the province figure over the periods shown.
import * as echarts from "echarts";
import { useEffect, useRef } from "react";

export interface TrendPoint {
  label: string;
  value: number | null;
}

export function TrendChart({
  points,
  unit,
  ariaLabel,
}: {
  points: TrendPoint[];
  unit: string;
  ariaLabel: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.setOption({
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      tooltip: {
        trigger: "axis",
        valueFormatter: (v: unknown) =>
          typeof v === "number" ? `${v.toLocaleString("vi-VN", { maximumFractionDigits: 2 })} ${unit}` : "",
      },
      xAxis: { type: "category", data: points.map((p) => p.label), axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", name: unit, nameTextStyle: { align: "left" } },
      series: [
        {
          type: "line",
          data: points.map((p) => p.value),
          smooth: false,
          symbolSize: 6,
          connectNulls: false,
          color: "#1c4f8a",
        },
      ],
      aria: { enabled: true },
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [points, unit]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: "100%", height: 260 }} />;
}
