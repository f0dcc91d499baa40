import { encodePng } from "../documents/png-encode";

// A line chart as a PNG, drawn pixel by pixel so that a Word brief can carry charts without a
// browser or a font library: axes, grid, value labels in a small built-in digit font, and any
// number of series (solid or dashed). Gaps (null) break a line.

export interface LineSeries {
  values: (number | null)[];
  color: [number, number, number];
  dashed?: boolean;
  width?: number;
}

export interface LineChartOptions {
  width?: number;
  height?: number;
  /** Labels under the x axis, one per position ("10/25"); every few are drawn to avoid crowding. */
  xLabels?: string[];
  /** Digits after the decimal comma on the y axis. */
  decimals?: number;
}

// 5×7 glyphs, one string per row, for the characters axis labels need.
const GLYPHS: Record<string, string[]> = {
  "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
  "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
  "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
  "3": ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
  "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
  "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
  "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
  "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
  "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
  "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
  ",": ["00000", "00000", "00000", "00000", "00110", "00100", "01000"],
  ".": ["00000", "00000", "00000", "00000", "00000", "00110", "00110"],
  "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
  "/": ["00001", "00010", "00010", "00100", "01000", "01000", "10000"],
  "%": ["11001", "11010", "00010", "00100", "01000", "01011", "10011"],
  " ": ["00000", "00000", "00000", "00000", "00000", "00000", "00000"],
};

class Canvas {
  readonly px: Uint8Array;
  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    this.px = new Uint8Array(w * h * 4).fill(255);
  }
  set(x: number, y: number, [r, g, b]: [number, number, number]) {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= this.w || yi >= this.h) return;
    const i = (yi * this.w + xi) * 4;
    this.px[i] = r;
    this.px[i + 1] = g;
    this.px[i + 2] = b;
  }
  /** A segment of given thickness, optionally dashed (8 px on, 6 off). */
  line(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    color: [number, number, number],
    width = 1,
    dashed = false,
  ) {
    const len = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(len * 2));
    const r = (width - 1) / 2;
    for (let s = 0; s <= steps; s++) {
      const along = (s / steps) * len;
      if (dashed && along % 14 >= 8) continue;
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      for (let dx = -Math.ceil(r); dx <= Math.ceil(r); dx++)
        for (let dy = -Math.ceil(r); dy <= Math.ceil(r); dy++)
          if (dx * dx + dy * dy <= r * r + 0.25) this.set(x + dx, y + dy, color);
    }
  }
  text(x: number, y: number, s: string, color: [number, number, number], scale = 2) {
    let cx = x;
    for (const ch of s) {
      const g = GLYPHS[ch] ?? GLYPHS[" "];
      g.forEach((row, ry) => {
        for (let rx = 0; rx < 5; rx++)
          if (row[rx] === "1")
            for (let a = 0; a < scale; a++)
              for (let b = 0; b < scale; b++) this.set(cx + rx * scale + a, y + ry * scale + b, color);
      });
      cx += 6 * scale;
    }
  }
  textWidth(s: string, scale = 2) {
    return s.length * 6 * scale - scale;
  }
}

/** Round ticks covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) as number;
  const out: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step)
    out.push(Math.round(v / step) * step);
  return out;
}

const viNumber = (v: number, decimals: number) =>
  new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(v);

export function lineChartPng(series: LineSeries[], opts: LineChartOptions = {}): Buffer {
  const width = opts.width ?? 720;
  const height = opts.height ?? 300;
  const c = new Canvas(width, height);
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (hi === lo) {
    hi += Math.abs(hi) * 0.05 || 1;
    lo -= Math.abs(lo) * 0.05 || 1;
  }
  const pad = (hi - lo) * 0.08;
  const ticks = niceTicks(lo - pad, hi + pad);
  const yMin = ticks[0];
  const yMax = ticks[ticks.length - 1] > yMin ? ticks[ticks.length - 1] : yMin + 1;
  const labels = ticks.map((t) => viNumber(t, opts.decimals ?? 1));
  const left = 16 + Math.max(...labels.map((l) => c.textWidth(l)));
  const right = width - 16;
  const top = 14;
  const bottom = height - (opts.xLabels ? 34 : 16);
  const n = Math.max(1, ...series.map((s) => s.values.length));
  const xAt = (i: number) => (n === 1 ? (left + right) / 2 : left + ((right - left) * i) / (n - 1));
  const yAt = (v: number) => bottom - ((v - yMin) / (yMax - yMin)) * (bottom - top);

  const grid: [number, number, number] = [226, 230, 236];
  const axis: [number, number, number] = [90, 98, 112];
  ticks.forEach((t, k) => {
    const y = yAt(t);
    c.line(left, y, right, y, grid);
    c.text(left - 8 - c.textWidth(labels[k]), y - 7, labels[k], axis);
  });
  c.line(left, top, left, bottom, axis);
  c.line(left, bottom, right, bottom, axis);
  const xLabels = opts.xLabels;
  if (xLabels) {
    const every = Math.max(1, Math.ceil(xLabels.length / 8));
    xLabels.forEach((l, i) => {
      if (i % every !== 0 && i !== xLabels.length - 1) return;
      const x = xAt(i);
      c.line(x, bottom, x, bottom + 4, axis);
      c.text(Math.min(right - c.textWidth(l), Math.max(0, x - c.textWidth(l) / 2)), bottom + 10, l, axis);
    });
  }
  for (const s of series) {
    for (let i = 1; i < s.values.length; i++) {
      const a = s.values[i - 1];
      const b = s.values[i];
      if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
      c.line(xAt(i - 1), yAt(a), xAt(i), yAt(b), s.color, s.width ?? 3, s.dashed);
    }
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v) || s.dashed) return;
      c.line(xAt(i), yAt(v), xAt(i), yAt(v), s.color, (s.width ?? 3) + 3);
    });
  }
  return encodePng(width, height, c.px);
}
