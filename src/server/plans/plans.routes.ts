import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxOf } from "../auth/context";
import { fail } from "../http/errors";
import { contentDisposition, MAX_FILE_BYTES } from "../tasks/file-store";
import { readMultipartForm } from "../tasks/multipart";
import type { TasksEnv } from "../tasks/tasks.env";
import { tasksWorkbook } from "../tasks/tasks.export";
import { listTaskViews } from "../tasks/tasks.query";
import { IdParams, PlanFieldsSchema, TaskInputSchema } from "../tasks/tasks.schemas";
import { confirmImport } from "./import-confirm";
import { MAX_PASTED_CHARS, MAX_PLAN_FILE_BYTES, parseImport } from "./import-parse";
import { TaskEditSchema } from "./plans.schemas";
import {
  addTask,
  attachPlanFiles,
  createPlan,
  editTask,
  listPlanSummaries,
  planDetail,
  updatePlanFields,
} from "./plans.service";

const unitIdField = z.number().int().positive();

export function planRoutes(app: FastifyInstance, env: TasksEnv) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["plans"];

  r.get(
    "/plans",
    {
      schema: {
        tags,
        summary: "Danh sách kế hoạch kèm tiến độ chung và số nhiệm vụ theo trạng thái",
        querystring: z.object({
          orgUnitId: z.coerce.number().int().positive().optional(),
          status: z.string().max(100).optional(),
          docType: z.string().max(10).optional(),
          q: z.string().max(200).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      const { page, pageSize, status, ...f } = req.query;
      return listPlanSummaries(env, ctxOf(req), {
        ...f,
        q: f.q?.trim() || undefined,
        status: status ? status.split(",") : undefined,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
    },
  );

  r.post(
    "/plans/import/parse",
    {
      schema: {
        tags,
        summary: "Đọc văn bản kế hoạch (.docx, .txt hoặc văn bản dán vào) thành bản nháp; chưa lưu gì",
        description: `multipart: trường tệp \`file\` (tối đa ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB) và trường \`orgUnitId\`; hoặc JSON {text, orgUnitId}.`,
        consumes: ["multipart/form-data", "application/json"],
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (req.isMultipart()) {
        const form = await readMultipartForm(req, {
          maxFileBytes: MAX_PLAN_FILE_BYTES,
          maxFiles: 1,
          maxFieldChars: MAX_PASTED_CHARS,
        });
        const unit = form.fields.orgUnitId ? Number(form.fields.orgUnitId) : null;
        if (unit !== null && !(Number.isInteger(unit) && unit > 0))
          throw fail("VALIDATION_FAILED", "Mã đơn vị không hợp lệ.");
        const file = form.files[0];
        if (file) return parseImport(env.db, ctx, { buffer: file.buffer, filename: file.filename }, unit);
        if (form.fields.text !== undefined) return parseImport(env.db, ctx, { text: form.fields.text }, unit);
        throw fail("VALIDATION_FAILED", "Chưa chọn tệp kế hoạch hoặc dán nội dung văn bản.");
      }
      const body = z
        .strictObject({
          text: z.string().max(MAX_PASTED_CHARS),
          orgUnitId: unitIdField.nullable().optional(),
        })
        .safeParse(req.body);
      if (!body.success)
        throw fail("VALIDATION_FAILED", "Cần gửi tệp (multipart, trường `file`) hoặc JSON {text}.");
      return parseImport(env.db, ctx, { text: body.data.text }, body.data.orgUnitId ?? null);
    },
  );

  r.post(
    "/plans/import/confirm",
    {
      schema: {
        tags,
        summary:
          "Lưu kế hoạch và toàn bộ nhiệm vụ đã rà soát trong một giao dịch (lỗi nào cũng không lưu gì)",
        body: z.strictObject({
          plan: PlanFieldsSchema.extend({ orgUnitId: unitIdField }),
          tasks: z.array(TaskInputSchema).max(2000),
        }),
      },
    },
    async (req, reply) => {
      const out = await confirmImport(env, ctxOf(req), req.body);
      return reply.status(201).send({ item: out.plan, tasks: out.tasks, rows: out.rows });
    },
  );

  r.get(
    "/plans/:id",
    {
      schema: {
        tags,
        summary: "Cây kế hoạch: chuỗi kế hoạch, mục, nhiệm vụ, nhiệm vụ từng đơn vị, tiến độ",
        params: IdParams,
      },
    },
    async (req) => planDetail(env, ctxOf(req), req.params.id),
  );

  r.get(
    "/plans/:id/export",
    { schema: { tags, summary: "Xuất nhiệm vụ của kế hoạch ra Excel", params: IdParams } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const detail = await planDetail(env, ctx, req.params.id);
      const { items } = await listTaskViews(env, ctx, {
        view: "all",
        planId: req.params.id,
        level: "leaves",
        sort: "plan",
        limit: 100_000,
        offset: 0,
      });
      const title = `TÌNH HÌNH THỰC HIỆN ${detail.item.number ? `KẾ HOẠCH SỐ ${detail.item.number}` : "KẾ HOẠCH"}`;
      reply.header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      reply.header("content-disposition", contentDisposition(`ke-hoach-${req.params.id}.xlsx`));
      return reply.send(await tasksWorkbook(items, title));
    },
  );

  r.post(
    "/plans",
    {
      schema: {
        tags,
        summary: "Tạo kế hoạch (nhập tay)",
        body: PlanFieldsSchema.extend({ orgUnitId: unitIdField }),
      },
    },
    async (req, reply) => reply.status(201).send({ item: await createPlan(env, ctxOf(req), req.body) }),
  );

  r.patch(
    "/plans/:id",
    {
      schema: {
        tags,
        summary: "Sửa thông tin kế hoạch (kiểm tra phiên bản)",
        params: IdParams,
        body: PlanFieldsSchema.extend({ version: z.number().int() }),
      },
    },
    async (req) => ({ item: await updatePlanFields(env, ctxOf(req), req.params.id, req.body) }),
  );

  r.post(
    "/plans/:id/files",
    {
      schema: {
        tags,
        summary: "Đính kèm tệp vào kế hoạch (multipart, trường `files`, tối đa 20 MB mỗi tệp)",
        params: IdParams,
        consumes: ["multipart/form-data"],
      },
    },
    async (req, reply) => {
      const form = await readMultipartForm(req, { maxFileBytes: MAX_FILE_BYTES, maxFiles: 10 });
      return reply
        .status(201)
        .send({ items: await attachPlanFiles(env, ctxOf(req), req.params.id, form.files) });
    },
  );

  r.post(
    "/plans/:id/tasks",
    {
      schema: {
        tags,
        summary: "Thêm nhiệm vụ vào kế hoạch (nhiều đơn vị: giao cho từng đơn vị)",
        params: IdParams,
        body: TaskInputSchema,
      },
    },
    async (req, reply) =>
      reply.status(201).send({ ids: await addTask(env, ctxOf(req), req.params.id, req.body) }),
  );

  r.patch(
    "/tasks/:id",
    {
      schema: {
        tags: ["tasks"],
        summary: "Đơn vị giao sửa nhiệm vụ (đơn vị chủ trì, thời hạn, kết quả...)",
        params: IdParams,
        body: TaskEditSchema,
      },
    },
    async (req) => ({ item: await editTask(env, ctxOf(req), req.params.id, req.body) }),
  );
}
