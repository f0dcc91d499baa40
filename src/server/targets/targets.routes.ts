import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { tryParsePeriod } from "../../core/periods";
import { TARGET_STATUS_LABELS_VI } from "../../core/targets";
import type { AppDeps } from "../app";
import { appendAudit } from "../audit/audit.repo";
import { assertCanPath, can, hasAnywhere, scopePaths, unitPath } from "../auth/authorize";
import { auditActor, ctxOf } from "../auth/context";
import { loadUnitIndex } from "../data/unit-map";
import { AppError, fail } from "../http/errors";
import { getIndicator } from "../indicators/indicators.repo";
import { ORG_UNIT_KINDS } from "../orgunits/orgunits.types";
import { evaluateTargetForUnits } from "./target-status";
import * as repo from "./targets.repo";

const text = (max: number) => z.string().max(max).refine((s) => !/[<>]/.test(s), { message: "Không được chứa ký tự < >." });
const TargetBody = z
  .strictObject({
    indicatorId: z.number().int().positive(),
    comparator: z.enum([">=", ">", "<=", "<", "=", "between"]),
    value: z.number(),
    valueMax: z.number().nullable().default(null),
    scopeKind: z.enum(["unit", "subtree", "level"]),
    orgUnitId: z.number().int().positive(),
    levelKind: z.enum(ORG_UNIT_KINDS).nullable().default(null),
    period: z.string().max(20),
    baselineValue: z.number().nullable().default(null),
    planRef: text(300).nullable().default(null),
    planId: z.number().int().positive().nullable().default(null),
    monitorUnitId: z.number().int().positive().nullable().default(null),
    note: text(2000).nullable().default(null),
  })
  .superRefine((t, c) => {
    if (!tryParsePeriod(t.period)) c.addIssue({ code: "custom", path: ["period"], message: `Kỳ "${t.period}" không hợp lệ.` });
    if (t.comparator === "between" && (t.valueMax === null || t.valueMax < t.value))
      c.addIssue({ code: "custom", path: ["valueMax"], message: "Khoảng giá trị cần giá trị tối đa không nhỏ hơn giá trị tối thiểu." });
    if (t.scopeKind === "level" && !t.levelKind) c.addIssue({ code: "custom", path: ["levelKind"], message: "Chỉ tiêu theo cấp cần chọn loại đơn vị." });
  });

const IdParams = z.object({ id: z.coerce.number().int().positive() });

export function targetRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["targets"];
  const db = deps.db;

  r.get(
    "/targets",
    { schema: { tags, summary: "Chỉ tiêu kế hoạch (mục tiêu) trong phạm vi", querystring: z.object({ indicatorId: z.coerce.number().int().positive().optional() }) } },
    async (req) => {
      const ctx = ctxOf(req);
      return { items: await repo.listTargets(db, { indicatorId: req.query.indicatorId, paths: scopePaths(ctx.who, "read") }) };
    },
  );

  r.get(
    "/targets/status",
    {
      schema: {
        tags,
        summary: "Tình trạng thực hiện mục tiêu theo từng đơn vị: đạt, đúng tiến độ, có nguy cơ, không đạt, chưa có số liệu",
        querystring: z.object({ indicatorId: z.coerce.number().int().positive().optional(), asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const asOf = req.query.asOf ?? new Date().toISOString().slice(0, 10);
      const idx = await loadUnitIndex(db);
      const targets = await repo.listTargets(db, { indicatorId: req.query.indicatorId, paths: scopePaths(ctx.who, "read") });
      const items = [];
      for (const t of targets) {
        const ind = await getIndicator(db, t.indicatorId);
        if (!ind) continue;
        const statuses = (await evaluateTargetForUnits(db, t, ind, idx, asOf)).filter((s) => can(ctx.who, "read", idx.byId.get(s.orgUnitId)?.path ?? ""));
        items.push({
          target: t,
          units: statuses.map((s) => ({ ...s, statusLabel: TARGET_STATUS_LABELS_VI[s.status], orgUnitName: idx.byId.get(s.orgUnitId)?.name })),
        });
      }
      return { asOf, items };
    },
  );

  async function authorize(ctx: ReturnType<typeof ctxOf>, orgUnitId: number) {
    if (!hasAnywhere(ctx.who, "indicator.manage")) throw fail("FORBIDDEN");
    assertCanPath(ctx.who, "indicator.manage", await unitPath(db, orgUnitId));
  }

  async function checkIndicator(id: number) {
    if (!(await getIndicator(db, id))) throw new AppError("INDICATOR_NOT_FOUND", `Không tìm thấy chỉ tiêu có mã số ${id}.`, [], 422);
  }

  r.post("/targets", { schema: { tags, summary: "Đặt mục tiêu cho chỉ tiêu", body: TargetBody } }, async (req, reply) => {
    const ctx = ctxOf(req);
    await authorize(ctx, req.body.orgUnitId);
    await checkIndicator(req.body.indicatorId);
    const item = await db.tx(async (tx) => {
      const id = await repo.insertTarget(tx, req.body);
      const created = await repo.getTarget(tx, id);
      await appendAudit(tx, { ...auditActor(ctx), action: "target.create", entityType: "target", entityId: id, orgUnitId: req.body.orgUnitId, after: created });
      return created;
    });
    return reply.status(201).send({ item });
  });

  r.put(
    "/targets/:id",
    { schema: { tags, summary: "Sửa mục tiêu", params: IdParams, body: z.intersection(TargetBody, z.object({ version: z.number().int() })) } },
    async (req) => {
      const ctx = ctxOf(req);
      const before = await repo.getTarget(db, req.params.id);
      if (!before) throw fail("NOT_FOUND");
      await authorize(ctx, before.orgUnitId);
      await authorize(ctx, req.body.orgUnitId);
      await checkIndicator(req.body.indicatorId);
      const item = await db.tx(async (tx) => {
        if (!(await repo.updateTarget(tx, req.params.id, req.body.version, req.body))) throw fail("VERSION_CONFLICT");
        const after = await repo.getTarget(tx, req.params.id);
        await appendAudit(tx, { ...auditActor(ctx), action: "target.update", entityType: "target", entityId: req.params.id, orgUnitId: req.body.orgUnitId, before, after });
        return after;
      });
      return { item };
    },
  );

  r.delete("/targets/:id", { schema: { tags, summary: "Xóa mục tiêu", params: IdParams } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const before = await repo.getTarget(db, req.params.id);
    if (!before) throw fail("NOT_FOUND");
    await authorize(ctx, before.orgUnitId);
    await db.tx(async (tx) => {
      await repo.deleteTarget(tx, req.params.id);
      await appendAudit(tx, { ...auditActor(ctx), action: "target.delete", entityType: "target", entityId: req.params.id, orgUnitId: before.orgUnitId, before });
    });
    return reply.status(204).send();
  });
}
