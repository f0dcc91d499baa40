import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { isoDateInTimeZone } from "../../core/periods";
import type { AppDeps } from "../app";
import { ctxOf } from "../auth/context";
import { listGroups, listIndicators } from "../indicators/indicators.repo";
import { buildMeetingBrief } from "./brief";
import { SCORE_PRESETS } from "./composite-score";
import { drillDown } from "./drill";
import { targetForecasts } from "./forecasts";
import { dashboardData } from "./overview";
import { operationsPanels } from "./panels";
import { parseWeights, rankings } from "./rankings";
import { resolveAsOf, resolveScope } from "./scope";

// HTTP face of the dashboard: thin handlers over the plain functions the benchmark calls too.

const codeList = z
  .string()
  .max(2000)
  .regex(/^[A-Za-z0-9_.,-]*$/, "Danh sách mã ngăn cách bằng dấu phẩy.")
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/);
const period = z.string().regex(/^[0-9A-Z]{4,10}$/, "Mã kỳ không hợp lệ.");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Common = z.object({
  unit: z.coerce.number().int().positive().optional(),
  groups: codeList.optional(),
  indicators: codeList.optional(),
  period: period.optional(),
  asOf: date.optional(),
});

const today = () => isoDateInTimeZone(new Date());

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;
  const tags = ["dashboard"];

  r.get(
    "/dashboard/meta",
    { schema: { tags, summary: "Nhóm chỉ tiêu, chỉ tiêu và bộ trọng số để cấu hình bảng điều hành" } },
    async (req) => {
      ctxOf(req);
      const [groups, indicators] = await Promise.all([listGroups(db), listIndicators(db)]);
      return {
        groups,
        indicators: indicators.map((i) => ({
          code: i.code,
          name: i.name,
          unit: i.unit,
          periodType: i.periodType,
          groups: i.groups,
          direction: i.direction,
          decimals: i.decimals,
        })),
        presets: SCORE_PRESETS,
        today: today(),
      };
    },
  );

  r.get(
    "/dashboard/overview",
    {
      schema: {
        tags,
        summary:
          "Tổng quan: thẻ chỉ tiêu (giá trị, mục tiêu, trạng thái, so sánh, xu hướng) và số liệu đơn vị trực thuộc",
        querystring: Common,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const q = req.query;
      return dashboardData(db, ctx.who, {
        unitId: q.unit,
        groups: q.groups,
        indicators: q.indicators,
        period: q.period,
        asOf: q.asOf,
        today: today(),
      });
    },
  );

  r.get(
    "/dashboard/drill",
    {
      schema: {
        tags,
        summary: "Xem chi tiết một chỉ tiêu: theo đơn vị trực thuộc và số liệu gốc",
        querystring: z.object({
          unit: z.coerce.number().int().positive().optional(),
          indicator: code,
          period: period.optional(),
          asOf: date.optional(),
        }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const q = req.query;
      return drillDown(db, ctx.who, {
        unitId: q.unit,
        indicator: q.indicator,
        period: q.period,
        asOf: q.asOf,
        today: today(),
      });
    },
  );

  r.get(
    "/dashboard/ranking",
    {
      schema: {
        tags,
        summary:
          "Xếp hạng đơn vị trực thuộc theo một chỉ tiêu hoặc chỉ số tổng hợp có trọng số, kèm thay đổi thứ hạng",
        querystring: z.object({
          unit: z.coerce.number().int().positive().optional(),
          indicator: code.optional(),
          preset: code.optional(),
          weights: z
            .string()
            .max(2000)
            .regex(/^[A-Za-z0-9_.:,-]*$/)
            .optional(),
          period: period.optional(),
          asOf: date.optional(),
        }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const q = req.query;
      return rankings(db, ctx.who, {
        unitId: q.unit,
        indicator: q.indicator,
        preset: q.preset,
        weights: q.weights ? parseWeights(q.weights) : undefined,
        period: q.period,
        asOf: q.asOf,
        today: today(),
      });
    },
  );

  r.get(
    "/dashboard/forecasts",
    {
      schema: {
        tags,
        summary: "Dự báo giá trị cuối kỳ của các mục tiêu, cảnh báo nguy cơ không đạt",
        querystring: Common,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const q = req.query;
      return targetForecasts(db, ctx.who, {
        unitId: q.unit,
        groups: q.groups,
        indicators: q.indicators,
        period: q.period,
        asOf: q.asOf,
        today: today(),
      });
    },
  );

  r.get(
    "/dashboard/panels",
    {
      schema: {
        tags,
        summary:
          "Nhiệm vụ quá hạn, tình hình báo cáo, xử lý phản ánh theo đơn vị (khi các phân hệ này có dữ liệu)",
        querystring: z.object({ unit: z.coerce.number().int().positive().optional(), asOf: date.optional() }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { unit, idx } = await resolveScope(db, ctx.who, req.query.unit);
      const asOf = resolveAsOf({ asOf: req.query.asOf }, today());
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name },
        asOf,
        ...(await operationsPanels(db, unit, idx, asOf)),
      };
    },
  );

  r.get(
    "/dashboard/brief.docx",
    {
      schema: {
        tags,
        summary: "Báo cáo phục vụ phiên họp thường kỳ (.docx, thể thức Nghị định 30/2020)",
        querystring: Common,
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const q = req.query;
      const brief = await buildMeetingBrief(db, ctx.who, {
        unitId: q.unit,
        groups: q.groups,
        period: q.period,
        asOf: q.asOf,
        today: today(),
      });
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .header("content-disposition", `attachment; filename="${brief.filename}"`)
        .header("cache-control", "no-store")
        .send(brief.buffer);
    },
  );
}
