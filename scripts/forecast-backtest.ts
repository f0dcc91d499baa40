/**
 * How well the dashboard's forecasts would have done on the demo data.
 *
 *   npx tsx scripts/forecast-backtest.ts [--today YYYY-MM-DD] [--units]
 *
 * Builds the demo database in a temporary PGlite directory (or reads DATABASE_URL / --data-dir
 * when given), then for every stored indicator, at province level and for every ward and commune:
 *
 *  1. Series backtest: the last 6 months (2 quarters) are held out, the rest fitted with
 *     forecastSeries' automatic method (src/core/forecast), and MAPE / MAE of the held-out periods
 *     are reported.
 *  2. End-of-period backtest: the method the dashboard uses for targets (forecast-target.ts) is
 *     asked, at the end of each month from June to November of the last complete year, for that
 *     year's figure (year-to-date ratio, running sum...), and compared with the actual figure.
 *
 * MAPE is in percent of the actual value; MAE in the indicator's unit (percentage points for rates).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backtest } from "../src/core/forecast";
import { type Period, periodForDate, previousPeriod } from "../src/core/periods";
import { projectTarget, SEASON_LENGTH } from "../src/server/dashboard/forecast-target";
import { trailingPeriods } from "../src/server/dashboard/scope";
import { type AnalyticsRow, runAnalytics } from "../src/server/data/analytics";
import { loadUnitIndex } from "../src/server/data/unit-map";
import type { Db } from "../src/server/db/db";
import { migrate } from "../src/server/db/migrate";
import { openDb } from "../src/server/db/open";
import { seedDemo } from "../src/server/demo/seed";
import { seedIndicatorDemo } from "../src/server/indicators/demo/seed-indicators";
import { listIndicators } from "../src/server/indicators/indicators.repo";
import type { Indicator } from "../src/server/indicators/indicators.types";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

interface Errors {
  ape: number[];
  ae: number[];
}
const push = (e: Errors, actual: number, predicted: number) => {
  e.ae.push(Math.abs(actual - predicted));
  if (actual !== 0) e.ape.push((100 * Math.abs(actual - predicted)) / Math.abs(actual));
};
const mean = (a: number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : Number.NaN);
const median = (a: number[]) => {
  if (!a.length) return Number.NaN;
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : "–");

/** The actual figure of `year` from its periods, by the indicator's rule (what a target is judged on). */
function yearFigure(ind: Indicator, rows: AnalyticsRow[]): number | null {
  const have = rows.filter((r) => r.value !== null);
  if (!have.length) return null;
  if (ind.aggregation === "ratio") {
    const n = have.reduce((s, r) => s + (r.numerator ?? 0), 0);
    const d = have.reduce((s, r) => s + (r.denominator ?? 0), 0);
    return d ? (n / d) * ind.scale : null;
  }
  if (ind.aggregation === "sum") return have.reduce((s, r) => s + (r.value as number), 0);
  if (ind.aggregation === "average") return mean(have.map((r) => r.value as number));
  return have[have.length - 1].value;
}

