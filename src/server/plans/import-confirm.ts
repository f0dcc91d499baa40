// Saving a reviewed import: the plan and all its tasks in one transaction, or nothing. Every
// problem is reported at once, by task row and field, in Vietnamese.
import { appendAudit } from "../audit/audit.repo";
import { assertCan } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Queryable } from "../db/db";
import { AppError, type ErrorDetail } from "../http/errors";
import { createTaskTree, type TaskInput, taskInputProblems } from "../tasks/tasks.create";
import { type TasksEnv, todayOf } from "../tasks/tasks.env";
import * as repo from "./plans.repo";
import type { PlanInput } from "./plans.service";

export interface ConfirmInput {
  plan: PlanInput;
  tasks: TaskInput[];
}

async function unitProblems(q: Queryable, tasks: TaskInput[]): Promise<ErrorDetail[]> {
  const ids = new Set<number>();
  for (const t of tasks) {
    if (t.leadUnitId !== null) ids.add(t.leadUnitId);
    for (const id of t.fanOutUnitIds ?? []) ids.add(id);
    for (const id of t.coordinatorUnitIds ?? []) ids.add(id);
  }
  if (ids.size === 0) return [];
  const found = await q.query<{ id: number; validTo: string | null; name: string }>(
    `select id, valid_to as "validTo", name from org_unit where id = any($1::int[])`,
    [[...ids]],
  );
  const byId = new Map(found.map((f) => [f.id, f]));
  const out: ErrorDetail[] = [];
  tasks.forEach((t, i) => {
    for (const id of [t.leadUnitId, ...(t.fanOutUnitIds ?? [])]) {
      if (id === null) continue;
      const u = byId.get(id);
      if (!u)
        out.push({
          row: i + 1,
          column: "lead",
          message: `Nhiệm vụ ${t.code ?? `dòng ${i + 1}`}: không có đơn vị mã số ${id}.`,
        });
      else if (u.validTo)
        out.push({
          row: i + 1,
          column: "lead",
          message: `Nhiệm vụ ${t.code ?? `dòng ${i + 1}`}: "${u.name}" đã ngừng hoạt động từ ${u.validTo}.`,
        });
    }
  });
  return out;
}

/** Saves the reviewed draft; returns the new plan with how many tasks were created. */
export async function confirmImport(env: TasksEnv, ctx: Ctx, input: ConfirmInput) {
  const today = todayOf(env);
  if (input.tasks.length === 0)
    throw new AppError(
      "IMPORT_INVALID",
      "Kế hoạch chưa có nhiệm vụ nào; chưa có gì được lưu.",
      [{ message: "Danh sách nhiệm vụ trống." }],
      422,
    );
  const result = await env.db.tx(async (tx) => {
    await assertCan(tx, ctx.who, "plan.manage", input.plan.orgUnitId);
    const problems = input.tasks.flatMap((t, i) => taskInputProblems(t, i + 1));
    problems.push(...(await unitProblems(tx, input.tasks)));
    if (input.plan.periodFrom && input.plan.periodTo && input.plan.periodTo < input.plan.periodFrom)
      problems.unshift({ path: "plan.periodTo", message: "Kỳ kế hoạch: ngày kết thúc trước ngày bắt đầu." });
    if (input.plan.parentPlanId !== null && !(await repo.getPlan(tx, input.plan.parentPlanId)))
      problems.unshift({
        path: "plan.parentPlanId",
        message: `Không tìm thấy kế hoạch cấp trên số ${input.plan.parentPlanId}.`,
      });
    if (problems.length)
      throw new AppError(
        "IMPORT_INVALID",
        `Có ${problems.length} lỗi cần sửa; chưa có gì được lưu.`,
        problems,
        422,
      );
    const planId = await repo.insertPlan(tx, { ...input.plan, createdBy: auditActor(ctx).actorId });
    const plan = (await repo.getPlan(tx, planId)) as repo.PlanRecord;
    let created = 0;
    for (const [i, t] of input.tasks.entries())
      created += (
        await createTaskTree(tx, plan, t, { sortOrder: i, createdBy: auditActor(ctx).actorId, today })
      ).length;
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "plan.import",
      entityType: "plan",
      entityId: planId,
      orgUnitId: plan.orgUnitId,
      after: { plan, tasks: input.tasks.length, rows: created },
    });
    return { plan, tasks: input.tasks.length, rows: created };
  });
  env.events?.emit({
    entity: "plan",
    action: "import",
    orgUnitIds: [result.plan.orgUnitId],
    ids: [result.plan.id],
  });
  env.events?.emit({ entity: "task", action: "create", orgUnitIds: [result.plan.orgUnitId], ids: [] });
  return result;
}
