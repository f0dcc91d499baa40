// Rà soát chế độ báo cáo: for each regime, how much of what it asks for the system already holds,
// and which regimes could be filled automatically or cut. The goal of NĐ 09 is fewer reports: a
// regime whose figures are all in the system should be produced from data, not typed again.

import type { Period } from "../../core/periods";
import { periodLabel } from "../../core/periods";
import { can } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import { loadUnitIndex, type UnitIndex, type UnitNode } from "../data/unit-map";
import type { Indicator } from "../indicators/indicators.types";
import { loadHolidayCalendar } from "./holidays";
import {
  expectedPeriods,
  periodTypeRankOf,
  regimeDueOn,
  unitActiveAt,
  unitReportsIndicator,
} from "./regime-rules";
import * as regimes from "./regimes.repo";
import { canSeeRegime } from "./regimes.service";
import { cellKey, filled, regimeIndicators, slotsFor, storedValues } from "./report-scope";
import { type ReportsEnv, todayOf } from "./reports.env";
import { FREQUENCY_LABEL_VI, type Regime } from "./reports.types";

export interface ReviewFlag {
  code: "AUTO_FILL" | "CUT_NO_NARRATIVE" | "DUPLICATE" | "LOW_COVERAGE";
  message: string;
}

/** Another regime asks for everything this one does, as often or more often, to the same receiver. */
function duplicateOf(r: Regime, all: Regime[]): Regime | undefined {
  if (r.extraItems.length || !r.indicatorCodes.length || r.frequency === "adhoc") return undefined;
  const mine = new Set(r.indicatorCodes.map((c) => c.toLowerCase()));
  return all.find(
    (o) =>
      o.id !== r.id &&
      o.active &&
      o.frequency !== "adhoc" &&
      o.receivingUnitId === r.receivingUnitId &&
      periodTypeRankOf(o.frequency) <= periodTypeRankOf(r.frequency) &&
      [...mine].every((c) => o.indicatorCodes.some((x) => x.toLowerCase() === c)) &&
      (o.indicatorCodes.length > mine.size || o.id < r.id),
  );
}

export function createReviewService(env: ReportsEnv) {
  const db = env.db;

  /** Per indicator: the units expected to report it in `period`, and those whose figures are in. */
  async function coverage(r: Regime, inds: Indicator[], period: Period, idx: UnitIndex) {
    const units = r.unitIds
      .map((id) => idx.byId.get(id))
      .filter((u): u is UnitNode => !!u && unitActiveAt(u, period));
    const codes = [
      ...new Set(
        units.flatMap((u) => slotsFor(r, inds, period, u).flatMap((s) => s.periods.map((p) => p.code))),
      ),
    ];
    const values = await storedValues(
      db,
      units.map((u) => u.id),
      inds.map((i) => i.id),
      codes,
    );
    const have = new Set(values.filter(filled).map((v) => cellKey(v.indicatorId, v.orgUnitId, v.period)));
    return inds.map((ind) => {
      const reporters = units.filter((u) => unitReportsIndicator(ind, u));
      const withData = reporters.filter(
        (u) =>
          !!ind.formula ||
          slotsFor(r, [ind], period, u)[0]?.periods.some((p) => have.has(cellKey(ind.id, u.id, p.code))),
      );
      return {
        code: ind.code,
        name: ind.name,
        computed: !!ind.formula,
        expectedUnits: reporters.length,
        unitsWithData: withData.length,
        held: withData.length > 0,
      };
    });
  }

  return {
    async review(ctx: Ctx) {
      const idx = await loadUnitIndex(db);
      const today = todayOf(env);
      const calendar = await loadHolidayCalendar(db);
      const all = await regimes.listRegimes(db);
      const items = [];
      for (const r of all.filter((x) => canSeeRegime(ctx, x, idx))) {
        // The latest period whose deadline has passed (else the current one): what a unit would
        // send now. Figures of the very last period may still be coming in, so up to two earlier
        // closed periods are looked at when the last one holds nothing yet.
        const inds = await regimeIndicators(db, r);
        const periods = expectedPeriods(r, today);
        const closed = periods.filter((p) => regimeDueOn(r, p, calendar) < today).reverse();
        const candidates = closed.length ? closed.slice(0, 3) : periods.slice(-1);
        let period = candidates[0];
        let indicatorRows = period ? await coverage(r, inds, period, idx) : [];
        for (const p of candidates.slice(1)) {
          if (indicatorRows.some((i) => i.held) || !inds.length) break;
          const rows = await coverage(r, inds, p, idx);
          if (rows.some((i) => i.held)) [period, indicatorRows] = [p, rows];
        }
        const missingCodes = r.indicatorCodes.filter(
          (c) => !inds.some((i) => i.code.toLowerCase() === c.toLowerCase()),
        );
        const dataItems = r.indicatorCodes.length + r.extraItems.length;
        const held = indicatorRows.filter((i) => i.held).length;
        const shareHeld = dataItems ? held / dataItems : null;
        const narrativeRequired = r.sections.some((s) => s.required);
        const flags: ReviewFlag[] = [];
        if (shareHeld === 1)
          flags.push({
            code: "AUTO_FILL",
            message:
              "Mọi nội dung số liệu đã có trong hệ thống: biểu số liệu có thể lập tự động, đơn vị không phải nhập lại.",
          });
        if (shareHeld === 1 && !narrativeRequired)
          flags.push({
            code: "CUT_NO_NARRATIVE",
            message:
              "Không có phần thuyết minh bắt buộc: có thể bãi bỏ việc gửi báo cáo, hệ thống tự tổng hợp.",
          });
        const dup = duplicateOf(r, all);
        if (dup)
          flags.push({
            code: "DUPLICATE",
            message: `Trùng lặp: mọi chỉ tiêu đã có trong chế độ “${dup.name}” (${FREQUENCY_LABEL_VI[dup.frequency].toLowerCase()}); có thể bãi bỏ hoặc gộp.`,
          });
        if (shareHeld !== null && shareHeld < 0.5)
          flags.push({
            code: "LOW_COVERAGE",
            message:
              "Phần lớn nội dung số liệu chưa có trong hệ thống: cần chuẩn hóa thành chỉ tiêu để thu thập một lần.",
          });
        items.push({
          regime: {
            id: r.id,
            code: r.code,
            name: r.name,
            frequency: r.frequency,
            frequencyLabel: FREQUENCY_LABEL_VI[r.frequency],
            receivingUnitName: r.receivingUnitName,
            canManage: can(ctx.who, "plan.manage", idx.byId.get(r.receivingUnitId)?.path ?? "\u0000"),
          },
          period: period?.code ?? null,
          periodLabel: period ? periodLabel(period) : null,
          dataItems,
          heldItems: held,
          share: shareHeld,
          indicators: indicatorRows,
          unknownIndicators: missingCodes,
          extraItems: r.extraItems,
          narrativeSections: r.sections.length,
          canAutoFill: shareHeld === 1,
          canCut: flags.some((f) => f.code === "CUT_NO_NARRATIVE" || f.code === "DUPLICATE"),
          flags,
        });
      }
      return {
        today,
        items,
        totals: {
          regimes: items.length,
          autoFill: items.filter((i) => i.canAutoFill).length,
          cut: items.filter((i) => i.canCut).length,
          dataItems: items.reduce((a, i) => a + i.dataItems, 0),
          heldItems: items.reduce((a, i) => a + i.heldItems, 0),
        },
      };
    },
  };
}
