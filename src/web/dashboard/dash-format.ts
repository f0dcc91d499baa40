// Pure formatting for the dashboard: figures in vi-VN style, signed changes judged by the
// indicator's direction, status colours and sparkline geometry. No React here, so it is tested alone.
import { type AppLocale, formatNumber } from "../lib/format";
import type { TargetStatus } from "./api";

/** A figure with the indicator's own number of decimals: 76,7 · 3.992,3 · 22.701. */
export function formatFigure(
  value: number | null | undefined,
  decimals: number,
  locale: AppLocale = "vi-VN",
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return formatNumber(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }, locale);
}

/** A change with its sign (a change that rounds to zero has none): +0,5 · −1.320 · 0,0. */
export function formatChange(
  delta: number | null | undefined,
  decimals: number,
  locale: AppLocale = "vi-VN",
): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return "–";
  const rounded = Number(delta.toFixed(decimals));
  if (rounded === 0) return formatFigure(0, decimals, locale);
  return `${rounded > 0 ? "+" : "−"}${formatFigure(Math.abs(rounded), decimals, locale)}`;
}

export type Tone = "good" | "bad" | "flat";

/** Is this change good news? Up is good for most indicators, down for delays and costs. */
export function changeTone(delta: number | null | undefined, direction: "up" | "down", decimals = 1): Tone {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return "flat";
  const rounded = Number(delta.toFixed(decimals));
  if (rounded === 0) return "flat";
  return rounded > 0 === (direction === "up") ? "good" : "bad";
}

export const STATUS_COLOR: Record<TargetStatus | "none", string> = {
  met: "#2b8a3e",
  on_track: "#37b24d",
  at_risk: "#e8590c",
  missed: "#c92a2a",
  no_data: "#868e96",
  none: "#1b3a84",
};

export const TONE_COLOR: Record<Tone, string> = { good: "#2b8a3e", bad: "#c92a2a", flat: "#6b7385" };

/** "202610" → "10/2026", "2026Q3" → "Q3/2026", "2026" → "2026". */
export function shortPeriod(code: string): string {
  if (/^\d{6}$/.test(code)) return `${code.slice(4)}/${code.slice(0, 4)}`;
  const q = /^(\d{4})Q(\d)$/.exec(code);
  if (q) return `Q${q[2]}/${q[1]}`;
  return code;
}

/**
 * Polyline points for a sparkline in a w×h box (y grows downward), gaps skipped. Returns the
 * segments (a gap breaks the line) and the last point, for the end dot.
 */
export function sparkGeometry(
  values: (number | null)[],
  w: number,
  h: number,
  pad = 2,
): { segments: string[]; last: [number, number] | null } {
  const nums = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (nums.length === 0) return { segments: [], last: null };
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  const span = hi - lo || 1;
  const x = (i: number) => (values.length === 1 ? w / 2 : pad + ((w - 2 * pad) * i) / (values.length - 1));
  const y = (v: number) => (hi === lo ? h / 2 : h - pad - ((v - lo) / span) * (h - 2 * pad));
  const segments: string[] = [];
  let current: string[] = [];
  let last: [number, number] | null = null;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) segments.push(current.join(" "));
      current = [];
      return;
    }
    const p: [number, number] = [Math.round(x(i) * 10) / 10, Math.round(y(v) * 10) / 10];
    current.push(`${p[0]},${p[1]}`);
    last = p;
  });
  if (current.length) segments.push(current.join(" "));
  return { segments, last };
}

/** A colour on a red–amber–green scale for a share 0–1 (1 = best). */
export function scaleColor(share: number): string {
  const stops: [number, [number, number, number]][] = [
    [0, [201, 42, 42]],
    [0.5, [245, 159, 0]],
    [1, [43, 138, 62]],
  ];
  const s = Math.max(0, Math.min(1, share));
  const k = s <= 0.5 ? 0 : 1;
  const [a, ca] = stops[k];
  const [b, cb] = stops[k + 1];
  const f = (s - a) / (b - a);
  const mix = ca.map((c, i) => Math.round(c + (cb[i] - c) * f));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}
