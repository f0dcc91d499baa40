import type { Capability } from "../app";
import { ctxOf } from "../auth/context";
import { analyticsRoutes } from "../data/analytics.routes";
import { dataRoutes } from "../data/data.routes";
import { targetRoutes } from "../targets/targets.routes";
import { z } from "zod";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { indicatorOverview } from "./indicator-overview";
import { ensureDefaultGroups } from "./indicators.repo";
import { indicatorRoutes } from "./indicators.routes";
import { createIndicatorService } from "./indicators.service";
import { DEFAULT_GROUPS } from "./indicators.types";
import { seedIndicatorDemo } from "./demo/seed-indicators";

/** The indicator core: catalogue, data values, analytics, targets (issue: Indicator core). */
export const indicatorsCapability: Capability = {
  name: "indicators",
  async routes(api, deps) {
    await ensureDefaultGroups(deps.db, DEFAULT_GROUPS);
    indicatorRoutes(api, createIndicatorService(deps.db), deps.db);
    dataRoutes(api, deps);
    analyticsRoutes(api, deps);
    targetRoutes(api, deps);
    api.withTypeProvider<ZodTypeProvider>().get(
      "/indicators/:id/overview",
      {
        schema: {
          tags: ["indicators"],
          summary: "Trang chỉ tiêu: xu hướng, theo đơn vị con, mục tiêu, chất lượng số liệu",
          params: z.object({ id: z.coerce.number().int().positive() }),
          querystring: z.object({
            orgUnit: z.coerce.number().int().positive(),
            asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
            span: z.coerce.number().int().min(2).max(120).default(24),
          }),
        },
      },
      async (req) => indicatorOverview(deps.db, ctxOf(req), req.params.id, req.query.orgUnit, req.query.asOf ?? new Date().toISOString().slice(0, 10), req.query.span),
    );
  },
  seed: seedIndicatorDemo,
};
