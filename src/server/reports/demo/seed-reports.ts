// Demo data of the reporting capability: the regimes of demo-regimes.ts and, for past periods,
// submissions in every state with backdated timestamps, so that the calendar, the rates and the
// review screens have something to show and lateness is fixed relative to the seed's "today".
// The latest closed quarter of the steering-committee report is left for the browser test:
// two wards sent on time and await review, Xã Lạng Giang has sent nothing yet.
import { HolidayCalendar, parseDeadlineRule } from "../../../core/calendar";
import { addDays, type Period, previousPeriod } from "../../../core/periods";
import { appendAudit } from "../../audit/audit.repo";
import { loadUnitIndex, type UnitNode } from "../../data/unit-map";
import type { Queryable } from "../../db/db";
import { formatViDate } from "../../documents/vi-format";
import { listIndicators } from "../../indicators/indicators.repo";
import { currentPeriod, expectedPeriods, regimeDueOn } from "../regime-rules";
import * as regimes from "../regimes.repo";
import { expectedUnits, regimeIndicators, slotsFor } from "../report-scope";
import type { Regime } from "../reports.types";
import * as repo from "../submissions.repo";
import {
  DEMO_REGIMES,
  DEMO_RETURN_REASONS,
  DEMO_TEXTS,
  type DemoRegime,
  DTI_QUARTERLY,
} from "./demo-regimes";

type Plan =
  | "accepted_on_time"
  | "accepted_late"
  | "submitted_on_time"
  | "submitted_late"
  | "returned"
  | "draft"
  | "none";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = (r: number, table: [number, Plan][]): Plan => table.find(([p]) => r < p)?.[1] ?? "none";
const OLDER: [number, Plan][] = [
  [0.72, "accepted_on_time"],
  [0.84, "accepted_late"],
  [0.9, "returned"],
  [0.94, "draft"],
];
const LAST: [number, Plan][] = [
  [0.45, "accepted_on_time"],
  [0.6, "accepted_late"],
  [0.72, "submitted_on_time"],
  [0.8, "submitted_late"],
  [0.86, "returned"],
  [0.9, "draft"],
];
const DTI_LAST: [number, Plan][] = [
  [0.25, "submitted_on_time"],
  [0.4, "submitted_late"],
  [0.55, "draft"],
];
const OPEN: [number, Plan][] = [
  [0.15, "submitted_on_time"],
  [0.35, "draft"],
];
/** The browser test's units in the latest closed quarter of the steering-committee report. */
const DTI_FIXED: Record<string, Plan> = {
  "P-DA-MAI": "submitted_on_time",
  "P-TIEN-PHONG": "submitted_on_time",
  "P-BAC-GIANG": "draft",
  "X-LANG-GIANG": "none",
  "P-TAN-AN": "returned",
};

