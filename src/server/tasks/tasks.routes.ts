import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { scopePaths } from "../auth/authorize";
import { ctxOf } from "../auth/context";
import { AppError, fail } from "../http/errors";
import { isoDate } from "../http/safe-text";
import { filePlans, listPlans } from "../plans/plans.repo";
import { contentDisposition, MAX_FILE_BYTES, readFileBlob } from "./file-store";
import { readMultipartForm, type UploadedFile } from "./multipart";
import { unitScorecard } from "./scorecard";
import { decideExtension, manageState, postProgress, requestExtension } from "./tasks.actions";
import type { TasksEnv } from "./tasks.env";
import { scorecardWorkbook, tasksWorkbook } from "./tasks.export";
import { listTaskViews, readableTask, type TaskListQuery, taskDetail } from "./tasks.query";
import { fileOwnerTasks } from "./tasks.repo";
import { IdParams, optionalText, requiredText, statusList } from "./tasks.schemas";

const ListQuery = z.object({
  view: z.enum(["mine", "unit", "assigned", "all"]).default("all"),
  unitId: z.coerce.number().int().positive().optional(),
  includeSub: z.enum(["true", "false"]).optional(),
  planId: z.coerce.number().int().positive().optional(),
  status: statusList.optional(),
  priority: z.string().max(100).optional(),
  dueFrom: isoDate().optional(),
  dueTo: isoDate().optional(),
  q: z.string().max(200).optional(),
  level: z.enum(["leaves", "top"]).optional(),
  sort: z.enum(["due", "plan", "late"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

function toListQuery(q: z.infer<typeof ListQuery>): TaskListQuery {
  return {
    view: q.view,
    unitId: q.unitId,
    includeSub: q.includeSub === "true",
    planId: q.planId,
    status: q.status,
    priority: q.priority ? q.priority.split(",") : undefined,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    q: q.q?.trim() || undefined,
    level: q.level,
    sort: q.sort,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  };
}

const ProgressBody = z.strictObject({
  note: optionalText(4000),
  progress: z.coerce.number().int().min(0).max(100).nullable().optional(),
  complete: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
  resultText: optionalText(500),
  completedOn: isoDate().nullable().optional(),
  occurrenceId: z.coerce.number().int().positive().nullable().optional(),
});

/** JSON, or multipart with the same fields as text plus files (field `files`). */
async function progressInput(req: FastifyRequest) {
  let raw: unknown = req.body;
  let files: UploadedFile[] = [];
  if (req.isMultipart()) {
    const form = await readMultipartForm(req, { maxFileBytes: MAX_FILE_BYTES, maxFiles: 10 });
    raw = Object.fromEntries(Object.entries(form.fields).map(([k, v]) => [k, v === "" ? null : v]));
    files = form.files;
  }
  const parsed = ProgressBody.safeParse(raw ?? {});
  if (!parsed.success)
    throw new AppError(
      "VALIDATION_FAILED",
      undefined,
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  const b = parsed.data;
  return {
    input: {
      note: b.note,
      progress: b.progress ?? null,
      complete: b.complete,
      resultText: b.resultText,
      completedOn: b.completedOn ?? null,
      occurrenceId: b.occurrenceId ?? null,
    },
    files,
  };
}

export function taskRoutes(app: FastifyInstance, env: TasksEnv) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["tasks"];

  r.get(
    "/tasks",
    {
      schema: {
        tags,
        summary:
          "Danh sách nhiệm vụ: của tôi, của đơn vị, đơn vị giao, quá hạn (status=overdue); trạng thái tính theo ngày hôm nay",
        querystring: ListQuery,
      },
    },
    async (req) => listTaskViews(env, ctxOf(req), toListQuery(req.query)),
  );

  r.get(
    "/tasks/export",
    {
      schema: {
        tags,
        summary: "Xuất danh sách nhiệm vụ ra Excel (cùng bộ lọc với GET /tasks)",
        querystring: ListQuery,
      },
    },
    async (req, reply) => {
      const q = toListQuery(req.query);
      const { items } = await listTaskViews(env, ctxOf(req), { ...q, limit: 100_000, offset: 0 });
      const buf = await tasksWorkbook(items, "DANH SÁCH NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN");
      reply.header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      reply.header("content-disposition", contentDisposition("nhiem-vu.xlsx"));
      return reply.send(buf);
    },
  );

  const ScoreQuery = z.object({
    unitId: z.coerce.number().int().positive().optional(),
    planId: z.coerce.number().int().positive().optional(),
    format: z.enum(["json", "xlsx"]).default("json"),
  });
  r.get(
    "/tasks/scorecard",
    {
      schema: {
        tags,
        summary: "Xếp hạng đơn vị: tỷ lệ đúng hạn, số nhiệm vụ quá hạn, số lần đôn đốc",
        querystring: ScoreQuery,
      },
    },
    async (req, reply) => {
      const items = await unitScorecard(env, ctxOf(req), req.query);
      if (req.query.format === "json") return { items };
      reply.header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      reply.header("content-disposition", contentDisposition("xep-hang-don-vi.xlsx"));
      return reply.send(await scorecardWorkbook(items, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ"));
    },
  );

  r.get(
    "/tasks/:id",
    {
      schema: {
        tags,
        summary: "Chi tiết nhiệm vụ: tiến độ, kỳ báo cáo, nhiệm vụ của từng đơn vị, gia hạn, đôn đốc",
        params: IdParams,
      },
    },
    async (req) => taskDetail(env, ctxOf(req), req.params.id),
  );

  r.post(
    "/tasks/:id/updates",
    {
      schema: {
        tags,
        summary:
          "Báo cáo tiến độ hoặc hoàn thành (JSON, hoặc multipart kèm tệp minh chứng `files`, tối đa 20 MB mỗi tệp)",
        params: IdParams,
        consumes: ["application/json", "multipart/form-data"],
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { input, files } = await progressInput(req);
      const out = await postProgress(env, ctx, req.params.id, input, files);
      return reply.status(201).send({
        updateId: out.updateId,
        files: out.files,
        item: (await taskDetail(env, ctx, req.params.id)).item,
      });
    },
  );

  r.post(
    "/tasks/:id/extensions",
    {
      schema: {
        tags,
        summary: "Đơn vị chủ trì đề nghị gia hạn",
        params: IdParams,
        body: z.strictObject({ requestedDue: isoDate(), reason: requiredText(2000) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestExtension(env, ctxOf(req), req.params.id, req.body)),
  );

  r.post(
    "/tasks/:id/extensions/:extensionId/decision",
    {
      schema: {
        tags,
        summary: "Đơn vị giao nhiệm vụ duyệt hoặc không duyệt gia hạn",
        params: z.object({
          id: z.coerce.number().int().positive(),
          extensionId: z.coerce.number().int().positive(),
        }),
        body: z.strictObject({ approve: z.boolean(), note: optionalText(2000) }),
      },
    },
    async (req, reply) => {
      await decideExtension(env, ctxOf(req), req.params.id, req.params.extensionId, req.body);
      return reply.status(204).send();
    },
  );

  for (const action of ["reopen", "pause", "resume"] as const) {
    r.post(
      `/tasks/:id/${action}`,
      {
        schema: {
          tags,
          summary: {
            reopen: "Mở lại nhiệm vụ đã hoàn thành",
            pause: "Tạm dừng nhiệm vụ",
            resume: "Tiếp tục nhiệm vụ đang tạm dừng",
          }[action],
          params: IdParams,
          body: z.strictObject({ reason: action === "resume" ? optionalText(2000) : requiredText(2000) }),
        },
      },
      async (req, reply) => {
        await manageState(env, ctxOf(req), req.params.id, action, req.body.reason ?? null);
        return reply.status(204).send();
      },
    );
  }

  r.get(
    "/files/:id",
    {
      schema: {
        tags,
        summary: "Tải tệp minh chứng hoặc tệp đính kèm kế hoạch (người xem được nhiệm vụ/kế hoạch)",
        params: IdParams,
        querystring: z.object({ inline: z.enum(["true", "false"]).optional() }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const file = await readFileBlob(env.db, req.params.id);
      if (!file) throw fail("NOT_FOUND", "Không tìm thấy tệp.");
      if (!(await mayReadFile(env, ctx, req.params.id))) throw fail("FORBIDDEN");
      reply.header("content-type", file.contentType);
      reply.header("content-disposition", contentDisposition(file.filename, req.query.inline === "true"));
      reply.header("x-content-type-options", "nosniff");
      return reply.send(file.data);
    },
  );
}

async function mayReadFile(env: TasksEnv, ctx: ReturnType<typeof ctxOf>, fileId: number): Promise<boolean> {
  for (const taskId of await fileOwnerTasks(env.db, fileId)) {
    try {
      await readableTask(env.db, ctx, taskId);
      return true;
    } catch {
      // Not this one; another task or plan may hold the same file.
    }
  }
  const plans = await filePlans(env.db, fileId);
  if (plans.length === 0) return false;
  return (await listPlans(env.db, { ids: plans, readPaths: scopePaths(ctx.who, "read") })).length > 0;
}
