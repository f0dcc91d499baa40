// Writes on a task: progress with evidence, completion with a result, extension requests and the
// assigning unit's decisions, reopening, pausing. Each write: authorize on the right unit,
// audit in the same transaction, announce the change after the commit.
import { appendAudit } from "../audit/audit.repo";
import { assertCanPath } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Queryable } from "../db/db";
import { fail } from "../http/errors";
import { notifyUsers, unitRecipients } from "../notifications/notifications.repo";
import { saveFile } from "./file-store";
import type { UploadedFile } from "./multipart";
import { type TasksEnv, taskError, todayOf } from "./tasks.env";
import * as repo from "./tasks.repo";
import type { TaskRecord } from "./tasks.types";

export interface ProgressInput {
  note: string | null;
  progress: number | null;
  complete: boolean;
  resultText: string | null;
  completedOn: string | null;
  occurrenceId: number | null;
}

const LEAD_ROLES = ["officer", "office", "leader"] as const;
const MANAGER_ROLES = ["leader", "office"] as const;

async function loadForWrite(tx: Queryable, id: number): Promise<TaskRecord> {
  const t = await repo.getTask(tx, id, true);
  if (!t) throw taskError.notFound(id);
  return t;
}

function announce(env: TasksEnv, t: TaskRecord, action: string) {
  env.events?.emit({
    entity: "task",
    action,
    orgUnitIds: [...new Set([t.leadUnitId, t.assignerUnitId].filter((x): x is number => x !== null))],
    ids: [t.id, ...(t.parentId ? [t.parentId] : [])],
  });
}

async function audit(
  tx: Queryable,
  ctx: Ctx,
  action: string,
  t: TaskRecord,
  before: unknown,
  after: unknown,
) {
  await appendAudit(tx, {
    ...auditActor(ctx),
    action,
    entityType: "task",
    entityId: t.id,
    orgUnitId: t.leadUnitId ?? t.assignerUnitId,
    before,
    after,
  });
}

function stateOf(t: Pick<TaskRecord, "progress" | "completedOn" | "resultText" | "paused" | "dueTo">) {
  return {
    progress: t.progress,
    completedOn: t.completedOn,
    resultText: t.resultText,
    paused: t.paused,
    dueTo: t.dueTo,
  };
}

/** A progress report (or completion) by the lead unit, with evidence files saved in the same transaction. */
export async function postProgress(
  env: TasksEnv,
  ctx: Ctx,
  id: number,
  input: ProgressInput,
  files: UploadedFile[],
) {
  const today = todayOf(env);
  const at = env.now().toISOString();
  const result = await env.db.tx(async (tx) => {
    const t = await loadForWrite(tx, id);
    if (t.leadUnitPath === null || t.leadUnitId === null) throw taskError.hasSubtasks();
    assertCanPath(ctx.who, "task.update", t.leadUnitPath);
    if (t.childCount > 0) throw taskError.hasSubtasks();
    if (t.completedOn) throw taskError.completed();
    if (t.paused) throw taskError.paused();
    const hasResult = !!input.resultText?.trim() || files.length > 0;
    if (input.complete && !hasResult) throw taskError.resultRequired();
    const completedOn = input.complete ? (input.completedOn ?? today) : null;
    if (completedOn && completedOn > today) throw taskError.futureDate();
    const progress = input.complete ? 100 : (input.progress ?? null);

    let occurrenceId: number | null = null;
    if (t.deadlineKind === "recurring") {
      const occ = await repo.occurrencesOf(tx, [t.id]);
      const target = input.occurrenceId
        ? occ.find((o) => o.id === input.occurrenceId)
        : occ.find((o) => !o.completedOn);
      if (!target || target.completedOn) throw taskError.noOpenCycle();
      occurrenceId = target.id;
      await repo.setOccurrenceState(tx, target.id, {
        progress: progress ?? target.progress,
        startedOn: target.startedOn ?? today,
        completedOn,
        resultText: input.resultText?.trim() || target.resultText,
      });
      await repo.setTaskState(tx, t.id, { startedOn: t.startedOn ?? today });
    } else {
      await repo.setTaskState(tx, t.id, {
        progress: progress ?? t.progress,
        startedOn: t.startedOn ?? today,
        completedOn,
        resultText: input.resultText?.trim() || t.resultText,
      });
    }
    const stored = [];
    for (const f of files)
      stored.push(
        await saveFile(tx, {
          buffer: f.buffer,
          filename: f.filename,
          orgUnitId: t.leadUnitId,
          uploadedBy: auditActor(ctx).actorId,
        }),
      );
    const updateId = await repo.insertUpdate(tx, {
      taskId: t.id,
      occurrenceId,
      kind: input.complete ? "complete" : "progress",
      note: input.note?.trim() || null,
      progress,
      resultText: input.resultText?.trim() || null,
      authorId: auditActor(ctx).actorId,
      authorName: ctx.who.name,
      orgUnitId: t.leadUnitId,
      at,
    });
    await repo.linkUpdateFiles(
      tx,
      updateId,
      stored.map((s) => s.id),
    );
    const after = await loadForWrite(tx, id);
    await audit(tx, ctx, input.complete ? "task.complete" : "task.progress", t, stateOf(t), {
      ...stateOf(after),
      occurrenceId,
      updateId,
      files: stored.map((s) => ({ id: s.id, filename: s.filename, sha256: s.sha256 })),
    });
    return { task: after, updateId, files: stored };
  });
  announce(env, result.task, input.complete ? "complete" : "progress");
  return result;
}

