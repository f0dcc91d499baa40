import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app";
import { ctxOf } from "../auth/context";
import { readDataFile } from "../data/data.import";
import { writeDataValues } from "../data/data.write";
import { AppError } from "../http/errors";
import { isoDate } from "../http/safe-text";
import { readUpload } from "../orgunits/orgunits.routes";
import { assertClientCanWrite, clientRateLimit, indicatorAllowed } from "./clients.keys";
import { DHIS2_PERIOD_HINT, periodFromDhis2 } from "./dhis2.periods";
import { exportDataValueSet, importDataValueSet } from "./dhis2.service";
import { exchangeError } from "./exchange.errors";
import { resolveUnitCodes } from "./exchange.lookup";
import { EXPORT_ENTITIES, EXPORT_FORMATS, exportRows, serialize } from "./export.service";

const DataValue = z.object({
  dataElement: z.string().max(100),
  period: z.string().max(30).optional(),
  orgUnit: z.string().max(100).optional(),
  categoryOptionCombo: z.string().max(100).optional(),
  attributeOptionCombo: z.string().max(100).optional(),
  value: z
    .union([z.string().max(100), z.number()])
    .nullable()
    .optional(),
  comment: z.string().max(2000).nullable().optional(),
  storedBy: z.string().max(200).optional(),
  created: z.string().max(40).optional(),
  lastUpdated: z.string().max(40).optional(),
  followup: z.boolean().optional(),
});
const DataValueSet = z.object({
  dataSet: z.string().max(100).optional(),
  completeDate: z.string().max(40).optional(),
  period: z.string().max(30).optional(),
  orgUnit: z.string().max(100).optional(),
  attributeOptionCombo: z.string().max(100).optional(),
  dataValues: z.array(DataValue).max(400_000),
});
const ImportSummary = z.object({
  responseType: z.literal("ImportSummary"),
  status: z.enum(["SUCCESS", "WARNING", "ERROR"]),
  description: z.string(),
  importOptions: z.object({
    idSchemes: z.object({ idScheme: z.literal("CODE") }),
    dryRun: z.boolean(),
    atomicMode: z.literal("ALL"),
  }),
  importCount: z.object({
    imported: z.number(),
    updated: z.number(),
    ignored: z.number(),
    deleted: z.number(),
  }),
  conflicts: z.array(z.object({ object: z.string(), value: z.string() })),
  dataSetComplete: z.literal("false"),
});
const idScheme = z.string().max(20).optional();
const tags = ["exchange: DHIS2 & files"];
const csv = (s: string | undefined) =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

function onlyCodeScheme(q: Record<string, string | undefined>) {
  for (const k of ["idScheme", "dataElementIdScheme", "orgUnitIdScheme", "categoryOptionComboIdScheme"]) {
    const v = q[k];
    if (v && v.toUpperCase() !== "CODE")
      throw new AppError(
        "DHIS2_ID_SCHEME_UNSUPPORTED",
        `Chỉ hỗ trợ ${k}=CODE (mã), không hỗ trợ "${v}".`,
        [{ path: k, message: v }],
        400,
      );
  }
}

/** Indicator ids from dataElement codes (".NUM"/".DEN" map to their ratio) or a group (dataSet). */
async function exportIndicatorIds(
  req: FastifyRequest,
  deps: AppDeps,
  elements: string[],
  group?: string,
): Promise<number[]> {
  const rows = await deps.db.query<{ id: number; code: string; groups: string[] }>(
    `select i.id, i.code, coalesce(array(select g.code from indicator_group_member m join indicator_group g on g.id = m.group_id where m.indicator_id = i.id), '{}') as groups
       from indicator i where i.formula is null`,
  );
  const wanted = new Set(elements.map((e) => e.replace(/\.(NUM|DEN)$/i, "").toLowerCase()));
  const picked = rows.filter(
    (r) =>
      (!wanted.size || wanted.has(r.code.toLowerCase())) &&
      (!group || r.groups.includes(group)) &&
      indicatorAllowed(req, r.code),
  );
  const unknown = [...wanted].filter((w) => !rows.some((r) => r.code.toLowerCase() === w));
  if (unknown.length) throw exchangeError.unknownIndicators(unknown);
  return picked.map((r) => r.id);
}

