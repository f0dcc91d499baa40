// Plans: list with rolled-up progress, the plan tree (sections, tasks, per-unit subtasks), the
// chain of plans it implements, manual creation and editing, tasks added or edited by hand.
import { appendAudit } from "../audit/audit.repo";
import { assertCan, assertCanPath, can, scopePaths } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Queryable } from "../db/db";
import { AppError, fail } from "../http/errors";
import { saveFile } from "../tasks/file-store";
import type { UploadedFile } from "../tasks/multipart";
import type { TaskStatus } from "../tasks/task-status";
import { createTaskTree, type TaskInput } from "../tasks/tasks.create";
import { type TasksEnv, taskError, todayOf } from "../tasks/tasks.env";
import * as taskRepo from "../tasks/tasks.repo";
import type { TaskView } from "../tasks/tasks.types";
import { decorateTasks } from "../tasks/tasks.view";
import * as repo from "./plans.repo";

export interface PlanInput {
  orgUnitId: number;
  number: string | null;
  docType: string;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  status: repo.PlanStatus;
  parentPlanId: number | null;
  implementsRef: string | null;
}

export interface PlanSummary extends repo.PlanRecord {
  taskCount: number;
  progress: number;
  counts: Partial<Record<TaskStatus, number>>;
}

function summarize(plan: repo.PlanRecord, tops: TaskView[]): PlanSummary {
  const counts: Partial<Record<TaskStatus, number>> = {};
  for (const t of tops) counts[t.status] = (counts[t.status] ?? 0) + 1;
  const progress = tops.length
    ? Math.round(tops.reduce((s, t) => s + t.effectiveProgress, 0) / tops.length)
    : 0;
  return { ...plan, taskCount: tops.length, progress, counts };
}

export async function listPlanSummaries(
  env: TasksEnv,
  ctx: Ctx,
  f: { orgUnitId?: number; status?: string[]; docType?: string; q?: string; limit: number; offset: number },
) {
  const plans = await repo.listPlans(env.db, {
    readPaths: scopePaths(ctx.who, "read"),
    orgUnitId: f.orgUnitId,
    status: f.status,
    docType: f.docType,
    text: f.q,
  });
  const page = plans.slice(f.offset, f.offset + f.limit);
  const today = todayOf(env);
  const items: PlanSummary[] = [];
  for (const p of page) {
    const tops = await decorateTasks(
      env.db,
      await taskRepo.listTasks(env.db, { planId: p.id, topLevel: true, readPaths: null }),
      today,
    );
    items.push(summarize(p, tops));
  }
  return { items, total: plans.length };
}

async function readablePlan(q: Queryable, ctx: Ctx, id: number): Promise<repo.PlanRecord> {
  const plan = await repo.getPlan(q, id);
  if (!plan) throw fail("NOT_FOUND", `Không tìm thấy kế hoạch số ${id}.`);
  const [visible] = await repo.listPlans(q, { ids: [id], readPaths: scopePaths(ctx.who, "read") });
  if (!visible) throw fail("FORBIDDEN");
  return plan;
}

/** The plan tree: the plan, its chain, its files, its tasks by section with each unit's subtasks. */
export async function planDetail(env: TasksEnv, ctx: Ctx, id: number) {
  const plan = await readablePlan(env.db, ctx, id);
  const today = todayOf(env);
  const all = await taskRepo.listTasks(env.db, { planId: id, readPaths: null });
  const tops = await decorateTasks(
    env.db,
    all.filter((t) => t.parentId === null),
    today,
  );
  const kids = await decorateTasks(
    env.db,
    all.filter((t) => t.parentId !== null),
    today,
  );
  const byParent = new Map<number, TaskView[]>();
  for (const k of kids)
    byParent.set(k.parentId as number, [...(byParent.get(k.parentId as number) ?? []), k]);
  const sections: Array<{ title: string | null; tasks: Array<TaskView & { subtasks_: TaskView[] }> }> = [];
  for (const t of tops) {
    const last = sections.at(-1);
    const entry = { ...t, subtasks_: byParent.get(t.id) ?? [] };
    if (last && last.title === t.section) last.tasks.push(entry);
    else sections.push({ title: t.section, tasks: [entry] });
  }
  const visibleChildren = (await repo.childPlans(env.db, id)).filter((c) =>
    can(ctx.who, "read", c.orgUnitPath),
  );
  return {
    item: summarize(plan, tops),
    ancestors: await repo.ancestorPlans(env.db, id),
    children: visibleChildren,
    files: await repo.planFiles(env.db, id),
    sections: sections.map((s) => ({
      title: s.title,
      tasks: s.tasks.map(({ subtasks_, ...t }) => ({ ...t, units: subtasks_ })),
    })),
    can: { manage: can(ctx.who, "plan.manage", plan.orgUnitPath) },
  };
}

