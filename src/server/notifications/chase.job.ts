/**
 * Chasing (đôn đốc): a periodic job that finds open tasks (and open reporting cycles of recurring
 * tasks) due soon or overdue, notifies the lead unit's officers, and escalates to the assigning
 * unit after N days overdue. Every reminder is logged once (task_reminder's unique key), so the
 * job can run every hour, on every instance, and still sends each reminder once.
 */
import { diffDays, isoDateInTimeZone } from "../../core/periods/iso-date";
import type { Db, Queryable } from "../db/db";
import type { RecurCycle } from "../tasks/recurrence";
import { ensureOccurrences } from "../tasks/tasks.create";
import { notifyUsers, unitRecipients } from "./notifications.repo";

export interface ChaseSettings {
  /** Days before the due day to remind, e.g. [7, 3]. */
  remindDays: number[];
  /** Escalate to the assigning unit once a task is this many days overdue. */
  escalateAfterDays: number;
  /** Remind the lead unit again every this many days while overdue. */
  overdueRepeatDays: number;
}

export const DEFAULT_CHASE: ChaseSettings = {
  remindDays: [7, 3],
  escalateAfterDays: 7,
  overdueRepeatDays: 7,
};

/** TASK_REMIND_DAYS="7,3", TASK_ESCALATE_DAYS=7, TASK_OVERDUE_REPEAT_DAYS=7. */
export function chaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ChaseSettings {
  const days = (env.TASK_REMIND_DAYS ?? "")
    .split(",")
    .filter((s) => s.trim() !== "")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= 90);
  const int = (v: string | undefined, d: number) =>
    v && Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : d;
  return {
    remindDays: days.length ? days : DEFAULT_CHASE.remindDays,
    escalateAfterDays: int(env.TASK_ESCALATE_DAYS, DEFAULT_CHASE.escalateAfterDays),
    overdueRepeatDays: int(env.TASK_OVERDUE_REPEAT_DAYS, DEFAULT_CHASE.overdueRepeatDays),
  };
}

export interface ChaseReport {
  today: string;
  cyclesCreated: number;
  dueSoon: number;
  overdue: number;
  escalated: number;
  notified: number;
  emails: number;
}

interface Candidate {
  taskId: number;
  occurrenceId: number | null;
  periodCode: string | null;
  code: string | null;
  title: string;
  due: string;
  leadUnitId: number;
  leadUnitName: string;
  assignerUnitId: number;
}

type ReminderKind = "due_soon" | "overdue" | "escalation";

/** Which reminder a task gets today, if any: the tightest step reached, or the overdue week. */
export function remindersFor(
  daysLeft: number,
  s: ChaseSettings,
): Array<{ kind: ReminderKind; step: number }> {
  if (daysLeft >= 0) {
    const step = [...s.remindDays].sort((a, b) => a - b).find((d) => daysLeft <= d);
    return step === undefined ? [] : [{ kind: "due_soon", step }];
  }
  const late = -daysLeft;
  const out: Array<{ kind: ReminderKind; step: number }> = [
    { kind: "overdue", step: Math.floor((late - 1) / s.overdueRepeatDays) },
  ];
  if (late >= s.escalateAfterDays) out.push({ kind: "escalation", step: 0 });
  return out;
}

async function ensureAllCycles(db: Db, today: string): Promise<number> {
  const rows = await db.query<{
    id: number;
    recurCycle: RecurCycle;
    recurDueDay: number | null;
    dueTo: string | null;
    planPeriodTo: string | null;
    createdOn: string;
  }>(
    `select t.id, t.recur_cycle as "recurCycle", t.recur_due_day as "recurDueDay", t.due_to as "dueTo",
            p.period_to as "planPeriodTo", ((t.created_at at time zone 'UTC') + interval '7 hours')::date::text as "createdOn"
       from task t join plan p on p.id = t.plan_id
      where t.deadline_kind = 'recurring' and t.completed_on is null and p.status = 'active'
        and not exists (select 1 from task c where c.parent_id = t.id)`,
  );
  let created = 0;
  for (const r of rows)
    created += await db.tx((tx) =>
      ensureOccurrences(tx, { ...r, startOn: r.createdOn < today ? r.createdOn : today }, today),
    );
  return created;
}

