import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app";
import { appendAudit } from "../audit/audit.repo";
import { auditActor, type Ctx, ctxOf } from "../auth/context";
import type { Queryable } from "../db/db";
import { AppError, fail } from "../http/errors";
import { codeString, safeName } from "../http/safe-text";

// Saved dashboard views: each user keeps their own arrangements and may share one by link
// (/?view=<token>). A shared view carries the arrangement only: whoever opens it still sees figures
// through their own grants, so sharing never widens anyone's access.

export const ViewConfig = z.strictObject({
  unitId: z.number().int().positive().optional(),
  groups: z.array(codeString()).max(20).optional(),
  indicators: z.array(codeString()).max(60).optional(),
  period: z
    .string()
    .regex(/^[0-9A-Z]{4,10}$/)
    .optional(),
  rankIndicator: codeString().optional(),
  scorePreset: codeString().optional(),
  weights: z
    .array(z.strictObject({ indicator: codeString(), weight: z.number().min(0).max(1000) }))
    .max(30)
    .optional(),
  mapIndicator: codeString().optional(),
  wallSeconds: z.number().int().min(5).max(600).optional(),
});
export type ViewConfig = z.infer<typeof ViewConfig>;

const ViewBody = z.strictObject({
  name: safeName(120),
  config: ViewConfig,
  shared: z.boolean().default(false),
});
const View = z.object({
  id: z.number(),
  token: z.string(),
  name: z.string(),
  config: z.record(z.string(), z.unknown()),
  shared: z.boolean(),
  owner: z.string(),
  mine: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});

interface ViewRow {
  id: number;
  token: string;
  userId: number;
  name: string;
  config: ViewConfig;
  shared: boolean;
  owner: string;
  version: number;
  updatedAt: string;
}

const COLS = `v.id, v.token, v.user_id as "userId", v.name, v.config, v.shared, u.full_name as owner, v.version, v.updated_at as "updatedAt"`;

const MAX_VIEWS_PER_USER = 100;

function userIdOf(ctx: Ctx): number {
  if (ctx.who.kind !== "user")
    throw new AppError(
      "DASHBOARD_VIEWS_USERS_ONLY",
      "Chỉ người dùng đăng nhập mới lưu được chế độ xem.",
      [],
      403,
    );
  return ctx.who.id;
}

async function getById(q: Queryable, id: number) {
  const [r] = await q.query<ViewRow>(
    `select ${COLS} from dashboard_view v join app_user u on u.id = v.user_id where v.id = $1`,
    [id],
  );
  return r;
}

const shape = (r: ViewRow, me: number) => ({
  id: r.id,
  token: r.token,
  name: r.name,
  config: r.config,
  shared: r.shared,
  owner: r.owner,
  mine: r.userId === me,
  version: r.version,
  updatedAt: r.updatedAt,
});

export function viewRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["dashboard"];
  const db = deps.db;
  const IdParams = z.object({ id: z.coerce.number().int().positive() });

  r.get(
    "/dashboard/views",
    {
      schema: {
        tags,
        summary: "Các chế độ xem bảng điều hành đã lưu của tôi",
        response: { 200: z.object({ items: z.array(View) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const me = userIdOf(ctx);
      const rows = await db.query<ViewRow>(
        `select ${COLS} from dashboard_view v join app_user u on u.id = v.user_id where v.user_id = $1 order by v.name`,
        [me],
      );
      return { items: rows.map((x) => shape(x, me)) };
    },
  );

  r.get(
    "/dashboard/views/shared/:token",
    {
      schema: {
        tags,
        summary: "Mở chế độ xem được chia sẻ qua liên kết",
        params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }),
        response: { 200: z.object({ item: View }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const me = userIdOf(ctx);
      const [row] = await db.query<ViewRow>(
        `select ${COLS} from dashboard_view v join app_user u on u.id = v.user_id where v.token = $1`,
        [req.params.token],
      );
      if (!row || (!row.shared && row.userId !== me))
        throw new AppError(
          "NOT_FOUND",
          "Không tìm thấy chế độ xem, hoặc chế độ xem không còn được chia sẻ.",
          [],
          404,
        );
      return { item: shape(row, me) };
    },
  );

  r.post(
    "/dashboard/views",
    {
      schema: {
        tags,
        summary: "Lưu chế độ xem",
        body: ViewBody,
        response: { 201: z.object({ item: View }) },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const me = userIdOf(ctx);
      const item = await db.tx(async (tx) => {
        const [{ n }] = await tx.query<{ n: number }>(
          "select count(*)::int as n from dashboard_view where user_id = $1",
          [me],
        );
        if (n >= MAX_VIEWS_PER_USER)
          throw new AppError(
            "DASHBOARD_TOO_MANY_VIEWS",
            `Mỗi người dùng lưu tối đa ${MAX_VIEWS_PER_USER} chế độ xem.`,
            [],
            422,
          );
        const token = randomBytes(12).toString("base64url");
        const [{ id }] = await tx.query<{ id: number }>(
          "insert into dashboard_view (token, user_id, name, config, shared) values ($1, $2, $3, $4::jsonb, $5) returning id",
          [token, me, req.body.name, JSON.stringify(req.body.config), req.body.shared],
        );
        const created = (await getById(tx, id)) as ViewRow;
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "dashboard_view.create",
          entityType: "dashboard_view",
          entityId: id,
          after: shape(created, me),
        });
        return shape(created, me);
      });
      return reply.status(201).send({ item });
    },
  );

  r.put(
    "/dashboard/views/:id",
    {
      schema: {
        tags,
        summary: "Sửa chế độ xem (tên, cấu hình, chia sẻ)",
        params: IdParams,
        body: ViewBody.extend({ version: z.number().int().min(1) }),
        response: { 200: z.object({ item: View }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const me = userIdOf(ctx);
      const item = await db.tx(async (tx) => {
        const before = await getById(tx, req.params.id);
        if (!before || before.userId !== me) throw fail("NOT_FOUND", "Không tìm thấy chế độ xem của bạn.");
        const rows = await tx.query(
          `update dashboard_view set name = $3, config = $4::jsonb, shared = $5, version = version + 1, updated_at = now()
            where id = $1 and version = $2 returning id`,
          [req.params.id, req.body.version, req.body.name, JSON.stringify(req.body.config), req.body.shared],
        );
        if (rows.length === 0) throw fail("VERSION_CONFLICT");
        const after = (await getById(tx, req.params.id)) as ViewRow;
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "dashboard_view.update",
          entityType: "dashboard_view",
          entityId: req.params.id,
          before: shape(before, me),
          after: shape(after, me),
        });
        return shape(after, me);
      });
      return { item };
    },
  );

  r.delete(
    "/dashboard/views/:id",
    { schema: { tags, summary: "Xóa chế độ xem", params: IdParams } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const me = userIdOf(ctx);
      await db.tx(async (tx) => {
        const before = await getById(tx, req.params.id);
        if (!before || before.userId !== me) throw fail("NOT_FOUND", "Không tìm thấy chế độ xem của bạn.");
        await tx.query("delete from dashboard_view where id = $1", [req.params.id]);
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "dashboard_view.delete",
          entityType: "dashboard_view",
          entityId: req.params.id,
          before: shape(before, me),
        });
      });
      return reply.status(204).send();
    },
  );
}
