import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { hasAnywhere, scopePaths } from "../auth/authorize";
import { ctxOf } from "../auth/context";
import { fail } from "../http/errors";
import type { TasksEnv } from "../tasks/tasks.env";
import { type ChaseSettings, runChase } from "./chase.job";
import { listNotifications, markRead } from "./notifications.repo";

function userIdOf(ctx: ReturnType<typeof ctxOf>): number {
  if (ctx.who.kind !== "user") throw fail("FORBIDDEN", "Thông báo chỉ dành cho người dùng.");
  return ctx.who.id;
}

export function notificationRoutes(app: FastifyInstance, env: TasksEnv, chase: ChaseSettings) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];

  r.get(
    "/notifications",
    {
      schema: {
        tags,
        summary: "Thông báo của tôi (đôn đốc, gia hạn...), mới nhất trước",
        querystring: z.object({
          unread: z.enum(["true", "false"]).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(30),
        }),
      },
    },
    async (req) => {
      const userId = userIdOf(ctxOf(req));
      const { page, pageSize } = req.query;
      return listNotifications(env.db, userId, {
        unreadOnly: req.query.unread === "true",
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
    },
  );

  r.post(
    "/notifications/read",
    {
      schema: {
        tags,
        summary: "Đánh dấu đã đọc (danh sách id, hoặc all=true)",
        body: z.union([
          z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(500) }),
          z.strictObject({ all: z.literal(true) }),
        ]),
      },
    },
    async (req) => {
      const userId = userIdOf(ctxOf(req));
      const ids = "ids" in req.body ? req.body.ids : "all";
      return { updated: await markRead(env.db, userId, ids, env.now().toISOString()) };
    },
  );

  r.get(
    "/reminders",
    {
      schema: {
        tags,
        summary: "Nhật ký đôn đốc: nhắc sắp đến hạn, quá hạn, báo cáo đơn vị giao",
        querystring: z.object({
          unitId: z.coerce.number().int().positive().optional(),
          taskId: z.coerce.number().int().positive().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const paths = scopePaths(ctx.who, "read");
      const { unitId, taskId, page, pageSize } = req.query;
      const params: unknown[] = [paths, unitId ?? null, taskId ?? null, pageSize, (page - 1) * pageSize];
      const where = `exists (select 1 from unnest($1::text[]) rp(prefix) where o.path like rp.prefix || '%')
        and ($2::int is null or r.org_unit_id = $2) and ($3::int is null or r.task_id = $3)`;
      const [{ n }] = await env.db.query<{ n: number }>(
        `select count(*)::int as n from task_reminder r join org_unit o on o.id = r.org_unit_id where ${where}`,
        params.slice(0, 3),
      );
      const items = await env.db.query(
        `select r.id, r.task_id as "taskId", t.code, t.title, r.occurrence_id as "occurrenceId", r.kind, r.step,
                r.due_on as "dueOn", r.org_unit_id as "orgUnitId", o.name as "unitName", r.recipients, r.emails, r.sent_at as "sentAt"
           from task_reminder r join org_unit o on o.id = r.org_unit_id join task t on t.id = r.task_id
          where ${where} order by r.sent_at desc, r.id desc limit $4 offset $5`,
        params,
      );
      return { items, total: n };
    },
  );

  r.post(
    "/reminders/run",
    {
      schema: { tags, summary: "Chạy đôn đốc ngay (bộ phận tổng hợp, lãnh đạo); không gửi lặp nhắc đã gửi" },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!hasAnywhere(ctx.who, "plan.manage")) throw fail("FORBIDDEN");
      const report = await runChase(env.db, env.now(), chase, env.email);
      if (report.notified > 0) env.events?.emit({ entity: "notification", action: "chase", orgUnitIds: [] });
      return report;
    },
  );
}
