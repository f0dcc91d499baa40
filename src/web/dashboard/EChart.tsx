// An ECharts host for the dashboard: one instance per element, resized with its box, options
// replaced on change, and a callback once a frame has been fully drawn (the page's "data-ready"
// waits for it) and on clicks. The chart is an image to assistive technology; every chart here has
// a table or list carrying the same figures.
import * as echarts from "echarts";
import { useEffect, useRef } from "react";

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height: number | string;
  ariaLabel: string;
  /** Called when a frame is fully drawn, with the renderKey of the option it drew. */
  onRendered?: (chart: echarts.ECharts, renderKey: string) => void;
  /** Names the option; reported back by onRendered so a caller can tell which option was drawn. */
  renderKey?: string;
  onClick?: (params: echarts.ECElementEvent) => void;
  testId?: string;
  className?: string;
}

export function EChart({
  option,
  height,
  ariaLabel,
  onRendered,
  onClick,
  testId,
  className,
  renderKey = "",
}: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const rendered = useRef(onRendered);
  const clicked = useRef(onClick);
  const drawnKey = useRef("");
  rendered.current = onRendered;
  clicked.current = onClick;

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("finished", () => rendered.current?.(instance, drawnKey.current));
    instance.on("click", (p) => clicked.current?.(p as echarts.ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    drawnKey.current = renderKey;
    chart.current?.setOption(option, { notMerge: true });
  }, [option, renderKey]);

  return (
    <div
      ref={host}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      className={className}
      style={{ width: "100%", height }}
    />
  );
}
