import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxOf } from "../auth/context";
import type { Db } from "../db/db";
import { fail } from "../http/errors";
import { codeString, isoDate, safeName } from "../http/safe-text";
import { exportOrgUnitsCsv, exportOrgUnitsXlsx } from "./orgunits.export";
import { importOrgUnits } from "./orgunits.import";
import type { OrgUnitService } from "./orgunits.service";
import { ORG_UNIT_KINDS } from "./orgunits.types";

const OrgUnitSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_UNIT_KINDS),
  parentId: z.number().nullable(),
  path: z.string(),
  depth: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  version: z.number(),
  successorIds: z.array(z.number()),
  predecessorIds: z.array(z.number()),
});
z.globalRegistry.add(OrgUnitSchema, { id: "OrgUnit" });

const IdParams = z.object({ id: z.coerce.number().int().positive() });
const kind = z.enum(ORG_UNIT_KINDS);

export function orgUnitRoutes(app: FastifyInstance, svc: OrgUnitService, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["orgunits"];

  r.get(
    "/org-units",
    {
      schema: {
        tags,
        summary: "Cây đơn vị (phẳng, theo đường dẫn); asOf cho cây tại một ngày",
        querystring: z.object({
          asOf: isoDate().optional(),
          q: z.string().max(200).optional(),
          includeInactive: z.enum(["true", "false"]).optional(),
        }),
        response: { 200: z.object({ items: z.array(OrgUnitSchema) }) },
      },
    },
    async (req) => {
      ctxOf(req);
      const { asOf, q, includeInactive } = req.query;
      return { items: await svc.list({ asOf, q, includeInactive: includeInactive === "true" }) };
    },
  );

  r.get(
    "/org-units/export",
    { schema: { tags, summary: "Xuất danh mục đơn vị (CSV hoặc XLSX)", querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }) } },
    async (req, reply) => {
      ctxOf(req);
      if (req.query.format === "xlsx") {
        reply.header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        reply.header("content-disposition", 'attachment; filename="don-vi.xlsx"');
        return reply.send(await exportOrgUnitsXlsx(db));
      }
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", 'attachment; filename="don-vi.csv"');
      return reply.send(await exportOrgUnitsCsv(db));
    },
  );

  r.get(
    "/org-units/:id",
    { schema: { tags, summary: "Chi tiết đơn vị: cấp trên, trực thuộc, kế thừa", params: IdParams } },
    async (req) => {
      ctxOf(req);
      return svc.detail(req.params.id);
    },
  );

  r.post(
    "/org-units",
    {
      schema: {
        tags,
        summary: "Tạo đơn vị",
        body: z.strictObject({
          code: codeString(),
          name: safeName(300),
          shortName: safeName(100).nullable().optional(),
          kind,
          parentId: z.number().int().positive(),
          validFrom: isoDate().optional(),
        }),
        response: { 201: z.object({ item: OrgUnitSchema }) },
      },
    },
    async (req, reply) => reply.status(201).send({ item: await svc.create(ctxOf(req), req.body) }),
  );

  r.patch(
    "/org-units/:id",
    {
      schema: {
        tags,
        summary: "Sửa đơn vị (kiểm tra phiên bản)",
        params: IdParams,
        body: z.strictObject({
          code: codeString().optional(),
          name: safeName(300).optional(),
          shortName: safeName(100).nullable().optional(),
          kind: kind.optional(),
          validTo: isoDate().nullable().optional(),
          version: z.number().int(),
        }),
        response: { 200: z.object({ item: OrgUnitSchema }) },
      },
    },
    async (req) => ({ item: await svc.update(ctxOf(req), req.params.id, req.body) }),
  );

  r.post(
    "/org-units/:id/move",
    {
      schema: {
        tags,
        summary: "Chuyển đơn vị sang cấp trên khác",
        params: IdParams,
        body: z.strictObject({ parentId: z.number().int().positive(), version: z.number().int() }),
        response: { 200: z.object({ item: OrgUnitSchema }) },
      },
    },
    async (req) => ({ item: await svc.move(ctxOf(req), req.params.id, req.body.parentId, req.body.version) }),
  );

  r.post(
    "/org-units/merge",
    {
      schema: {
        tags,
        summary: "Sáp nhập đơn vị từ một ngày (ví dụ 01/7/2025)",
        body: z.strictObject({
          sourceIds: z.array(z.number().int().positive()).min(1).max(50),
          date: isoDate(),
          target: z.union([
            z.strictObject({ id: z.number().int().positive() }),
            z.strictObject({
              code: codeString(),
              name: safeName(300),
              shortName: safeName(100).nullable().optional(),
              kind,
              parentId: z.number().int().positive(),
            }),
          ]),
        }),
        response: { 200: z.object({ item: OrgUnitSchema }) },
      },
    },
    async (req) => ({ item: await svc.merge(ctxOf(req), req.body) }),
  );

  r.post(
    "/org-units/import",
    {
      schema: {
        tags,
        summary: "Nhập danh mục đơn vị từ CSV/XLSX (trường tệp `file`); dryRun để kiểm tra",
        querystring: z.object({ dryRun: z.enum(["true", "false"]).default("true") }),
        consumes: ["multipart/form-data"],
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const file = await readUpload(req);
      return importOrgUnits(db, ctx, file, req.query.dryRun === "true");
    },
  );
}

/** The first file of a multipart request, fully read (files here are small catalogues). */
export async function readUpload(req: FastifyRequest): Promise<{ buffer: Buffer; filename: string }> {
  if (!req.isMultipart()) throw fail("VALIDATION_FAILED", "Cần gửi tệp dạng multipart/form-data (trường `file`).");
  const part = await req.file();
  if (!part) throw fail("VALIDATION_FAILED", "Không có tệp nào được gửi.");
  const buffer = await part.toBuffer();
  if (buffer.length === 0) throw fail("FILE_INVALID", "Tệp rỗng.");
  return { buffer, filename: part.filename };
}
