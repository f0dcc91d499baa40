// HTTP routes of the reporting capability, under /api/v1/reports. Handlers validate, call a
// service and shape the answer; the rules live in the services.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { isoDateInTimeZone } from "../../core/periods";
import { can } from "../auth/authorize";
import { ctxOf } from "../auth/context";
import { loadUnitIndex } from "../data/unit-map";
import { createCalendarService, regimeSummary } from "./calendar.service";
import { createConsolidationService } from "./consolidation.service";
import { consolidatedDocument, consolidatedDocx, consolidatedXlsx } from "./consolidation-docs";
import { holidayRoutes } from "./holidays";
import { createRegimeService } from "./regimes.service";
import { listReminders } from "./reminders.job";
import { regimeIndicators } from "./report-scope";
import type { ReportsEnv } from "./reports.env";
import {
  AdhocBody,
  ConsolidateBody,
  DeadlinePreviewBody,
  FormParams,
  IdParams,
  RangeQuery,
  RegimeBody,
  RegimePeriodParams,
  RegimeUpdateBody,
  ReturnBody,
  ReviewBody,
  SubmissionBody,
} from "./reports.schemas";
import { createReviewService } from "./review.service";
import { createSubmissionService } from "./submissions.service";

/** attachment; filename="..." with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
function attachment(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^\w.-]+/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function reportRoutes(app: FastifyInstance, env: ReportsEnv) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];
  const db = env.db;
  const regimes = createRegimeService(env);
  const calendar = createCalendarService(env);
  const submissions = createSubmissionService(env);
  const consolidation = createConsolidationService(env);
  const review = createReviewService(env);

  r.get(
    "/reports/regimes",
    { schema: { tags, summary: "Các chế độ báo cáo trong phạm vi" } },
    async (req) => {
      const ctx = ctxOf(req);
      const idx = await loadUnitIndex(db);
      return { items: (await regimes.list(ctx)).map((x) => regimeSummary(x, ctx, idx)) };
    },
  );

  r.get(
    "/reports/regimes/:id",
    { schema: { tags, summary: "Một chế độ báo cáo: các yếu tố theo NĐ 09/2019", params: IdParams } },
    async (req) => {
      const ctx = ctxOf(req);
      const item = await regimes.get(ctx, req.params.id);
      const idx = await loadUnitIndex(db);
      const indicators = (await regimeIndicators(db, item)).map((i) => ({
        code: i.code,
        name: i.name,
        unit: i.unit,
        periodType: i.periodType,
        aggregation: i.aggregation,
        reporterKinds: i.reporterKinds,
      }));
      const units = item.unitIds
        .map((id) => idx.byId.get(id))
        .filter((u) => !!u)
        .map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind }));
      return { item, summary: regimeSummary(item, ctx, idx), indicators, units };
    },
  );

  r.post(
    "/reports/regimes",
    { schema: { tags, summary: "Tạo chế độ báo cáo", body: RegimeBody } },
    async (req, reply) => reply.status(201).send({ item: await regimes.create(ctxOf(req), req.body) }),
  );

  r.put(
    "/reports/regimes/:id",
    { schema: { tags, summary: "Sửa chế độ báo cáo", params: IdParams, body: RegimeUpdateBody } },
    async (req) => ({
      item: await regimes.update(ctxOf(req), req.params.id, req.body),
    }),
  );

  r.post(
    "/reports/adhoc",
    { schema: { tags, summary: "Yêu cầu báo cáo đột xuất các đơn vị, có thời hạn", body: AdhocBody } },
    async (req, reply) => reply.status(201).send({ item: await regimes.requestAdhoc(ctxOf(req), req.body) }),
  );

  r.post(
    "/reports/deadline-preview",
    { schema: { tags, summary: "Đọc thời hạn báo cáo và tính hạn các kỳ tới", body: DeadlinePreviewBody } },
    async (req) => {
      ctxOf(req);
      return regimes.previewDeadline(req.body);
    },
  );

  r.get(
    "/reports/regimes/:id/calendar",
    {
      schema: {
        tags,
        summary: "Lịch báo cáo: kỳ × đơn vị, đã nhận, đúng hạn, muộn, chưa gửi",
        params: IdParams,
        querystring: RangeQuery,
      },
    },
    async (req) => calendar.calendar(ctxOf(req), req.params.id, req.query.from, req.query.to),
  );

  r.get(
    "/reports/regimes/:id/stats",
    {
      schema: {
        tags,
        summary: "Tính đầy đủ và kịp thời theo đơn vị, tính từ số liệu đã có",
        params: IdParams,
        querystring: RangeQuery,
      },
    },
    async (req) => calendar.stats(ctxOf(req), req.params.id, req.query.from, req.query.to),
  );

  r.get(
    "/reports/review",
    {
      schema: {
        tags,
        summary: "Rà soát chế độ báo cáo: tỷ lệ nội dung hệ thống đã có, chế độ có thể tự động hoặc bãi bỏ",
      },
    },
    async (req) => review.review(ctxOf(req)),
  );

  r.get(
    "/reports/inbox",
    {
      schema: {
        tags,
        summary: "Các báo cáo đơn vị phải gửi",
        querystring: z.object({ orgUnitId: z.coerce.number().int().positive() }),
      },
    },
    async (req) => calendar.inbox(ctxOf(req), req.query.orgUnitId),
  );

  r.get("/reports/units", { schema: { tags, summary: "Đơn vị báo cáo trong phạm vi" } }, async (req) => ({
    items: await calendar.reportingUnits(ctxOf(req)),
  }));

  r.get(
    "/reports/reminders",
    {
      schema: {
        tags,
        summary: "Nhật ký nhắc hạn, đôn đốc báo cáo",
        querystring: z.object({
          regimeId: z.coerce.number().int().positive().optional(),
          orgUnitId: z.coerce.number().int().positive().optional(),
        }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const idx = await loadUnitIndex(db);
      const rows = await listReminders(db, {
        regimeId: req.query.regimeId,
        orgUnitId: req.query.orgUnitId,
        limit: 500,
      });
      const all = await regimes.list(ctx);
      const receiverReadable = new Set(
        all
          .filter((x) => can(ctx.who, "read", idx.byId.get(x.receivingUnitId)?.path ?? "\u0000"))
          .map((x) => x.id),
      );
      return {
        items: rows.filter(
          (x) =>
            receiverReadable.has(x.regimeId) ||
            can(ctx.who, "read", idx.byId.get(x.orgUnitId)?.path ?? "\u0000"),
        ),
      };
    },
  );

  const formUrl = "/reports/regimes/:id/periods/:period/units/:unitId";
  r.get(
    formUrl,
    {
      schema: {
        tags,
        summary: "Mẫu báo cáo của đơn vị, điền sẵn từ số liệu đã có trong thời gian chốt số liệu",
        params: FormParams,
      },
    },
    async (req) => submissions.form(ctxOf(req), req.params.id, req.params.period, req.params.unitId),
  );
  r.put(
    formUrl,
    {
      schema: {
        tags,
        summary: "Lưu nháp báo cáo (số liệu và phần thuyết minh)",
        params: FormParams,
        body: SubmissionBody,
      },
    },
    async (req) =>
      submissions.save(ctxOf(req), req.params.id, req.params.period, req.params.unitId, req.body),
  );
  r.post(
    `${formUrl}/submit`,
    { schema: { tags, summary: "Gửi báo cáo", params: FormParams, body: SubmissionBody } },
    async (req) =>
      submissions.submit(ctxOf(req), req.params.id, req.params.period, req.params.unitId, req.body),
  );
  r.get(
    "/reports/submissions/:id",
    { schema: { tags, summary: "Một báo cáo đã gửi", params: IdParams } },
    async (req) => submissions.byId(ctxOf(req), req.params.id),
  );
  r.post(
    "/reports/submissions/:id/accept",
    { schema: { tags, summary: "Tiếp nhận báo cáo (khóa số liệu)", params: IdParams, body: ReviewBody } },
    async (req) => submissions.accept(ctxOf(req), req.params.id, req.body.version),
  );
  r.post(
    "/reports/submissions/:id/return",
    { schema: { tags, summary: "Trả lại báo cáo, nêu lý do", params: IdParams, body: ReturnBody } },
    async (req) => submissions.returnToUnit(ctxOf(req), req.params.id, req.body.reason, req.body.version),
  );

  const base = "/reports/regimes/:id/periods/:period";
  r.get(
    `${base}/consolidated`,
    { schema: { tags, summary: "Báo cáo tổng hợp của đơn vị nhận", params: RegimePeriodParams } },
    async (req) => consolidation.view(ctxOf(req), req.params.id, req.params.period),
  );
  r.post(
    `${base}/consolidate`,
    {
      schema: {
        tags,
        summary: "Lập báo cáo tổng hợp (số, ngày, người ký)",
        params: RegimePeriodParams,
        body: ConsolidateBody,
      },
    },
    async (req) => consolidation.consolidate(ctxOf(req), req.params.id, req.params.period, req.body),
  );

  async function documentOf(req: { params: { id: number; period: string } } & Parameters<typeof ctxOf>[0]) {
    const ctx = ctxOf(req);
    const c = await consolidation.view(ctx, req.params.id, req.params.period);
    const idx = await loadUnitIndex(db);
    const parent = c.receivingUnit.parentId ? idx.byId.get(c.receivingUnit.parentId) : undefined;
    const root = [...idx.byId.values()].find(
      (u) => u.parentId === null && c.receivingUnit.path.startsWith(u.path),
    );
    const place = root?.name.replace(/^(Tỉnh|Thành phố)\s+/u, "") ?? "";
    return { c, doc: consolidatedDocument(c, parent, place, isoDateInTimeZone(env.now()), ctx.who.name) };
  }

  r.get(
    `${base}/consolidated.docx`,
    {
      schema: {
        tags,
        summary: "Báo cáo tổng hợp dạng Word theo thể thức NĐ 30/2020",
        params: RegimePeriodParams,
      },
    },
    async (req, reply) => {
      const { c, doc } = await documentOf(req);
      const buf = await consolidatedDocx(doc);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .header("content-disposition", attachment(`Bao-cao-tong-hop-${c.regime.code}-${c.period}.docx`))
        .send(buf);
    },
  );

  r.get(
    `${base}/consolidated.xlsx`,
    { schema: { tags, summary: "Phụ lục số liệu của báo cáo tổng hợp (Excel)", params: RegimePeriodParams } },
    async (req, reply) => {
      const c = await consolidation.view(ctxOf(req), req.params.id, req.params.period);
      const buf = await consolidatedXlsx(c);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", attachment(`Phu-luc-${c.regime.code}-${c.period}.xlsx`))
        .send(buf);
    },
  );

  holidayRoutes(app, db);
}