async function openDemo(today: string): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const dataDir = arg("--data-dir");
  if (url || dataDir) {
    const db = await openDb({ databaseUrl: url, dataDir });
    return { db, cleanup: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), "dh-backtest-"));
  const db = await openDb({ dataDir: dir });
  await migrate(db);
  await seedDemo(db, [seedIndicatorDemo], today);
  return {
    db,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const today = arg("--today") ?? new Date().toISOString().slice(0, 10);
  const perUnit = process.argv.includes("--units");
  const t0 = Date.now();
  const { db, cleanup } = await openDemo(today);
  try {
    const idx = await loadUnitIndex(db);
    const province = [...idx.byId.values()].find((u) => u.kind === "province" && u.parentId === null);
    if (!province) throw new Error("Không có đơn vị cấp tỉnh trong cơ sở dữ liệu.");
    const communes = [...idx.byId.values()].filter(
      (u) => u.parentId === province.id && ["ward", "commune"].includes(u.kind) && !u.validTo,
    );
    const inds = (await listIndicators(db)).filter(
      (i) => !i.formula && (i.periodType === "month" || i.periodType === "quarter"),
    );
    const lastYear = Number(today.slice(0, 4)) - 1;
    console.log(
      `Backtest dự báo trên dữ liệu demo (${province.name}, ${communes.length} xã/phường), ngày ${today}\n`,
    );
    console.log(
      [
        "Chỉ tiêu".padEnd(22),
        "Kỳ".padEnd(7),
        "P.pháp".padEnd(13),
        "MAPE% tỉnh".padStart(10),
        "MAE tỉnh".padStart(10),
        "naive%".padStart(7),
        "MAPE% xã TV".padStart(11),
        "│",
        `Cuối năm ${lastYear}: MAPE% tỉnh`.padStart(25),
        "MAE tỉnh".padStart(9),
        "MAPE% xã".padStart(9),
        "MAE xã".padStart(8),
      ].join(" "),
    );
    const all = {
      naive: [] as number[],
      series: { ape: [], ae: [] } as Errors,
      year: { ape: [], ae: [] } as Errors,
      yearUnits: { ape: [], ae: [] } as Errors,
    };
    for (const ind of inds) {
      const last = previousPeriod(periodForDate(today, ind.periodType));
      const periods: Period[] = trailingPeriods(last, ind.periodType === "month" ? 36 : 12);
      const unitIds = [province.id, ...communes.map((c) => c.id)];
      const rows = await runAnalytics(
        db,
        { indicatorCodes: [ind.code], orgUnitIds: unitIds, periods: periods.map((p) => p.code) },
        idx,
      );
      const seriesOf = (u: number) =>
        periods.map((p) => {
          const r = rows.find((x) => x.orgUnitId === u && x.period === p.code);
          return {
            period: p.code,
            value: r?.value ?? null,
            numerator: r?.numerator ?? null,
            denominator: r?.denominator ?? null,
          };
        });
      const holdout = ind.periodType === "month" ? 6 : 2;
      const opts = {
        seasonLength: SEASON_LENGTH[ind.periodType] ?? 1,
        min: ind.minValue ?? undefined,
        max: ind.maxValue ?? undefined,
      };
      // 1. Series backtest.
      const firstIdx = (s: { value: number | null }[]) => s.findIndex((x) => x.value !== null);
      const prov = seriesOf(province.id);
      const provValues = prov.slice(Math.max(0, firstIdx(prov))).map((x) => x.value);
      const bt = backtest(provValues, holdout, opts);
      // Reference: the last value carried forward, what a reader does by eye.
      const naive = backtest(provValues, holdout, { ...opts, method: "naive" });
      all.naive.push(naive.mape ?? Number.NaN);
      const unitMapes: number[] = [];
      for (const c of communes) {
        const s = seriesOf(c.id);
        const vals = s.slice(Math.max(0, firstIdx(s))).map((x) => x.value);
        if (vals.filter((v) => v !== null).length <= holdout + 3) continue;
        const b = backtest(vals, holdout, opts);
        if (b.mape !== null) unitMapes.push(b.mape);
      }
      if (bt.mape !== null) all.series.ape.push(bt.mape);
      if (bt.mae !== null) all.series.ae.push(bt.mae);

      // 2. End-of-year backtest: cut after months 6..11 of last year (quarters 2..3), project the year.
      const yearCode = String(lastYear);
      const cuts = periods.filter(
        (p) =>
          p.start.slice(0, 4) === yearCode &&
          (ind.periodType === "month"
            ? p.code.slice(4) >= "06" && p.code.slice(4) <= "11"
            : p.code.endsWith("Q2") || p.code.endsWith("Q3")),
      );
      const yearEnd = (u: number, errs: Errors) => {
        const s = seriesOf(u);
        const actual = yearFigure(
          ind,
          rows
            .filter((r) => r.orgUnitId === u && r.period.startsWith(yearCode))
            .sort((a, b) => a.period.localeCompare(b.period)),
        );
        if (actual === null) return;
        for (const cut of cuts) {
          const history = s.filter((x) => x.period <= cut.code);
          const start = firstIdx(history);
          if (start < 0) continue;
          const pr = projectTarget({
            aggregation: ind.aggregation,
            scale: ind.scale,
            periodType: ind.periodType,
            min: ind.minValue,
            max: ind.maxValue,
            history: history.slice(start),
            targetPeriod: yearCode,
            target: { comparator: ">=", value: 0 },
          });
          if (pr.projected !== null) push(errs, actual, pr.projected);
        }
      };
      const provYear: Errors = { ape: [], ae: [] };
      yearEnd(province.id, provYear);
      const unitYear: Errors = { ape: [], ae: [] };
      for (const c of communes) yearEnd(c.id, unitYear);
      all.year.ape.push(...provYear.ape);
      all.year.ae.push(...provYear.ae);
      all.yearUnits.ape.push(...unitYear.ape);
      all.yearUnits.ae.push(...unitYear.ae);
      console.log(
        [
          ind.code.slice(0, 22).padEnd(22),
          (ind.periodType === "month" ? "tháng" : "quý").padEnd(7),
          bt.method.padEnd(13),
          f(bt.mape ?? Number.NaN).padStart(10),
          f(bt.mae ?? Number.NaN).padStart(10),
          f(naive.mape ?? Number.NaN).padStart(7),
          f(median(unitMapes)).padStart(11),
          "│",
          f(mean(provYear.ape)).padStart(25),
          f(mean(provYear.ae)).padStart(9),
          f(mean(unitYear.ape)).padStart(9),
          f(mean(unitYear.ae)).padStart(8),
        ].join(" "),
      );
      if (perUnit)
        for (const c of communes) {
          const e: Errors = { ape: [], ae: [] };
          yearEnd(c.id, e);
          console.log(`    ${c.code.padEnd(20)} cuối năm MAPE ${f(mean(e.ape))}%  MAE ${f(mean(e.ae))}`);
        }
    }
    console.log(
      `\nTrung bình: backtest chuỗi (giữ lại 6 tháng / 2 quý, cấp tỉnh) MAPE ${f(mean(all.series.ape))}% (giữ nguyên giá trị cuối: ${f(mean(all.naive))}%); ` +
        `dự báo giá trị cả năm ${lastYear} từ tháng 6–11: MAPE ${f(mean(all.year.ape))}% (tỉnh), ${f(mean(all.yearUnits.ape))}% (xã, phường).`,
    );
    console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
