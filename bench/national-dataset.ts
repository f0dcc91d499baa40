// Synthetic national dataset for the benchmarks: 34 provinces, their communes, indicators and
// months, with values drawn from a seeded generator so that every run writes the same rows.

export interface Scale {
  provinces: number;
  communesPerProvince: number;
  indicators: number;
  months: number;
}

export const SCALES: Record<string, Scale> = {
  // Small: runs in a few minutes on 2 cores; the default.
  small: { provinces: 34, communesPerProvince: 20, indicators: 20, months: 12 },
  // Medium: every commune of the country, 50 indicators, one year (2M values).
  medium: { provinces: 34, communesPerProvince: 98, indicators: 50, months: 12 },
  // Full: the national scale of the issue, 34 × 3,321 communes × 200 indicators × 36 months ≈ 24M values.
  full: { provinces: 34, communesPerProvince: 98, indicators: 200, months: 36 },
};

export function totalValues(s: Scale): number {
  return s.provinces * s.communesPerProvince * s.indicators * s.months;
}

export function monthCodes(s: Scale, firstYear = 2023): { code: string; start: string; end: string }[] {
  const out = [];
  for (let i = 0; i < s.months; i++) {
    const y = firstYear + Math.floor(i / 12);
    const m = (i % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, "0");
    out.push({ code: `${y}${mm}`, start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(last).padStart(2, "0")}` });
  }
  return out;
}

/** Indicator i is a ratio when i is even (numerator/denominator), a sum otherwise. */
export const isRatioIndicator = (i: number) => i % 2 === 0;
export const indicatorCode = (i: number) => `B${String(i).padStart(3, "0")}`;
export const provinceCode = (p: number) => `T${String(p).padStart(2, "0")}`;
export const communeCode = (p: number, c: number) => `T${String(p).padStart(2, "0")}X${String(c).padStart(3, "0")}`;

export interface GeneratedRow {
  indicator: string;
  orgUnit: string;
  period: string;
  value?: number;
  numerator?: number;
  denominator?: number;
}

/** Rows in batches (indicator-major inside a month), generated lazily to keep memory flat. */
export function* rowBatches(s: Scale, batchSize: number): Generator<GeneratedRow[]> {
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  let batch: GeneratedRow[] = [];
  for (const m of monthCodes(s))
    for (let i = 0; i < s.indicators; i++)
      for (let p = 0; p < s.provinces; p++)
        for (let c = 0; c < s.communesPerProvince; c++) {
          const row: GeneratedRow = { indicator: indicatorCode(i), orgUnit: communeCode(p, c), period: m.code };
          if (isRatioIndicator(i)) {
            const den = 50 + Math.floor(rnd() * 500);
            row.numerator = Math.floor(den * (0.4 + rnd() * 0.6));
            row.denominator = den;
          } else row.value = Math.floor(rnd() * 1000);
          batch.push(row);
          if (batch.length === batchSize) {
            yield batch;
            batch = [];
          }
        }
  if (batch.length) yield batch;
}
