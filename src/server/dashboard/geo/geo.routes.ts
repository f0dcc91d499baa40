import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { isoDateInTimeZone } from "../../../core/periods";
import type { AppDeps } from "../../app";
import { appendAudit } from "../../audit/audit.repo";
import { can, hasAnywhere } from "../../auth/authorize";
import { auditActor, ctxOf } from "../../auth/context";
import { loadUnitIndex } from "../../data/unit-map";
import { AppError, fail } from "../../http/errors";
import { resolveScope } from "../scope";
import {
  boundariesFor,
  countBoundaries,
  generatedDemoShapes,
  mapUnits,
  upsertBoundaries,
} from "./boundaries.repo";
import { MAX_FEATURES, readBoundaryImport } from "./geojson-import";

// The map's shapes: GET the boundaries of the units under a scope (GeoJSON, drawn offline by the
// web app, no tile server), and POST real boundaries as a GeoJSON FeatureCollection matched to
// units by code.

export function geoRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;
  const tags = ["dashboard"];

  r.get(
    "/dashboard/geo",
    {
      schema: {
        tags,
        summary: "Ranh giới (GeoJSON) của các đơn vị trực thuộc để vẽ bản đồ",
        querystring: z.object({ unit: z.coerce.number().int().positive().optional() }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const today = isoDateInTimeZone(new Date());
      const { unit, idx } = await resolveScope(db, ctx.who, req.query.unit);
      const units = mapUnits(unit, idx, today);
      const stored = await boundariesFor(db, [...new Set([unit.id, ...units.map((u) => u.id)])]);
      let shapes = new Map(stored.map((b) => [b.orgUnitId, b.geometry]));
      // Nothing imported and nothing seeded (a database older than the dashboard): draw the
      // generated demo shapes, and say so.
      const demo = stored.length === 0 && (await countBoundaries(db)) === 0;
      if (demo) shapes = generatedDemoShapes(idx, today);
      const features = units
        .filter((u) => shapes.has(u.id))
        .map((u) => ({
          type: "Feature" as const,
          properties: { id: u.id, code: u.code, name: u.name, kind: u.kind },
          geometry: shapes.get(u.id),
        }));
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
        source: demo || stored.some((s) => s.source === "demo") ? "demo" : "import",
        outline: shapes.get(unit.id) ?? null,
        geojson: { type: "FeatureCollection", features },
        missing: units
          .filter((u) => !shapes.has(u.id))
          .map((u) => ({ id: u.id, code: u.code, name: u.name })),
      };
    },
  );

  r.post(
    "/dashboard/boundaries",
    {
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags,
        summary:
          "Nhập ranh giới đơn vị (GeoJSON FeatureCollection, mã đơn vị ở thuộc tính code hoặc ma); có lỗi thì không lưu gì",
        querystring: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
        body: z.looseObject({ type: z.string().max(40), features: z.array(z.unknown()).max(MAX_FEATURES) }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!hasAnywhere(ctx.who, "orgunit.manage")) throw fail("FORBIDDEN");
      const idx = await loadUnitIndex(db);
      const units = [...idx.byId.values()];
      const res = readBoundaryImport(req.body, units);
      if (res.unmatched.length) {
        const list = res.unmatched
          .map(
            (u) => `#${u.feature}${u.code ? ` "${u.code}"` : " (không có mã)"}${u.name ? ` ${u.name}` : ""}`,
          )
          .join(", ");
        res.errors.unshift({
          path: "features",
          code: "GEO_UNMATCHED_FEATURES",
          message: `${res.unmatched.length} đối tượng không khớp mã đơn vị nào: ${list}.`,
        });
      }
      for (const m of res.matched) {
        const path = idx.byId.get(m.unitId)?.path ?? "";
        if (!can(ctx.who, "orgunit.manage", path))
          res.errors.push({
            path: "features",
            code: "FORBIDDEN",
            message: `Bạn không có quyền cập nhật ranh giới của đơn vị mã ${m.code}.`,
          });
      }
      if (res.errors.length)
        throw new AppError(
          "GEO_IMPORT_INVALID",
          "Tệp ranh giới có lỗi; chưa lưu ranh giới nào.",
          res.errors.slice(0, 500),
          422,
        );
      const dryRun = req.query.dryRun === "true";
      if (!dryRun)
        await db.tx(async (tx) => {
          await upsertBoundaries(tx, res.matched, "import", ctx.who.kind === "user" ? ctx.who.id : null);
          await appendAudit(tx, {
            ...auditActor(ctx),
            action: "geo_boundary.import",
            entityType: "geo_boundary",
            after: { units: res.matched.map((m) => m.code) },
          });
        });
      return { dryRun, matched: res.matched.length, units: res.matched.map((m) => m.code) };
    },
  );
}