async function checkParent(q: Queryable, parentPlanId: number | null, selfId: number | null) {
  if (parentPlanId === null) return;
  if (parentPlanId === selfId)
    throw new AppError("PLAN_INVALID", "Kế hoạch không thể triển khai chính nó.", [], 422);
  const parent = await repo.getPlan(q, parentPlanId);
  if (!parent)
    throw new AppError("PLAN_INVALID", `Không tìm thấy kế hoạch cấp trên số ${parentPlanId}.`, [], 422);
  if (selfId !== null && (await repo.ancestorPlans(q, parentPlanId)).some((a) => a.id === selfId))
    throw new AppError(
      "PLAN_INVALID",
      "Chuỗi kế hoạch bị vòng: kế hoạch cấp trên lại triển khai kế hoạch này.",
      [],
      422,
    );
}

export async function createPlan(env: TasksEnv, ctx: Ctx, input: PlanInput): Promise<repo.PlanRecord> {
  const plan = await env.db.tx(async (tx) => {
    await assertCan(tx, ctx.who, "plan.manage", input.orgUnitId);
    await checkParent(tx, input.parentPlanId, null);
    const id = await repo.insertPlan(tx, { ...input, createdBy: auditActor(ctx).actorId });
    const created = (await repo.getPlan(tx, id)) as repo.PlanRecord;
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "plan.create",
      entityType: "plan",
      entityId: id,
      orgUnitId: input.orgUnitId,
      after: created,
    });
    return created;
  });
  env.events?.emit({ entity: "plan", action: "create", orgUnitIds: [plan.orgUnitId], ids: [plan.id] });
  return plan;
}

export async function updatePlanFields(
  env: TasksEnv,
  ctx: Ctx,
  id: number,
  input: Omit<PlanInput, "orgUnitId"> & { version: number },
): Promise<repo.PlanRecord> {
  const plan = await env.db.tx(async (tx) => {
    const before = await repo.getPlan(tx, id);
    if (!before) throw fail("NOT_FOUND", `Không tìm thấy kế hoạch số ${id}.`);
    assertCanPath(ctx.who, "plan.manage", before.orgUnitPath);
    await checkParent(tx, input.parentPlanId, id);
    const { version, ...fields } = input;
    if (!(await repo.updatePlan(tx, id, version, fields))) throw fail("VERSION_CONFLICT");
    const after = (await repo.getPlan(tx, id)) as repo.PlanRecord;
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "plan.update",
      entityType: "plan",
      entityId: id,
      orgUnitId: before.orgUnitId,
      before,
      after,
    });
    return after;
  });
  env.events?.emit({ entity: "plan", action: "update", orgUnitIds: [plan.orgUnitId], ids: [plan.id] });
  return plan;
}

export async function attachPlanFiles(env: TasksEnv, ctx: Ctx, id: number, files: UploadedFile[]) {
  if (files.length === 0) throw fail("VALIDATION_FAILED", "Chưa chọn tệp đính kèm.");
  return env.db.tx(async (tx) => {
    const plan = await repo.getPlan(tx, id);
    if (!plan) throw fail("NOT_FOUND", `Không tìm thấy kế hoạch số ${id}.`);
    assertCanPath(ctx.who, "plan.manage", plan.orgUnitPath);
    const stored = [];
    for (const f of files) {
      const s = await saveFile(tx, {
        buffer: f.buffer,
        filename: f.filename,
        orgUnitId: plan.orgUnitId,
        uploadedBy: auditActor(ctx).actorId,
      });
      await repo.linkPlanFile(tx, id, s.id, "attachment");
      stored.push(s);
    }
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "plan.attach",
      entityType: "plan",
      entityId: id,
      orgUnitId: plan.orgUnitId,
      after: { files: stored.map((s) => ({ id: s.id, filename: s.filename, sha256: s.sha256 })) },
    });
    return stored;
  });
}

