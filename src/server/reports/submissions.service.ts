// Submitting a report and reviewing it: draft -> submitted -> returned (with a reason) or accepted.
// A submission's figures are data values, written through writeDataValues inside the same
// transaction as the submission's status; acceptance locks them (approved) in that transaction too.
// Every check runs before the first write, so bad input changes nothing.
import { periodLabel } from "../../core/periods";
import { appendAudit } from "../audit/audit.repo";
import { assertCanPath, can } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import { writeDataValues } from "../data/data.write";
import { loadUnitIndex, type UnitIndex, type UnitNode } from "../data/unit-map";
import { formatViDate } from "../documents/vi-format";
import { fail } from "../http/errors";
import { notifyUsers, unitRecipients } from "../notifications/notifications.repo";
import { loadHolidayCalendar } from "./holidays";
import { narrativeProblem, regimeDueOn, timelinessOf } from "./regime-rules";
import * as regimes from "./regimes.repo";
import { canSeeRegime } from "./regimes.service";
import { expectedUnit, regimeIndicators, regimePeriod, slotsFor, storedValues } from "./report-scope";
import { type ReportsEnv, todayOf } from "./reports.env";
import { reportError } from "./reports.errors";
import type { SubmissionBodyT } from "./reports.schemas";
import type { Regime, Submission } from "./reports.types";
import { checkFigures, checkNarrative, figureRows } from "./submission-checks";
import { buildSubmissionForm } from "./submission-form";
import * as repo from "./submissions.repo";
import { txAsDb } from "./tx-db";

const UNIT_ROLES = ["officer", "office", "leader"] as const;
const RECEIVER_ROLES = ["office", "leader"] as const;

