// Chasing reports (đôn đốc): a periodic job reminds each unit that still owes a report, a few
// working days before the deadline and on working days after it, as an in-app notification. Every
// reminder is logged once per (regime, period, unit, kind, step, deadline): re-running the job, or
// running it on several app instances, sends nothing twice.
import { isoDateInTimeZone, periodLabel } from "../../core/periods";
import { loadUnitIndex } from "../data/unit-map";
import type { Db, Queryable } from "../db/db";
import { formatViDate } from "../documents/vi-format";
import type { JobContext } from "../jobs/jobs";
import { notifyUsers, unitRecipients } from "../notifications/notifications.repo";
import { loadHolidayCalendar } from "./holidays";
import { dueReminder, expectedPeriods, regimeDueOn } from "./regime-rules";
import * as regimes from "./regimes.repo";
import { expectedUnits } from "./report-scope";
import { listSubmissions } from "./submissions.repo";

export const REMIND_JOB = "reports.remind";
const RECIPIENT_ROLES = ["officer", "office", "leader"] as const;
/** Periods looked at per regime: the current one and the two before (late reports are chased). */
const RECENT_PERIODS = 3;

export async function runReportReminders(db: Db, now: Date): Promise<{ sent: number; notified: number }> {
  const today = isoDateInTimeZone(now);
  const at = now.toISOString();
  const calendar = await loadHolidayCalendar(db);
  const idx = await loadUnitIndex(db);
  let sent = 0;
  let notified = 0;
  for (const regime of await regimes.listRegimes(db)) {
    const periods = expectedPeriods(regime, today).slice(-RECENT_PERIODS);
    const subs = await listSubmissions(
      db,
      regime.id,
      periods.map((p) => p.code),
    );
    for (const period of periods) {
      for (const unit of expectedUnits(regime, idx, period)) {
        const s = subs.find((x) => x.period === period.code && x.orgUnitId === unit.id);
        if (s && (s.status === "submitted" || s.status === "accepted")) continue;
        const dueOn = s?.firstSubmittedAt ? s.dueOn : regimeDueOn(regime, period, calendar);
        const due = dueReminder(dueOn, regime.remindBefore, today, calendar);
        if (!due) continue;
        const n = await db.tx(async (tx) => {
          const [row] = await tx.query<{ id: number }>(
            `insert into report_reminder (regime_id, period, org_unit_id, kind, step, due_on, sent_at)
             values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing returning id`,
            [regime.id, period.code, unit.id, due.kind, due.step, dueOn, at],
          );
          if (!row) return -1;
          const title =
            due.kind === "due_soon"
              ? `Còn ${due.days} ngày làm việc đến hạn gửi ${regime.name} kỳ ${periodLabel(period)} (hạn ${formatViDate(dueOn)})`
              : `${unit.name} chưa gửi ${regime.name} kỳ ${periodLabel(period)}: đã quá hạn ${due.days} ngày làm việc (hạn ${formatViDate(dueOn)})`;
          const res = await notifyUsers(
            tx,
            await unitRecipients(tx, unit.id, RECIPIENT_ROLES),
            {
              kind: `report_${due.kind}`,
              title,
              body: s?.status === "returned" ? `Báo cáo bị trả lại: ${s.returnReason ?? ""}` : null,
              link: `/reports/regimes/${regime.id}/form/${period.code}/${unit.id}`,
              at,
            },
            false,
          );
          await tx.query("update report_reminder set recipients = $2 where id = $1", [row.id, res.notified]);
          return res.notified;
        });
        if (n >= 0) {
          sent++;
          notified += n;
        }
      }
    }
  }
  return { sent, notified };
}

export const remindJob = async (_payload: Record<string, unknown>, ctx: JobContext) => {
  await runReportReminders(ctx.db, ctx.now());
};

export async function listReminders(
  q: Queryable,
  f: { regimeId?: number; orgUnitId?: number; unitIds?: number[] | null; limit: number },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.regimeId) where.push(`r.regime_id = $${params.push(f.regimeId)}`);
  if (f.orgUnitId) where.push(`r.org_unit_id = $${params.push(f.orgUnitId)}`);
  if (f.unitIds) where.push(`r.org_unit_id = any($${params.push(f.unitIds)}::int[])`);
  params.push(f.limit);
  return q.query<{
    id: number;
    regimeId: number;
    regimeName: string;
    period: string;
    orgUnitId: number;
    unitName: string;
    kind: string;
    step: number;
    dueOn: string;
    recipients: number;
    sentAt: string;
  }>(
    `select r.id, r.regime_id as "regimeId", g.name as "regimeName", r.period, r.org_unit_id as "orgUnitId", o.name as "unitName",
            r.kind, r.step, r.due_on as "dueOn", r.recipients, r.sent_at as "sentAt"
       from report_reminder r join report_regime g on g.id = r.regime_id join org_unit o on o.id = r.org_unit_id
      ${where.length ? `where ${where.join(" and ")}` : ""} order by r.sent_at desc, r.id desc limit $${params.length}`,
    params,
  );
}
