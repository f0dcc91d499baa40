// A small ECharts host: one chart instance per element, resized with its box, options replaced
// on change. The chart is an image to assistive technology (role="img" + label); every chart on
// the indicator page has a table next to it carrying the same figures.
import * as echarts from "echarts";
import { useEffect, useRef } from "react";

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height?: number;
  ariaLabel: string;
  testId?: string;
}

export function EChart({ option, height = 320, ariaLabel, testId }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={host}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: "100%", height }}
    />
  );
}