async function candidates(q: Queryable): Promise<Candidate[]> {
  return q.query<Candidate>(
    `select t.id as "taskId", null::int as "occurrenceId", null::text as "periodCode", t.code, t.title, t.due_to as due,
            t.lead_unit_id as "leadUnitId", lu.name as "leadUnitName", t.assigner_unit_id as "assignerUnitId"
       from task t join plan p on p.id = t.plan_id join org_unit lu on lu.id = t.lead_unit_id
      where p.status = 'active' and t.completed_on is null and not t.paused and t.deadline_kind <> 'recurring'
        and t.due_to is not null and not exists (select 1 from task c where c.parent_id = t.id)
     union all
     select t.id, o.id, o.period_code, t.code, t.title, o.due_on, t.lead_unit_id, lu.name, t.assigner_unit_id
       from task_occurrence o join task t on t.id = o.task_id join plan p on p.id = t.plan_id
       join org_unit lu on lu.id = t.lead_unit_id
      where p.status = 'active' and o.completed_on is null and t.completed_on is null and not t.paused
     order by 1, 2`,
  );
}

function wording(c: Candidate, kind: ReminderKind, daysLeft: number) {
  const name = `${c.code ? `${c.code} ` : ""}${c.title.length > 140 ? `${c.title.slice(0, 140)}…` : c.title}`;
  const cycle = c.periodCode ? ` (kỳ báo cáo ${c.periodCode})` : "";
  const due = c.due.split("-").reverse().join("/");
  if (kind === "due_soon")
    return {
      title:
        daysLeft === 0
          ? `Nhiệm vụ đến hạn hôm nay: ${name}`
          : `Nhiệm vụ còn ${daysLeft} ngày đến hạn: ${name}`,
      body: `Hạn hoàn thành${cycle}: ${due}. Đề nghị ${c.leadUnitName} cập nhật tiến độ, kết quả thực hiện.`,
    };
  if (kind === "overdue")
    return {
      title: `Nhiệm vụ quá hạn ${-daysLeft} ngày: ${name}`,
      body: `Hạn hoàn thành${cycle} là ${due}. Đề nghị ${c.leadUnitName} khẩn trương hoàn thành hoặc đề nghị gia hạn.`,
    };
  return {
    title: `Đôn đốc: ${c.leadUnitName} quá hạn ${-daysLeft} ngày`,
    body: `Nhiệm vụ ${name}${cycle}, hạn ${due}, chưa hoàn thành.`,
  };
}

/** One pass of chasing as of `now`. Safe to repeat: what was sent is not sent again. */
export async function runChase(
  db: Db,
  now: Date,
  settings: ChaseSettings,
  email: boolean,
): Promise<ChaseReport> {
  const today = isoDateInTimeZone(now);
  const at = now.toISOString();
  const report: ChaseReport = {
    today,
    cyclesCreated: await ensureAllCycles(db, today),
    dueSoon: 0,
    overdue: 0,
    escalated: 0,
    notified: 0,
    emails: 0,
  };
  for (const c of await candidates(db)) {
    const daysLeft = diffDays(today, c.due);
    for (const r of remindersFor(daysLeft, settings)) {
      await db.tx(async (tx) => {
        const target = r.kind === "escalation" ? c.assignerUnitId : c.leadUnitId;
        const [logged] = await tx.query<{ id: number }>(
          `insert into task_reminder (task_id, occurrence_id, kind, step, due_on, org_unit_id, sent_at)
           values ($1,$2,$3,$4,$5,$6,$7)
           on conflict (task_id, coalesce(occurrence_id, 0), kind, step, due_on) do nothing returning id`,
          [c.taskId, c.occurrenceId, r.kind, r.step, c.due, c.leadUnitId, at],
        );
        if (!logged) return;
        const roles = r.kind === "escalation" ? ["leader", "office"] : ["officer", "office", "leader"];
        const recipients = await unitRecipients(tx, target, roles);
        const sent = await notifyUsers(
          tx,
          recipients,
          {
            kind: r.kind,
            ...wording(c, r.kind, daysLeft),
            link: `/plans/tasks/${c.taskId}`,
            taskId: c.taskId,
            at,
          },
          email,
        );
        await tx.query("update task_reminder set recipients = $2, emails = $3 where id = $1", [
          logged.id,
          sent.notified,
          sent.emails,
        ]);
        report.notified += sent.notified;
        report.emails += sent.emails;
        if (r.kind === "due_soon") report.dueSoon++;
        else if (r.kind === "overdue") report.overdue++;
        else report.escalated++;
      });
    }
  }
  return report;
}