const vnTime = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+07:00`).toISOString();
const REVIEWER = { id: null, name: "Trần Thị Tổng hợp" };

function unitsOf(d: DemoRegime, all: UnitNode[]): UnitNode[] {
  if (d.units === "wards_communes")
    return all.filter((u) => (u.kind === "ward" || u.kind === "commune") && !u.validTo);
  return d.units.map((c) => all.find((u) => u.code === c)).filter((u): u is UnitNode => !!u);
}

function narrativeFor(regime: Regime, rand: () => number, full: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  regime.sections.forEach((s, i) => {
    if (!full && i > 0) return;
    if (!s.required && rand() < 0.5) return;
    const texts = DEMO_TEXTS[s.key] ?? ["Đơn vị đã triển khai các nhiệm vụ theo kế hoạch."];
    out[s.key] = texts[Math.floor(rand() * texts.length)];
  });
  return out;
}

export async function seedReportsDemo(tx: Queryable, opts: { today: string }): Promise<void> {
  const today = opts.today;
  const idx = await loadUnitIndex(tx);
  if (!idx.byCode.has("bn")) return;
  const all = [...idx.byId.values()];
  const known = new Set((await listIndicators(tx, { includeInactive: true })).map((i) => i.code));
  const calendar = new HolidayCalendar();
  let submissions = 0;
  for (const d of DEMO_REGIMES) {
    const receiving = all.find((u) => u.code === d.receiving);
    if (!receiving) continue;
    const type = d.frequency === "adhoc" ? "month" : d.frequency;
    let start: Period = currentPeriod(type, today);
    for (let i = 0; i < d.startBack; i++) start = previousPeriod(start);
    const adhocDue = d.frequency === "adhoc" ? addDays(today, 7) : null;
    const deadlineText = adhocDue ? `trước ngày ${formatViDate(adhocDue)}` : d.deadlineText;
    const id = await regimes.insertRegime(
      tx,
      {
        code: d.code,
        name: d.name,
        legalBasis: d.legalBasis,
        content: d.content,
        frequency: d.frequency,
        method: "system",
        receivingUnitId: receiving.id,
        cutoffStartDay: 15,
        deadlineText,
        deadlineRule: parseDeadlineRule(deadlineText),
        indicatorCodes: d.indicatorCodes.filter((c) => known.has(c)),
        extraItems: d.extraItems,
        sections: d.sections,
        template: d.template,
        startPeriod: start.code,
        endPeriod: null,
        adhocDue,
        remindBefore: [3, 1],
        active: true,
        unitIds: unitsOf(d, all).map((u) => u.id),
      },
      null,
    );
    if (!d.withSubmissions) continue;
    const regime = (await regimes.getRegime(tx, id)) as Regime;
    const inds = await regimeIndicators(tx, regime);
    const periods = expectedPeriods(regime, today);
    const closed = periods.filter((p) => regimeDueOn(regime, p, calendar) < today);
    const lastClosed = closed[closed.length - 1]?.code;
    for (const [pi, period] of periods.entries()) {
      const due = regimeDueOn(regime, period, calendar);
      for (const unit of expectedUnits(regime, idx, period)) {
        const rand = rng(unit.id * 7919 + pi * 104729 + id * 31);
        const r = rand();
        const isLast = period.code === lastClosed;
        const plan: Plan =
          due >= today
            ? pick(r, OPEN)
            : !isLast
              ? pick(r, OLDER)
              : d.code === DTI_QUARTERLY
                ? (DTI_FIXED[unit.code] ?? pick(r, DTI_LAST))
                : pick(r, LAST);
        if (plan === "none") continue;
        const late = plan.endsWith("_late") || (plan === "returned" && rand() < 0.3);
        let sentOn = late
          ? addDays(due, 1 + Math.floor(rand() * 8))
          : addDays(due, -1 - Math.floor(rand() * 4));
        if (sentOn >= today) sentOn = addDays(today, -1);
        if (sentOn < period.start) sentOn = period.start;
        const sentAt = vnTime(sentOn, "09:30");
        const sent = plan !== "draft";
        const narrative = narrativeFor(regime, rand, sent);
        const status =
          plan === "draft"
            ? "draft"
            : plan.startsWith("submitted")
              ? "submitted"
              : plan === "returned"
                ? "returned"
                : "accepted";
        const sid = await repo.insertSubmission(
          tx,
          regime.id,
          period.code,
          unit.id,
          {
            status: sent ? "submitted" : "draft",
            narrative,
            dueOn: due,
            firstSubmittedAt: sent ? sentAt : null,
            submittedAt: sent ? sentAt : null,
            submittedBy: null,
            submittedByName: sent ? `Cán bộ ${unit.name}` : null,
            submitCount: sent ? 1 : 0,
          },
          sentAt,
        );
        submissions++;
        await repo.addLog(
          tx,
          sid,
          sent ? "submit" : "save",
          { id: null, name: `Cán bộ ${unit.name}` },
          null,
          sentAt,
        );
        if (status === "accepted" || status === "returned") {
          let reviewOn = addDays(sentOn, 2);
          if (reviewOn >= today) reviewOn = sentOn;
          const at = vnTime(reviewOn, "15:00");
          const reason =
            status === "returned"
              ? DEMO_RETURN_REASONS[Math.floor(rand() * DEMO_RETURN_REASONS.length)]
              : null;
          await repo.reviewSubmission(tx, sid, status, REVIEWER, reason, at);
          await repo.addLog(tx, sid, status === "accepted" ? "accept" : "return", REVIEWER, reason, at);
          if (status === "accepted") {
            const keys = slotsFor(regime, inds, period, unit).flatMap((s) =>
              s.periods.map((p) => ({ indicatorId: s.ind.id, period: p.code })),
            );
            await repo.approveFigures(tx, unit.id, keys, null);
          }
        }
      }
    }
  }
  await appendAudit(tx, {
    actorId: null,
    actorName: "system",
    action: "report.demo_seed",
    entityType: "report_regime",
    orgUnitId: idx.byCode.get("bn")?.id ?? null,
    after: { regimes: DEMO_REGIMES.length, submissions },
  });
}
