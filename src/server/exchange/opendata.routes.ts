// Public open-data routes under /api/v1/open: no login, no ctxOf(); rate-limited by address.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app";
import { clientRateLimit } from "./clients.keys";
import {
  dcatCatalogue,
  listOpenIndicators,
  OPEN_LEVELS,
  openData,
  openDataCsv,
  openIndicator,
} from "./opendata.service";

const OpenIndicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  definition: z.string().nullable(),
  source: z.string().nullable(),
  periodType: z.string(),
  aggregation: z.string(),
  aggregationLabel: z.string(),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  ownerUnit: z.string().nullable(),
  groups: z.array(z.object({ code: z.string(), name: z.string() })),
  lastUpdated: z.string().nullable(),
  latestPeriod: z.string().nullable(),
  license: z.string(),
});
const tags = ["open data"];
const PUBLIC = { security: [] as never[] };
const limits = clientRateLimit(240);
const CodeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/) });

function baseUrl(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

export function openDataRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;

  r.get(
    "/open/indicators",
    {
      config: limits,
      schema: {
        tags,
        summary: "Danh sách chỉ tiêu công khai (không cần đăng nhập)",
        ...PUBLIC,
        response: { 200: z.object({ items: z.array(OpenIndicator) }) },
      },
    },
    async () => ({ items: await listOpenIndicators(db) }),
  );

  r.get(
    "/open/indicators/:code",
    {
      config: limits,
      schema: {
        tags,
        summary: "Siêu dữ liệu một chỉ tiêu công khai: định nghĩa, đơn vị tính, nguồn, cập nhật lần cuối",
        ...PUBLIC,
        params: CodeParams,
        response: { 200: z.object({ item: OpenIndicator }) },
      },
    },
    async (req) => ({ item: await openIndicator(db, req.params.code) }),
  );

  r.get(
    "/open/indicators/:code/data",
    {
      config: limits,
      schema: {
        tags,
        summary: "Số liệu đã phê duyệt, tổng hợp cấp tỉnh hoặc cấp xã, dạng JSON hoặc CSV",
        ...PUBLIC,
        params: CodeParams,
        querystring: z.object({
          level: z.enum(OPEN_LEVELS).default("province"),
          periods: z.string().max(500).optional(),
          format: z.enum(["json", "csv"]).default("json"),
        }),
      },
    },
    async (req, reply) => {
      const { indicator, rows } = await openData(db, req.params.code, req.query.level, req.query.periods);
      reply.header("access-control-allow-origin", "*");
      if (req.query.format === "csv") {
        reply.header("content-type", "text/csv; charset=utf-8");
        reply.header(
          "content-disposition",
          `attachment; filename="${indicator.code}-${req.query.level}.csv"`,
        );
        return reply.send(openDataCsv(indicator, rows));
      }
      return { indicator, level: req.query.level, rows };
    },
  );

  r.get(
    "/open/catalog",
    {
      config: limits,
      schema: {
        tags,
        summary: "Danh mục dữ liệu mở theo DCAT (JSON-LD: dcat:Catalog, dcat:Dataset, dcat:Distribution)",
        ...PUBLIC,
      },
    },
    async (req, reply) => {
      reply.header("content-type", "application/ld+json; charset=utf-8");
      reply.header("access-control-allow-origin", "*");
      return reply.send(JSON.stringify(await dcatCatalogue(db, baseUrl(req))));
    },
  );
}