/** The lead unit asks the assigning unit for a later due day; only one request waits at a time. */
export async function requestExtension(
  env: TasksEnv,
  ctx: Ctx,
  id: number,
  input: { requestedDue: string; reason: string },
) {
  const today = todayOf(env);
  const at = env.now().toISOString();
  const out = await env.db.tx(async (tx) => {
    const t = await loadForWrite(tx, id);
    if (t.leadUnitPath === null) throw taskError.hasSubtasks();
    assertCanPath(ctx.who, "task.update", t.leadUnitPath);
    if (t.completedOn) throw taskError.completed();
    const current = await currentDue(tx, t);
    if (current === null)
      throw taskError.extensionInvalid("Nhiệm vụ không có hạn cụ thể nên không cần gia hạn.");
    if (input.requestedDue <= current || input.requestedDue < today)
      throw taskError.extensionInvalid("Hạn đề nghị phải sau hạn hiện tại và không trước ngày hôm nay.");
    const [pending] = await tx.query(
      "select id from task_extension where task_id = $1 and status = 'pending'",
      [id],
    );
    if (pending) throw taskError.extensionPending();
    const [row] = await tx.query<{ id: number }>(
      `insert into task_extension (task_id, previous_due, requested_due, reason, requested_by, requested_by_name, requested_at)
       values ($1,$2,$3,$4,$5,$6,$7) returning id`,
      [id, current, input.requestedDue, input.reason, auditActor(ctx).actorId, ctx.who.name, at],
    );
    await repo.insertUpdate(tx, {
      taskId: id,
      occurrenceId: null,
      kind: "extension_request",
      note: input.reason,
      progress: null,
      resultText: null,
      authorId: auditActor(ctx).actorId,
      authorName: ctx.who.name,
      orgUnitId: t.leadUnitId,
      at,
    });
    const recipients = await unitRecipients(tx, t.assignerUnitId, MANAGER_ROLES);
    await notifyUsers(
      tx,
      recipients,
      {
        kind: "extension_request",
        title: `Đề nghị gia hạn: ${t.code ? `${t.code} ` : ""}${t.title.slice(0, 120)}`,
        body: `${t.leadUnitName} đề nghị gia hạn đến ${vnDate(input.requestedDue)}. Lý do: ${input.reason}`,
        link: `/plans/tasks/${id}`,
        taskId: id,
        at,
      },
      env.email,
    );
    await audit(
      tx,
      ctx,
      "task.extension_request",
      t,
      { due: current },
      { extensionId: row.id, requestedDue: input.requestedDue, reason: input.reason },
    );
    return { task: t, extensionId: row.id };
  });
  announce(env, out.task, "extension_request");
  return { extensionId: out.extensionId };
}

/** The due day that counts now: the open reporting cycle's for recurring tasks, the task's otherwise. */
async function currentDue(tx: Queryable, t: TaskRecord): Promise<string | null> {
  if (t.deadlineKind !== "recurring") return t.dueTo;
  const open = (await repo.occurrencesOf(tx, [t.id])).find((o) => !o.completedOn);
  return open?.dueOn ?? null;
}