export function dhis2Routes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;

  r.post(
    "/exchange/dhis2/dataValueSets",
    {
      bodyLimit: 64 * 1024 * 1024,
      config: clientRateLimit(),
      schema: {
        tags,
        summary:
          "Nhập dataValueSets của DHIS2 (JSON, idScheme=CODE; CODE.NUM/CODE.DEN cho chỉ tiêu tỷ lệ); toàn bộ hoặc không gì cả",
        querystring: z.object({
          dryRun: z.enum(["true", "false"]).default("false"),
          idScheme,
          dataElementIdScheme: idScheme,
          orgUnitIdScheme: idScheme,
          categoryOptionComboIdScheme: idScheme,
          importStrategy: z.string().max(30).optional(),
        }),
        body: DataValueSet,
        response: { 200: ImportSummary, 409: ImportSummary },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      assertClientCanWrite(req);
      onlyCodeScheme(req.query);
      if (
        req.query.importStrategy &&
        !["CREATE_AND_UPDATE", "NEW_AND_UPDATES"].includes(req.query.importStrategy.toUpperCase())
      )
        throw new AppError(
          "DHIS2_IMPORT_STRATEGY_UNSUPPORTED",
          "Chỉ hỗ trợ importStrategy=CREATE_AND_UPDATE.",
          [],
          400,
        );
      const summary = await importDataValueSet(db, ctx, req.body, {
        dryRun: req.query.dryRun === "true",
        allowed: (c) => indicatorAllowed(req, c),
        events: deps.events,
      });
      return reply.status(summary.status === "ERROR" ? 409 : 200).send(summary);
    },
  );

  r.get(
    "/exchange/dhis2/dataValueSets",
    {
      config: clientRateLimit(),
      schema: {
        tags,
        summary: "Xuất dataValueSets kiểu DHIS2 (số liệu đã lưu, idScheme=CODE)",
        querystring: z.object({
          dataElement: z.string().max(4000).optional(),
          dataSet: z.string().max(50).optional(),
          orgUnit: z.string().min(1).max(4000),
          children: z.enum(["true", "false"]).default("false"),
          period: z.string().max(4000).optional(),
          startDate: isoDate().optional(),
          endDate: isoDate().optional(),
          idScheme,
          dataElementIdScheme: idScheme,
          orgUnitIdScheme: idScheme,
        }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      onlyCodeScheme(req.query);
      const q = req.query;
      if (!q.dataElement && !q.dataSet)
        throw new AppError("VALIDATION_FAILED", "Cần dataElement hoặc dataSet (mã nhóm chỉ tiêu).", [
          { path: "dataElement", message: "" },
        ]);
      if (!q.period && !(q.startDate && q.endDate))
        throw new AppError("VALIDATION_FAILED", "Cần period hoặc cặp startDate, endDate.", [
          { path: "period", message: "" },
        ]);
      const periods = q.period ? csv(q.period).map(periodOrFail) : undefined;
      const units = await resolveUnitCodes(db, csv(q.orgUnit));
      const indicatorIds = await exportIndicatorIds(req, deps, csv(q.dataElement), q.dataSet);
      return exportDataValueSet(db, ctx.who, {
        indicatorIds,
        unitIds: units.map((u) => u.id),
        children: q.children === "true",
        periods,
        startDate: q.startDate,
        endDate: q.endDate,
      });
    },
  );

  r.get(
    "/exchange/export/:entity",
    {
      config: clientRateLimit(),
      schema: {
        tags,
        summary:
          "Xuất đơn vị, chỉ tiêu, số liệu, mục tiêu, nhiệm vụ ra CSV, XLSX hoặc JSON (trong phạm vi được đọc)",
        params: z.object({ entity: z.enum(EXPORT_ENTITIES) }),
        querystring: z.object({
          format: z.enum(EXPORT_FORMATS).default("csv"),
          indicator: z.string().max(50).optional(),
          orgUnit: z.string().max(50).optional(),
          from: isoDate().optional(),
          to: isoDate().optional(),
        }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const unit = req.query.orgUnit ? (await resolveUnitCodes(db, [req.query.orgUnit]))[0] : undefined;
      const rows = await exportRows(db, req.params.entity, {
        who: ctx.who,
        indicatorCodes: req.apiClient?.indicatorCodes ?? null,
        indicator: req.query.indicator,
        orgUnitId: unit?.id,
        periodFrom: req.query.from,
        periodTo: req.query.to,
      });
      const out = await serialize(req.params.entity, req.query.format, rows);
      reply.header("content-type", out.contentType);
      reply.header("content-disposition", `attachment; filename="${out.filename}"`);
      return reply.send(out.body);
    },
  );

  r.post(
    "/exchange/import/data-values",
    {
      config: clientRateLimit(),
      schema: {
        tags,
        summary:
          "Nhập số liệu từ tệp CSV, XLSX hoặc JSON (trường `file`) theo phạm vi khóa API; toàn bộ hoặc không gì cả",
        querystring: z.object({ dryRun: z.enum(["true", "false"]).default("true") }),
        consumes: ["multipart/form-data"],
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      assertClientCanWrite(req);
      const file = await readUpload(req);
      const { rows, rowNumbers } = await readDataFile(file);
      const outside = rows
        .map((row, i) => ({ row, i }))
        .filter(({ row }) => !indicatorAllowed(req, String(row.indicator ?? "")));
      if (outside.length)
        throw exchangeError.scope(
          "Tệp có chỉ tiêu ngoài phạm vi của khóa API.",
          outside.slice(0, 50).map(({ row, i }) => ({
            row: rowNumbers[i],
            column: "indicator",
            code: "API_KEY_SCOPE",
            message: `Không được ghi chỉ tiêu "${row.indicator}".`,
          })),
        );
      const res = await writeDataValues(db, ctx, rows, {
        dryRun: req.query.dryRun === "true",
        source: `exchange:${file.filename}`,
        events: deps.events,
      });
      for (const p of [...res.errors, ...res.warnings]) p.row = rowNumbers[p.row - 1] ?? p.row;
      return reply.status(res.errors.length ? 422 : 200).send(res);
    },
  );
}

function periodOrFail(p: string): string {
  const code = periodFromDhis2(p);
  if (!code)
    throw new AppError(
      "DATA_INVALID_PERIOD",
      `Kỳ "${p}" không hợp lệ. ${DHIS2_PERIOD_HINT}`,
      [{ path: "period", message: p }],
      400,
    );
  return code;
}
