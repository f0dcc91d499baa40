// Defining reporting regimes: checks every element NĐ 09/2019 asks for, parses the deadline as
// written, and refuses what cannot work (an unparseable deadline, a yearly indicator in a monthly
// report, a unit that does not exist) before anything is saved.
import {
  type DeadlineRule,
  DeadlineRuleError,
  formatDeadlineRule,
  parseDeadlineRule,
} from "../../core/calendar";
import { nextPeriod, type Period, periodLabel, tryParsePeriod } from "../../core/periods";
import { appendAudit } from "../audit/audit.repo";
import { can, scopePaths } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import { loadUnitIndex, type UnitIndex } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { formatViDate } from "../documents/vi-format";
import { type ErrorDetail, fail } from "../http/errors";
import { getIndicatorsByCodes } from "../indicators/indicators.repo";
import { loadHolidayCalendar } from "./holidays";
import {
  currentPeriod,
  indicatorFitsRegime,
  narrativeProblem,
  regimeDueOn,
  regimeWindow,
} from "./regime-rules";
import * as repo from "./regimes.repo";
import type { ReportsEnv } from "./reports.env";
import { todayOf } from "./reports.env";
import { reportError } from "./reports.errors";
import type { AdhocBodyT, RegimeBodyT } from "./reports.schemas";
import { DEFAULT_SECTION_MAX, type Regime, type SectionDef } from "./reports.types";

export function parseDeadlineOrFail(text: string): DeadlineRule {
  try {
    return parseDeadlineRule(text);
  } catch (e) {
    if (e instanceof DeadlineRuleError) throw reportError.deadlineInvalid(e.message);
    throw e;
  }
}

/** Who may see a regime: readers of its receiving unit, and units that report in it. */
export function canSeeRegime(ctx: Ctx, r: Regime, idx: UnitIndex): boolean {
  const path = idx.byId.get(r.receivingUnitId)?.path ?? "";
  if (can(ctx.who, "read", path)) return true;
  const roots = scopePaths(ctx.who, "read");
  return r.unitIds.some((id) => {
    const p = idx.byId.get(id)?.path;
    return !!p && roots.some((root) => p.startsWith(root));
  });
}

function sectionsOf(input: RegimeBodyT["sections"]): SectionDef[] {
  const used = new Set<string>();
  return input.map((s, i) => {
    let key = s.key ?? `muc_${i + 1}`;
    while (used.has(key)) key = `${key}_${i + 1}`;
    used.add(key);
    return {
      key,
      title: s.title,
      guidance: s.guidance ?? null,
      required: s.required,
      maxLength: s.maxLength ?? DEFAULT_SECTION_MAX,
    };
  });
}

async function validate(q: Queryable, w: repo.RegimeWrite, periodType: Period["type"]): Promise<void> {
  const problems: ErrorDetail[] = [];
  const idx = await loadUnitIndex(q);
  if (!idx.byId.has(w.receivingUnitId))
    problems.push({
      path: "receivingUnitId",
      message: `Không có đơn vị nhận báo cáo mã số ${w.receivingUnitId}.`,
    });
  for (const id of w.unitIds)
    if (!idx.byId.has(id))
      problems.push({ path: "unitIds", message: `Không có đơn vị báo cáo mã số ${id}.` });
  const codes = [...new Set(w.indicatorCodes.map((c) => c.trim()))];
  const found = await getIndicatorsByCodes(q, codes);
  const byCode = new Map(found.map((i) => [i.code.toLowerCase(), i]));
  for (const code of codes) {
    const ind = byCode.get(code.toLowerCase());
    if (!ind)
      problems.push({ path: "indicatorCodes", message: `Không có chỉ tiêu mã "${code}" trong danh mục.` });
    else if (!indicatorFitsRegime(ind.periodType, periodType))
      problems.push({
        path: "indicatorCodes",
        message: `Chỉ tiêu "${ind.code}" có kỳ số liệu dài hơn kỳ báo cáo (${ind.periodType} so với ${periodType}); không đưa vào chế độ này được.`,
      });
  }
  w.indicatorCodes = codes.map((c) => byCode.get(c.toLowerCase())?.code ?? c);
  if (!w.indicatorCodes.length && !w.sections.length && !w.extraItems.length)
    problems.push({
      path: "indicatorCodes",
      message: "Chế độ báo cáo cần ít nhất một chỉ tiêu, một nội dung số liệu hoặc một mục đề cương.",
    });
  for (const s of w.sections) {
    const p = s.guidance ? narrativeProblem({ title: s.title, maxLength: 2000 }, s.guidance) : undefined;
    if (p) problems.push({ path: "sections", message: p });
  }
  for (const [path, text] of [
    ["content", w.content],
    ["template.intro", w.template.intro],
  ] as const) {
    const p = text
      ? narrativeProblem(
          { title: path === "content" ? "Nội dung báo cáo" : "Lời mở đầu", maxLength: 4000 },
          text,
        )
      : undefined;
    if (p) problems.push({ path, message: p });
  }
  if (problems.length) throw reportError.regimeInvalid(problems);
}