export function createSubmissionService(env: ReportsEnv) {
  const db = env.db;
  const nowIso = () => env.now().toISOString();
  const actor = (ctx: Ctx) => ({ id: ctx.who.kind === "user" ? ctx.who.id : null, name: ctx.who.name });

  async function context(ctx: Ctx, regimeId: number, periodCode: string, unitId: number) {
    const idx = await loadUnitIndex(db);
    const regime = await regimes.getRegime(db, regimeId);
    if (!regime || !canSeeRegime(ctx, regime, idx)) throw reportError.regimeNotFound(regimeId);
    const period = regimePeriod(regime, periodCode);
    const unit = expectedUnit(regime, idx, unitId, period);
    const receiverPath = idx.byId.get(regime.receivingUnitId)?.path ?? "\u0000";
    if (!can(ctx.who, "read", unit.path) && !can(ctx.who, "read", receiverPath)) throw fail("FORBIDDEN");
    return { idx, regime, period, unit, receiverPath };
  }

  async function form(ctx: Ctx, regimeId: number, periodCode: string, unitId: number) {
    const { idx, regime, period, unit } = await context(ctx, regimeId, periodCode, unitId);
    return buildSubmissionForm(
      db,
      ctx.who,
      regime,
      period,
      unit,
      idx,
      await loadHolidayCalendar(db),
      todayOf(env),
    );
  }

  async function write(
    ctx: Ctx,
    regimeId: number,
    periodCode: string,
    unitId: number,
    body: SubmissionBodyT,
    submit: boolean,
  ) {
    const { regime, period, unit } = await context(ctx, regimeId, periodCode, unitId);
    const today = todayOf(env);
    if (period.start > today) throw reportError.periodNotStarted(period.code);
    assertCanPath(ctx.who, "report.submit", unit.path);
    if (body.figures.length) assertCanPath(ctx.who, "data.write", unit.path);
    const inds = await regimeIndicators(db, regime);
    const slots = slotsFor(regime, inds, period, unit);
    checkFigures(regime, period, unit, slots, body.figures);
    const calendar = await loadHolidayCalendar(db);
    const at = nowIso();

    const result = await db.tx(async (tx) => {
      const existing = await repo.findSubmission(tx, regime.id, period.code, unit.id, true);
      if (existing?.status === "accepted") throw reportError.alreadyAccepted(existing.reviewedAt);
      if (existing?.status === "submitted") throw reportError.awaitingReview();
      if (body.version !== undefined && body.version !== (existing?.version ?? 0))
        throw fail("VERSION_CONFLICT");
      const narrative = checkNarrative(regime, body.narrative, submit, existing?.narrative ?? {});

      // Figures: what the unit changed, plus (on submit) its other unlocked figures of the window,
      // which move from draft to submitted. Unchanged and locked figures are left alone.
      const stored = await storedValues(
        tx,
        [unit.id],
        slots.map((s) => s.ind.id),
        [...new Set(slots.flatMap((s) => s.periods.map((p) => p.code)))],
      );
      const rows = figureRows(unit, slots, stored, body.figures, submit);
      if (rows.size) {
        const res = await writeDataValues(txAsDb(tx, db.kind), ctx, [...rows.values()], {
          dryRun: false,
          source: `report:${regime.code}:${period.code}`,
        });
        if (res.errors.length)
          throw reportError.figuresInvalid(
            res.errors.map((e) => ({
              row: e.row,
              column: e.column,
              code: e.code,
              path: "figures",
              message: e.message,
            })),
          );
      }

      const dueOn = existing?.firstSubmittedAt ? existing.dueOn : regimeDueOn(regime, period, calendar);
      const write: repo.SubmissionWrite = {
        status: submit ? "submitted" : existing?.status === "returned" ? "returned" : "draft",
        narrative,
        dueOn,
        firstSubmittedAt: existing?.firstSubmittedAt ?? (submit ? at : null),
        submittedAt: submit ? at : (existing?.submittedAt ?? null),
        submittedBy: submit ? actor(ctx).id : null,
        submittedByName: submit ? actor(ctx).name : (existing?.submittedByName ?? null),
        submitCount: (existing?.submitCount ?? 0) + (submit ? 1 : 0),
      };
      const id = existing
        ? existing.id
        : await repo.insertSubmission(tx, regime.id, period.code, unit.id, write, at);
      if (existing) await repo.updateSubmission(tx, id, write, at);
      await repo.addLog(tx, id, submit ? "submit" : "save", actor(ctx), null, at);
      const timeliness = submit ? timelinessOf(write.firstSubmittedAt, dueOn) : null;
      await appendAudit(tx, {
        ...auditActor(ctx),
        action: submit ? "report_submission.submit" : "report_submission.save",
        entityType: "report_submission",
        entityId: id,
        orgUnitId: unit.id,
        before: existing ? { status: existing.status, narrative: existing.narrative } : null,
        after: {
          regime: regime.code,
          period: period.code,
          status: write.status,
          narrative,
          figures: rows.size,
          timeliness,
        },
      });
      if (submit) {
        const late = timeliness === "late" ? ` (muộn so với hạn ${formatViDate(dueOn)})` : "";
        await notifyUsers(
          tx,
          await unitRecipients(tx, regime.receivingUnitId, RECEIVER_ROLES),
          {
            kind: "report_submitted",
            title: `${unit.name} đã gửi ${regime.name} kỳ ${periodLabel(period)}${late}`,
            link: `/reports/regimes/${regime.id}/review/${period.code}`,
            at,
          },
          false,
        );
      }
      return { id, figures: rows.size };
    });
    env.events?.emit({
      entity: "report_submission",
      action: submit ? "submit" : "save",
      orgUnitIds: [unit.id],
      ids: [result.id],
    });
    if (result.figures) env.events?.emit({ entity: "data_value", action: "write", orgUnitIds: [unit.id] });
    return form(ctx, regimeId, period.code, unitId);
  }

  async function review(
    ctx: Ctx,
    submissionId: number,
    decision: "accept" | "return",
    opts: { reason?: string; version?: number },
  ) {
    const found = await repo.getSubmission(db, submissionId);
    if (!found) throw reportError.submissionNotFound(submissionId);
    const idx: UnitIndex = await loadUnitIndex(db);
    const regime = (await regimes.getRegime(db, found.regimeId)) as Regime;
    const receiver = idx.byId.get(regime.receivingUnitId);
    const unit = idx.byId.get(found.orgUnitId) as UnitNode;
    if (!can(ctx.who, "read", receiver?.path ?? "\u0000") && !can(ctx.who, "read", unit.path))
      throw reportError.submissionNotFound(submissionId);
    // Only the receiving unit (its office and leaders, or those above it) accepts or returns.
    assertCanPath(ctx.who, "report.consolidate", receiver?.path ?? "\u0000");
    const reason = opts.reason?.replace(/\r\n/g, "\n").trim() ?? "";
    if (decision === "return") {
      if (!reason) throw reportError.returnReasonRequired();
      const p = narrativeProblem({ title: "Lý do trả lại", maxLength: 2000 }, reason);
      if (p) throw reportError.narrativeInvalid([{ path: "reason", message: p }]);
    }
    const period = regimePeriod(regime, found.period);
    const at = nowIso();
    const approved = await db.tx(async (tx) => {
      const s = (await repo.getSubmission(tx, submissionId, true)) as Submission;
      if (s.status === "accepted") throw reportError.alreadyAccepted(s.reviewedAt);
      if (s.status !== "submitted") throw reportError.notSubmitted();
      if (opts.version !== undefined && opts.version !== s.version) throw fail("VERSION_CONFLICT");
      let locked: { indicatorId: number; period: string; disagg: string }[] = [];
      if (decision === "accept") {
        const slots = slotsFor(regime, await regimeIndicators(tx, regime), period, unit);
        locked = await repo.approveFigures(
          tx,
          unit.id,
          slots.flatMap((sl) => sl.periods.map((p) => ({ indicatorId: sl.ind.id, period: p.code }))),
          actor(ctx).id,
        );
        if (locked.length)
          await appendAudit(tx, {
            ...auditActor(ctx),
            action: "data_value.approve",
            entityType: "data_value",
            orgUnitId: unit.id,
            after: { source: `report:${regime.code}:${period.code}`, keys: locked },
          });
      }
      await repo.reviewSubmission(
        tx,
        s.id,
        decision === "accept" ? "accepted" : "returned",
        actor(ctx),
        decision === "return" ? reason : null,
        at,
      );
      await repo.addLog(tx, s.id, decision, actor(ctx), decision === "return" ? reason : null, at);
      await appendAudit(tx, {
        ...auditActor(ctx),
        action: decision === "accept" ? "report_submission.accept" : "report_submission.return",
        entityType: "report_submission",
        entityId: s.id,
        orgUnitId: unit.id,
        before: { status: s.status },
        after: {
          status: decision === "accept" ? "accepted" : "returned",
          reason: decision === "return" ? reason : null,
          lockedFigures: locked.length,
        },
      });
      const title =
        decision === "accept"
          ? `${regime.receivingUnitName} đã tiếp nhận ${regime.name} kỳ ${periodLabel(period)} của ${unit.name}`
          : `${regime.name} kỳ ${periodLabel(period)} bị trả lại: ${reason.slice(0, 200)}`;
      await notifyUsers(
        tx,
        await unitRecipients(tx, unit.id, UNIT_ROLES),
        {
          kind: `report_${decision}`,
          title,
          link: `/reports/regimes/${regime.id}/form/${period.code}/${unit.id}`,
          at,
        },
        false,
      );
      return locked.length;
    });
    env.events?.emit({
      entity: "report_submission",
      action: decision,
      orgUnitIds: [unit.id],
      ids: [submissionId],
    });
    if (approved) env.events?.emit({ entity: "data_value", action: "approve", orgUnitIds: [unit.id] });
    return form(ctx, regime.id, period.code, unit.id);
  }

  return {
    form,
    save: (ctx: Ctx, regimeId: number, period: string, unitId: number, body: SubmissionBodyT) =>
      write(ctx, regimeId, period, unitId, body, false),
    submit: (ctx: Ctx, regimeId: number, period: string, unitId: number, body: SubmissionBodyT) =>
      write(ctx, regimeId, period, unitId, body, true),
    accept: (ctx: Ctx, id: number, version?: number) => review(ctx, id, "accept", { version }),
    returnToUnit: (ctx: Ctx, id: number, reason: string, version?: number) =>
      review(ctx, id, "return", { reason, version }),
    async byId(ctx: Ctx, id: number) {
      const s = await repo.getSubmission(db, id);
      if (!s) throw reportError.submissionNotFound(id);
      return form(ctx, s.regimeId, s.period, s.orgUnitId);
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
