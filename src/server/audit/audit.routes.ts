import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { hasAnywhere, scopePaths } from "../auth/authorize";
import { ctxOf } from "../auth/context";
import type { Db } from "../db/db";
import { fail } from "../http/errors";
import { isoDate } from "../http/safe-text";
import { searchAudit } from "./audit.repo";
import { verifyAuditChain } from "./audit.verify";

export function auditRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["audit"];

  r.get(
    "/audit",
    {
      schema: {
        tags,
        summary: "Nhật ký thao tác (quản trị, lãnh đạo), lọc theo người, đối tượng, hành động, thời gian",
        querystring: z.object({
          actor: z.string().max(100).optional(),
          entityType: z.string().max(50).optional(),
          entityId: z.string().max(50).optional(),
          action: z.string().max(100).optional(),
          from: isoDate().optional(),
          to: isoDate().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!hasAnywhere(ctx.who, "audit.read")) throw fail("FORBIDDEN");
      // An admin of the root sees everything, including events not tied to a unit (logins).
      const isRootAdmin = ctx.who.grants.some((g) => g.role === "admin" && g.path.split("/").filter(Boolean).length === 1);
      const { page, pageSize, ...f } = req.query;
      return searchAudit(db, {
        ...f,
        orgUnitPaths: isRootAdmin ? null : scopePaths(ctx.who, "audit.read"),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
    },
  );

  r.get("/audit/verify", { schema: { tags, summary: "Kiểm tra toàn vẹn chuỗi băm của nhật ký" } }, async (req) => {
    const ctx = ctxOf(req);
    if (!hasAnywhere(ctx.who, "audit.read")) throw fail("FORBIDDEN");
    return verifyAuditChain(db);
  });
}