function periodsOf(b: { startPeriod: string; endPeriod?: string | null }, type: Period["type"] | null) {
  const start = tryParsePeriod(b.startPeriod);
  if (!start)
    throw reportError.regimeInvalid([
      {
        path: "startPeriod",
        message: `Kỳ bắt đầu "${b.startPeriod}" không hợp lệ (ví dụ 202601, 2026Q1, 2026S1, 2026N9, 2026).`,
      },
    ]);
  if (type && start.type !== type)
    throw reportError.regimeInvalid([
      { path: "startPeriod", message: `Kỳ bắt đầu "${b.startPeriod}" không cùng loại với tần suất báo cáo.` },
    ]);
  const end = b.endPeriod ? tryParsePeriod(b.endPeriod) : undefined;
  if (b.endPeriod && (!end || end.type !== start.type || end.start < start.start))
    throw reportError.regimeInvalid([
      { path: "endPeriod", message: `Kỳ kết thúc "${b.endPeriod}" không hợp lệ hoặc trước kỳ bắt đầu.` },
    ]);
  return { start, end };
}

type CommonFields = Omit<
  RegimeBodyT,
  "frequency" | "cutoffStartDay" | "deadlineText" | "startPeriod" | "endPeriod" | "active"
>;

function commonWrite(b: CommonFields) {
  return {
    code: b.code,
    name: b.name,
    legalBasis: b.legalBasis ?? null,
    content: b.content?.trim() || null,
    method: b.method,
    receivingUnitId: b.receivingUnitId,
    indicatorCodes: b.indicatorCodes,
    extraItems: b.extraItems,
    sections: sectionsOf(b.sections),
    template: b.template,
    remindBefore: b.remindBefore,
    unitIds: [...new Set(b.unitIds)],
  };
}

export function toWrite(b: RegimeBodyT): repo.RegimeWrite {
  const { start, end } = periodsOf(b, b.frequency);
  return {
    ...commonWrite(b),
    frequency: b.frequency,
    cutoffStartDay: b.cutoffStartDay,
    deadlineText: b.deadlineText.trim(),
    deadlineRule: parseDeadlineOrFail(b.deadlineText),
    startPeriod: start.code,
    endPeriod: end?.code ?? null,
    adhocDue: null,
    active: b.active,
  };
}