/** A task added by hand to an existing plan (with fan-out when several units are given). */
export async function addTask(env: TasksEnv, ctx: Ctx, planId: number, input: TaskInput) {
  const today = todayOf(env);
  const ids = await env.db.tx(async (tx) => {
    const plan = await repo.getPlan(tx, planId);
    if (!plan) throw fail("NOT_FOUND", `Không tìm thấy kế hoạch số ${planId}.`);
    assertCanPath(ctx.who, "plan.manage", plan.orgUnitPath);
    await checkUnits(tx, [
      input.leadUnitId,
      ...(input.fanOutUnitIds ?? []),
      ...(input.coordinatorUnitIds ?? []),
    ]);
    const [{ n }] = await tx.query<{ n: number }>(
      "select coalesce(max(sort_order), -1)::int + 1 as n from task where plan_id = $1 and parent_id is null",
      [planId],
    );
    const ids = await createTaskTree(tx, plan, input, {
      sortOrder: n,
      createdBy: auditActor(ctx).actorId,
      today,
    });
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "task.create",
      entityType: "task",
      entityId: ids[0],
      orgUnitId: plan.orgUnitId,
      after: { planId, ids, ...input },
    });
    return ids;
  });
  env.events?.emit({ entity: "task", action: "create", orgUnitIds: [], ids });
  return ids;
}

export async function checkUnits(q: Queryable, ids: Array<number | null>): Promise<void> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (wanted.length === 0) return;
  const found = await q.query<{ id: number }>("select id from org_unit where id = any($1::int[])", [wanted]);
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length)
    throw new AppError("TASK_INVALID", `Không tìm thấy đơn vị có mã số ${missing.join(", ")}.`, [], 422);
}

export interface TaskPatch
  extends Omit<taskRepo.TaskEdit, "deadlineKind" | "dueFrom" | "dueTo" | "deadlineText"> {
  deadline: { kind: string; from: string | null; to: string | null; text: string | null };
  version: number;
}

/** The assigning unit edits what it assigned (lead, deadline, result, links). Version-checked and audited. */
export async function editTask(env: TasksEnv, ctx: Ctx, id: number, patch: TaskPatch) {
  const t = await env.db.tx(async (tx) => {
    const before = await taskRepo.getTask(tx, id, true);
    if (!before) throw taskError.notFound(id);
    assertCanPath(ctx.who, "plan.manage", before.assignerUnitPath);
    if (before.childCount > 0 && patch.leadUnitId !== null)
      throw new AppError(
        "TASK_INVALID",
        "Nhiệm vụ đã giao cho từng đơn vị; hãy sửa nhiệm vụ của từng đơn vị.",
        [],
        422,
      );
    if (before.childCount === 0 && patch.leadUnitId === null)
      throw new AppError(
        "TASK_INVALID",
        "Cần chọn đơn vị chủ trì.",
        [{ path: "leadUnitId", message: "Chưa chọn đơn vị chủ trì." }],
        422,
      );
    if (patch.deadline.kind === "recurring" && !patch.recurCycle)
      throw new AppError("TASK_INVALID", "Nhiệm vụ thường xuyên cần chọn kỳ báo cáo.", [], 422);
    await checkUnits(tx, [patch.leadUnitId, ...patch.coordinatorUnitIds]);
    const { deadline, version, ...rest } = patch;
    const ok = await taskRepo.updateTaskFields(tx, id, version, {
      ...rest,
      deadlineKind: deadline.kind,
      dueFrom: deadline.from,
      dueTo: deadline.to,
      deadlineText: deadline.text,
    });
    if (!ok) throw fail("VERSION_CONFLICT");
    const after = (await taskRepo.getTask(tx, id)) as NonNullable<
      Awaited<ReturnType<typeof taskRepo.getTask>>
    >;
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "task.update",
      entityType: "task",
      entityId: id,
      orgUnitId: after.leadUnitId ?? after.assignerUnitId,
      before,
      after,
    });
    return after;
  });
  env.events?.emit({
    entity: "task",
    action: "update",
    orgUnitIds: [t.leadUnitId ?? t.assignerUnitId],
    ids: [id],
  });
  return t;
}
