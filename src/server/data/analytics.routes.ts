import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { periodsBetween } from "../../core/periods";
import type { AppDeps } from "../app";
import { can } from "../auth/authorize";
import { ctxOf } from "../auth/context";
import { AppError, fail } from "../http/errors";
import { runAnalytics } from "./analytics";
import { cachedUnitIndex } from "./catalog-cache";
import type { UnitIndex } from "./unit-map";

/**
 * `ou` forms: "12" or "12,15" (those units), "children:12" (the active children of 12),
 * "level:commune:12" (every active unit of that kind under 12). `periods`: "202501,202502" or a
 * range "202401..202412".
 */
export function resolveOu(spec: string, idx: UnitIndex, asOf = new Date().toISOString().slice(0, 10)): number[] {
  const active = (u: { validTo: string | null }) => !u.validTo || u.validTo >= asOf;
  const unit = (id: string) => {
    const u = idx.byId.get(Number(id));
    if (!u) throw new AppError("DATA_UNKNOWN_ORG_UNIT", `Không có đơn vị mã số ${id}.`, [{ path: "ou", message: id }], 422);
    return u;
  };
  if (spec.startsWith("children:")) {
    const p = unit(spec.slice(9));
    return [...idx.byId.values()].filter((u) => u.parentId === p.id && active(u)).map((u) => u.id);
  }
  if (spec.startsWith("level:")) {
    const [, kind, id] = spec.split(":");
    const p = unit(id);
    return [...idx.byId.values()].filter((u) => u.kind === kind && u.path.startsWith(p.path) && active(u)).map((u) => u.id);
  }
  return spec.split(",").map((id) => unit(id.trim()).id);
}

export function resolvePeriods(spec: string): string[] {
  if (spec.includes("..")) {
    const [a, b] = spec.split("..");
    try {
      return periodsBetween(a.trim(), b.trim()).map((p) => p.code);
    } catch (e) {
      throw new AppError("DATA_INVALID_PERIOD", (e as Error).message, [{ path: "periods", message: spec }], 422);
    }
  }
  return spec.split(",").map((p) => p.trim()).filter(Boolean);
}

const Row = z.object({
  indicator: z.string(),
  orgUnitId: z.number(),
  period: z.string(),
  disagg: z.string().optional(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  count: z.number(),
  units: z.number(),
  lastUpdated: z.string().nullable(),
});

export function analyticsRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/analytics",
    {
      schema: {
        tags: ["analytics"],
        summary: "Số liệu tổng hợp trực tiếp (chỉ tiêu × đơn vị × kỳ), dạng bảng dọc",
        querystring: z.object({
          indicators: z.string().min(1).max(4000),
          ou: z.string().min(1).max(4000),
          periods: z.string().min(1).max(4000),
          approvedOnly: z.enum(["true", "false"]).optional(),
          byDisagg: z.enum(["true", "false"]).optional(),
        }),
        response: { 200: z.object({ rows: z.array(Row), units: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const idx = await cachedUnitIndex(deps.db);
      const ous = resolveOu(req.query.ou, idx);
      for (const id of ous) if (!can(ctx.who, "read", idx.byId.get(id)?.path ?? "")) throw fail("FORBIDDEN");
      const periods = resolvePeriods(req.query.periods);
      if (ous.length * periods.length > 200_000) throw new AppError("VALIDATION_FAILED", "Yêu cầu quá lớn: giảm số đơn vị hoặc số kỳ.");
      const rows = await runAnalytics(
        deps.db,
        {
          indicatorCodes: req.query.indicators.split(",").map((c) => c.trim()).filter(Boolean),
          orgUnitIds: ous,
          periods,
          approvedOnly: req.query.approvedOnly === "true",
          byDisagg: req.query.byDisagg === "true",
        },
        idx,
      );
      return { rows, units: ous.map((id) => { const u = idx.byId.get(id); return { id, code: u?.code ?? "", name: u?.name ?? "" }; }) };
    },
  );
}