export function createRegimeService(env: ReportsEnv) {
  const db = env.db;

  async function assertManage(ctx: Ctx, unitIds: number[]) {
    const idx = await loadUnitIndex(db);
    for (const id of unitIds)
      if (!can(ctx.who, "plan.manage", idx.byId.get(id)?.path ?? "\u0000")) throw fail("FORBIDDEN");
  }

  async function save(
    ctx: Ctx,
    w: repo.RegimeWrite,
    periodType: Period["type"],
    existing?: { id: number; version: number; before: Regime },
  ) {
    await assertManage(
      ctx,
      existing ? [w.receivingUnitId, existing.before.receivingUnitId] : [w.receivingUnitId],
    );
    return db.tx(async (tx) => {
      await validate(tx, w, periodType);
      if (await repo.regimeCodeTaken(tx, w.code, existing?.id)) throw reportError.codeTaken(w.code);
      let id: number;
      if (existing) {
        if (!(await repo.updateRegime(tx, existing.id, existing.version, w))) throw fail("VERSION_CONFLICT");
        id = existing.id;
      } else id = await repo.insertRegime(tx, w, ctx.who.id);
      const after = (await repo.getRegime(tx, id)) as Regime;
      await appendAudit(tx, {
        ...auditActor(ctx),
        action: existing ? "report_regime.update" : "report_regime.create",
        entityType: "report_regime",
        entityId: id,
        orgUnitId: w.receivingUnitId,
        before: existing?.before ?? null,
        after,
      });
      return after;
    });
  }

  return {
    async list(ctx: Ctx) {
      const idx = await loadUnitIndex(db);
      return (await repo.listRegimes(db, { includeInactive: true })).filter((r) => canSeeRegime(ctx, r, idx));
    },

    async get(ctx: Ctx, id: number): Promise<Regime> {
      const r = await repo.getRegime(db, id);
      if (!r || !canSeeRegime(ctx, r, await loadUnitIndex(db))) throw reportError.regimeNotFound(id);
      return r;
    },

    create: (ctx: Ctx, b: RegimeBodyT) => save(ctx, toWrite(b), b.frequency),

    async update(ctx: Ctx, id: number, b: RegimeBodyT & { version: number }) {
      const before = await this.get(ctx, id);
      if (before.frequency === "adhoc")
        throw reportError.regimeInvalid([
          { path: "frequency", message: "Yêu cầu báo cáo đột xuất không sửa thành chế độ định kỳ được." },
        ]);
      return save(ctx, toWrite(b), b.frequency, { id, version: b.version, before });
    },

    /** An ad hoc report (báo cáo đột xuất) requested from units, with its own deadline. */
    async requestAdhoc(ctx: Ctx, b: AdhocBodyT) {
      const { start } = periodsOf({ startPeriod: b.period }, null);
      const today = todayOf(env);
      if (b.dueOn < today)
        throw reportError.regimeInvalid([
          { path: "dueOn", message: `Hạn gửi ${formatViDate(b.dueOn)} đã qua.` },
        ]);
      const deadlineText = `trước ngày ${formatViDate(b.dueOn)}`;
      const w: repo.RegimeWrite = {
        ...commonWrite({
          ...b,
          code: b.code ?? `DX-${today.replaceAll("-", "")}-${String(Date.now() % 10_000).padStart(4, "0")}`,
        }),
        frequency: "adhoc",
        cutoffStartDay: b.cutoffStartDay,
        deadlineText,
        deadlineRule: parseDeadlineOrFail(deadlineText),
        startPeriod: start.code,
        endPeriod: null,
        adhocDue: b.dueOn,
        active: true,
      };
      return save(ctx, w, start.type);
    },

    /** What a deadline text gives for the next periods: lets the form show it before saving. */
    async previewDeadline(b: {
      deadlineText: string;
      frequency: Exclude<Regime["frequency"], "adhoc">;
      cutoffStartDay: number;
      fromPeriod?: string;
      count: number;
    }) {
      const rule = parseDeadlineOrFail(b.deadlineText);
      const calendar = await loadHolidayCalendar(db);
      let p = b.fromPeriod ? tryParsePeriod(b.fromPeriod) : currentPeriod(b.frequency, todayOf(env));
      if (!p || p.type !== b.frequency)
        throw reportError.periodInvalid(b.fromPeriod ?? "", "không cùng loại với tần suất.");
      const timing = {
        frequency: b.frequency,
        deadlineRule: rule,
        cutoffStartDay: b.cutoffStartDay,
        adhocDue: null,
        startPeriod: p.code,
        endPeriod: null,
      };
      const periods = [];
      for (let i = 0; i < b.count; i++, p = nextPeriod(p))
        periods.push({
          period: p.code,
          label: periodLabel(p),
          window: regimeWindow(timing, p),
          dueOn: regimeDueOn(timing, p, calendar),
        });
      return { rule, canonical: formatDeadlineRule(rule), periods };
    },
  };
}