export async function decideExtension(
  env: TasksEnv,
  ctx: Ctx,
  id: number,
  extensionId: number,
  input: { approve: boolean; note: string | null },
) {
  const at = env.now().toISOString();
  const t = await env.db.tx(async (tx) => {
    const t = await loadForWrite(tx, id);
    assertCanPath(ctx.who, "plan.manage", t.assignerUnitPath);
    const ext = await repo.getExtension(tx, extensionId);
    if (!ext || ext.taskId !== id) throw fail("NOT_FOUND", "Không tìm thấy đề nghị gia hạn.");
    if (ext.status !== "pending") throw taskError.extensionInvalid("Đề nghị gia hạn này đã được xử lý.");
    await tx.query(
      `update task_extension set status = $2, decided_by = $3, decided_by_name = $4, decided_at = $5, decision_note = $6 where id = $1`,
      [
        extensionId,
        input.approve ? "approved" : "rejected",
        auditActor(ctx).actorId,
        ctx.who.name,
        at,
        input.note,
      ],
    );
    if (input.approve) {
      if (t.deadlineKind === "recurring") {
        const open = (await repo.occurrencesOf(tx, [t.id])).find((o) => !o.completedOn);
        if (open)
          await tx.query("update task_occurrence set due_on = $2 where id = $1", [open.id, ext.requestedDue]);
        await repo.setTaskState(tx, t.id, {});
      } else {
        await repo.setTaskState(tx, t.id, { dueTo: ext.requestedDue });
      }
    }
    await repo.insertUpdate(tx, {
      taskId: id,
      occurrenceId: null,
      kind: input.approve ? "extension_approved" : "extension_rejected",
      note: input.note,
      progress: null,
      resultText: null,
      authorId: auditActor(ctx).actorId,
      authorName: ctx.who.name,
      orgUnitId: t.assignerUnitId,
      at,
    });
    if (t.leadUnitId !== null) {
      await notifyUsers(
        tx,
        await unitRecipients(tx, t.leadUnitId, LEAD_ROLES),
        {
          kind: input.approve ? "extension_approved" : "extension_rejected",
          title: `${input.approve ? "Đồng ý" : "Không đồng ý"} gia hạn: ${t.code ? `${t.code} ` : ""}${t.title.slice(0, 120)}`,
          body: input.approve ? `Hạn mới: ${vnDate(ext.requestedDue)}.` : (input.note ?? null),
          link: `/plans/tasks/${id}`,
          taskId: id,
          at,
        },
        env.email,
      );
    }
    await audit(
      tx,
      ctx,
      input.approve ? "task.extension_approve" : "task.extension_reject",
      t,
      { due: ext.previousDue },
      {
        extensionId,
        due: input.approve ? ext.requestedDue : ext.previousDue,
        note: input.note,
      },
    );
    return t;
  });
  announce(env, t, "extension_decision");
}

type ManageAction = "reopen" | "pause" | "resume";

/** Reopen a completed task, pause or resume one: decisions of the assigning unit, with a reason. */
export async function manageState(
  env: TasksEnv,
  ctx: Ctx,
  id: number,
  action: ManageAction,
  reason: string | null,
) {
  const at = env.now().toISOString();
  const t = await env.db.tx(async (tx) => {
    const t = await loadForWrite(tx, id);
    assertCanPath(ctx.who, "plan.manage", t.assignerUnitPath);
    if (action === "reopen") {
      if (!t.completedOn) throw taskError.notCompleted();
      await repo.setTaskState(tx, id, { completedOn: null, progress: Math.min(t.progress, 90) });
    } else if (action === "pause") {
      if (t.completedOn) throw taskError.completed();
      if (t.paused) throw fail("VALIDATION_FAILED", "Nhiệm vụ đã tạm dừng.");
      await repo.setTaskState(tx, id, { paused: true, pauseReason: reason });
    } else {
      if (!t.paused) throw fail("VALIDATION_FAILED", "Nhiệm vụ không ở trạng thái tạm dừng.");
      await repo.setTaskState(tx, id, { paused: false, pauseReason: null });
    }
    await repo.insertUpdate(tx, {
      taskId: id,
      occurrenceId: null,
      kind: action,
      note: reason,
      progress: null,
      resultText: null,
      authorId: auditActor(ctx).actorId,
      authorName: ctx.who.name,
      orgUnitId: t.assignerUnitId,
      at,
    });
    if (t.leadUnitId !== null) {
      const verb = { reopen: "Mở lại", pause: "Tạm dừng", resume: "Tiếp tục" }[action];
      await notifyUsers(
        tx,
        await unitRecipients(tx, t.leadUnitId, LEAD_ROLES),
        {
          kind: `task_${action}`,
          title: `${verb} nhiệm vụ: ${t.code ? `${t.code} ` : ""}${t.title.slice(0, 120)}`,
          body: reason,
          link: `/plans/tasks/${id}`,
          taskId: id,
          at,
        },
        env.email,
      );
    }
    const after = await loadForWrite(tx, id);
    await audit(tx, ctx, `task.${action}`, t, stateOf(t), { ...stateOf(after), reason });
    return after;
  });
  announce(env, t, action);
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
