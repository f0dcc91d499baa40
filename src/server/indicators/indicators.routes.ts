import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxOf } from "../auth/context";
import type { Db } from "../db/db";
import { readUpload } from "../orgunits/orgunits.routes";
import { exportCatalogueXlsx, importCatalogueXlsx } from "./indicators.xlsx";
import { IndicatorBody, IndicatorSchema } from "./indicators.schema";
import type { IndicatorService } from "./indicators.service";

const IdParams = z.object({ id: z.coerce.number().int().positive() });

export function indicatorRoutes(app: FastifyInstance, svc: IndicatorService, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["indicators"];

  r.get(
    "/indicators",
    {
      schema: {
        tags,
        summary: "Danh mục chỉ tiêu; q tìm không dấu (\"ty le ho so\" tìm được \"Tỷ lệ hồ sơ\")",
        querystring: z.object({
          q: z.string().max(200).optional(),
          group: z.string().max(50).optional(),
          includeInactive: z.enum(["true", "false"]).optional(),
        }),
        response: { 200: z.object({ items: z.array(IndicatorSchema) }) },
      },
    },
    async (req) => {
      ctxOf(req);
      return { items: await svc.list({ ...req.query, includeInactive: req.query.includeInactive === "true" }) };
    },
  );

  r.get("/indicator-groups", { schema: { tags, summary: "Nhóm chỉ tiêu" } }, async (req) => {
    ctxOf(req);
    return { items: await svc.groups() };
  });

  r.get("/indicators/export", { schema: { tags, summary: "Xuất danh mục chỉ tiêu ra XLSX" } }, async (req, reply) => {
    ctxOf(req);
    reply.header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    reply.header("content-disposition", 'attachment; filename="danh-muc-chi-tieu.xlsx"');
    return reply.send(await exportCatalogueXlsx(db));
  });

  r.post(
    "/indicators/import",
    {
      schema: {
        tags,
        summary: "Nhập danh mục chỉ tiêu từ XLSX (trường `file`); dryRun để kiểm tra",
        querystring: z.object({ dryRun: z.enum(["true", "false"]).default("true") }),
        consumes: ["multipart/form-data"],
      },
    },
    async (req) => importCatalogueXlsx(db, svc, ctxOf(req), await readUpload(req), req.query.dryRun === "true"),
  );

  r.get("/indicators/:id", { schema: { tags, summary: "Một chỉ tiêu", params: IdParams, response: { 200: z.object({ item: IndicatorSchema }) } } }, async (req) => {
    ctxOf(req);
    return { item: await svc.get(req.params.id) };
  });

  r.get("/indicators/:id/versions", { schema: { tags, summary: "Các phiên bản định nghĩa", params: IdParams } }, async (req) => {
    ctxOf(req);
    return { items: await svc.versions(req.params.id) };
  });

  r.post(
    "/indicators",
    { schema: { tags, summary: "Tạo chỉ tiêu", body: IndicatorBody, response: { 201: z.object({ item: IndicatorSchema }) } } },
    async (req, reply) => reply.status(201).send({ item: await svc.create(ctxOf(req), req.body) }),
  );

  r.put(
    "/indicators/:id",
    {
      schema: {
        tags,
        summary: "Sửa chỉ tiêu (lưu phiên bản mới của định nghĩa)",
        params: IdParams,
        body: IndicatorBody.extend({ version: z.number().int() }),
        response: { 200: z.object({ item: IndicatorSchema }) },
      },
    },
    async (req) => {
      const { version, ...body } = req.body;
      return { item: await svc.update(ctxOf(req), req.params.id, version, body) };
    },
  );
}
