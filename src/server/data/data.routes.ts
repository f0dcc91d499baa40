import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app";
import { ctxOf } from "../auth/context";
import { readUpload } from "../orgunits/orgunits.routes";
import { readDataFile } from "./data.import";
import { createDataService } from "./data.service";
import type { DataValueInput, WriteResult } from "./data.types";
import { writeDataValues } from "./data.write";

const num = z.union([z.number(), z.string().max(40)]).nullable().optional();
const Row = z.strictObject({
  indicator: z.string().max(50),
  orgUnit: z.string().max(50),
  period: z.string().max(20),
  disagg: z.string().max(50).optional(),
  value: num,
  numerator: num,
  denominator: num,
  comment: z.string().max(2000).nullable().optional(),
  status: z.enum(["draft", "submitted"]).optional(),
  version: z.number().int().min(0).optional(),
});
const Problem = z.object({ row: z.number(), column: z.string(), code: z.string(), message: z.string() });
const Result = z.object({
  dryRun: z.boolean(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(Problem),
  warnings: z.array(Problem),
});

export function dataRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["data"];
  const svc = createDataService(deps.db, deps.events);
  const reply422 = (res: WriteResult) => (res.errors.length ? 422 : 200);

  r.post(
    "/data-values/bulk",
    {
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags,
        summary: "Ghi nhiều số liệu một lần: áp dụng toàn bộ hoặc không gì cả; dryRun chỉ kiểm tra",
        body: z.strictObject({ rows: z.array(Row).max(200_000), dryRun: z.boolean().default(false) }),
        response: { 200: Result, 422: Result },
      },
    },
    async (req, reply) => {
      const res = await writeDataValues(deps.db, ctxOf(req), req.body.rows as DataValueInput[], { dryRun: req.body.dryRun, source: "api", events: deps.events });
      return reply.status(reply422(res)).send(res);
    },
  );

  r.post(
    "/data-values/import",
    {
      schema: {
        tags,
        summary: "Nhập số liệu từ tệp CSV, XLSX hoặc JSON (trường `file`); lỗi theo dòng và cột",
        querystring: z.object({ dryRun: z.enum(["true", "false"]).default("true") }),
        consumes: ["multipart/form-data"],
        response: { 200: Result, 422: Result },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const file = await readUpload(req);
      const { rows, rowNumbers } = await readDataFile(file);
      const res = await writeDataValues(deps.db, ctx, rows, { dryRun: req.query.dryRun === "true", source: file.filename, events: deps.events });
      // Report the spreadsheet's own row numbers.
      for (const p of [...res.errors, ...res.warnings]) p.row = rowNumbers[p.row - 1] ?? p.row;
      return reply.status(reply422(res)).send(res);
    },
  );

  r.put(
    "/data-values",
    {
      schema: {
        tags,
        summary: "Ghi một số liệu (kiểm tra phiên bản: version = phiên bản đã đọc, 0 nếu chưa có)",
        body: Row.extend({ version: z.number().int().min(0) }),
        response: { 200: Result, 409: Result, 422: Result },
      },
    },
    async (req, reply) => {
      const res = await writeDataValues(deps.db, ctxOf(req), [req.body as DataValueInput], { dryRun: false, source: "entry", events: deps.events });
      const conflict = res.errors.find((e) => e.code === "VERSION_CONFLICT");
      return reply.status(conflict ? 409 : reply422(res)).send(res);
    },
  );

  r.get(
    "/data-values",
    {
      schema: {
        tags,
        summary: "Số liệu đã lưu (trong phạm vi được xem)",
        querystring: z.object({
          indicator: z.string().max(50).optional(),
          orgUnit: z.coerce.number().int().positive(),
          periods: z.string().max(2000).optional(),
          children: z.enum(["true", "false"]).optional(),
        }),
      },
    },
    async (req) => ({ items: await svc.list(ctxOf(req), { ...req.query, children: req.query.children === "true" }) }),
  );

  r.get(
    "/data-values/history",
    {
      schema: {
        tags,
        summary: "Lịch sử một số liệu",
        querystring: z.object({ indicator: z.string().max(50), orgUnit: z.coerce.number().int().positive(), period: z.string().max(20), disagg: z.string().max(50).default("") }),
      },
    },
    async (req) => ({ items: await svc.history(ctxOf(req), req.query) }),
  );

  r.post(
    "/data-values/status",
    {
      schema: {
        tags,
        summary: "Gửi, phê duyệt (khóa) hoặc mở khóa số liệu",
        body: z.strictObject({
          action: z.enum(["submit", "approve", "unapprove"]),
          keys: z.array(z.strictObject({ indicator: z.string().max(50), orgUnit: z.string().max(50), period: z.string().max(20), disagg: z.string().max(50).default("") })).min(1).max(10_000),
        }),
      },
    },
    async (req) => svc.changeStatus(ctxOf(req), req.body.action, req.body.keys),
  );

  r.get(
    "/data-entry/grid",
    {
      schema: {
        tags,
        summary: "Lưới nhập liệu: đơn vị × chỉ tiêu của một kỳ, kèm kỳ trước và chỉ tiêu kế hoạch",
        querystring: z.object({
          period: z.string().max(20),
          orgUnit: z.coerce.number().int().positive(),
          group: z.string().max(50).optional(),
          indicators: z.string().max(4000).optional(),
        }),
      },
    },
    async (req) => svc.grid(ctxOf(req), req.query),
  );
}
