import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app";
import { ctxOf } from "../auth/context";
import { codeString, safeName } from "../http/safe-text";
import { type ApiClientAuth, assertClientCanWrite, clientRateLimit } from "./clients.keys";
import { exchangeError } from "./exchange.errors";
import { createLinkService, peerStatus } from "./federation.links";
import { runLinkSerialized } from "./federation.lower";
import { applyPushBatch, buildDownMeta, readDownData } from "./federation.upper";
import { verifyWebhook } from "./webhooks.sign";

const num = z.number().nullable();
export const SyncValue = z.strictObject({
  indicator: z.string().max(50),
  orgUnit: z.string().max(50),
  period: z.string().max(20),
  disagg: z.string().max(50).default(""),
  value: num,
  numerator: num,
  denominator: num,
  comment: z.string().max(2000).nullable(),
  status: z.enum(["draft", "submitted"]),
  version: z.number().int().min(1),
});
const Conflict = z.object({ object: z.string(), value: z.string() });
const BatchResult = z.object({
  batchId: z.string(),
  status: z.enum(["SUCCESS", "ERROR"]),
  replayed: z.boolean(),
  importCount: z.object({
    imported: z.number(),
    updated: z.number(),
    ignored: z.number(),
    deleted: z.number(),
  }),
  conflicts: z.array(Conflict),
});
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const LinkBody = z.strictObject({
  name: safeName(200),
  upperUrl: z.string().max(500),
  apiKey: z.string().max(200).optional(),
  ownedUnits: z.array(codeString()).min(1).max(100),
  groups: z.array(codeString()).max(50).default([]),
  notifySecret: z.string().min(16).max(200).nullable().optional(),
});
const tags = ["exchange: federation"];

function federationClient(req: FastifyRequest): ApiClientAuth {
  const c = req.apiClient;
  if (!c?.federation) throw exchangeError.notFederation();
  return c;
}

export function federationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;
  const links = createLinkService(db);

  // ---- upper side: called by a lower instance with the key this instance issued to it ----
  r.post(
    "/exchange/sync/push",
    {
      bodyLimit: 64 * 1024 * 1024,
      config: clientRateLimit(),
      schema: {
        tags,
        summary: "Cấp dưới gửi lên một lô số liệu (idempotent theo batchId và phiên bản từng số liệu)",
        body: z.strictObject({
          batchId: z.string().min(1).max(200),
          from: z.number().int().min(0),
          to: z.number().int().min(0),
          values: z.array(SyncValue).max(20_000),
        }),
        response: { 200: BatchResult, 409: BatchResult },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const client = federationClient(req);
      assertClientCanWrite(req);
      const result = await applyPushBatch(
        db,
        ctx,
        client,
        { batchId: req.body.batchId, values: req.body.values },
        deps.events,
      );
      return reply.status(result.status === "SUCCESS" ? 200 : 409).send(result);
    },
  );

  r.get(
    "/exchange/sync/down/meta",
    {
      config: clientRateLimit(),
      schema: {
        tags,
        summary: "Định nghĩa chỉ tiêu, mục tiêu và nhiệm vụ giao cho cấp dưới (ETag; 304 khi không đổi)",
      },
    },
    async (req, reply) => {
      ctxOf(req);
      const meta = await buildDownMeta(db, federationClient(req));
      reply.header("etag", `"${meta.etag}"`);
      if (req.headers["if-none-match"] === `"${meta.etag}"`) return reply.status(304).send();
      return meta;
    },
  );

  r.get(
    "/exchange/sync/down/data",
    {
      config: clientRateLimit(),
      schema: {
        tags,
        summary:
          "Số liệu cấp trên chia sẻ xuống, sau con trỏ `after` (trừ số liệu của chính đơn vị cấp dưới)",
        querystring: z.object({
          after: z.coerce.number().int().min(0),
          limit: z.coerce.number().int().min(1).max(20_000).default(5000),
        }),
      },
    },
    async (req) => {
      ctxOf(req);
      return readDownData(db, federationClient(req), req.query.after, req.query.limit);
    },
  );

  r.get(
    "/exchange/sync/peers",
    {
      schema: {
        tags,
        summary: "Các hệ thống cấp dưới đồng bộ lên: lô cuối, số liệu 24 giờ, lần bị từ chối cuối",
      },
    },
    async (req) => ({
      items: await peerStatus(db, ctxOf(req)),
    }),
  );

  // ---- lower side: this instance's links to its upper one ----
  r.get(
    "/exchange/sync/links",
    { schema: { tags, summary: "Kết nối đồng bộ lên cấp trên: độ trễ, hàng đợi, lỗi cuối" } },
    async (req) => ({
      items: await links.list(ctxOf(req)),
    }),
  );

  r.post(
    "/exchange/sync/links",
    { schema: { tags, summary: "Tạo kết nối đồng bộ lên cấp trên", body: LinkBody } },
    async (req, reply) => {
      const item = await links.create(ctxOf(req), req.body);
      void runLinkSerialized(db, item.id, { force: true });
      return reply.status(201).send({ item });
    },
  );

  r.get(
    "/exchange/sync/links/:id",
    { schema: { tags, summary: "Trạng thái một kết nối đồng bộ", params: IdParams } },
    async (req) => ({
      item: await links.get(ctxOf(req), req.params.id),
    }),
  );

  r.put(
    "/exchange/sync/links/:id",
    {
      schema: {
        tags,
        summary: "Sửa kết nối đồng bộ",
        params: IdParams,
        body: LinkBody.extend({ version: z.number().int().min(1) }),
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return { item: await links.update(ctxOf(req), req.params.id, version, input) };
    },
  );

  for (const action of ["pause", "resume"] as const)
    r.post(
      `/exchange/sync/links/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === "pause" ? "Tạm dừng đồng bộ (cả hai chiều)" : "Tiếp tục đồng bộ từ đúng chỗ đã dừng",
          params: IdParams,
        },
      },
      async (req) => {
        const item = await links.setPaused(ctxOf(req), req.params.id, action === "pause");
        if (action === "resume") void runLinkSerialized(db, item.id, { force: true });
        return { item };
      },
    );

  r.post(
    "/exchange/sync/links/:id/run",
    { schema: { tags, summary: "Đồng bộ ngay (bỏ qua thời gian chờ thử lại)", params: IdParams } },
    async (req) => {
      const ctx = ctxOf(req);
      await links.assertCanRun(ctx, req.params.id);
      const report = await runLinkSerialized(db, req.params.id, { force: true });
      return { report, item: await links.get(ctx, req.params.id) };
    },
  );

  r.get(
    "/exchange/sync/links/:id/tasks",
    { schema: { tags, summary: "Nhiệm vụ cấp trên giao cho các đơn vị của hệ thống này", params: IdParams } },
    async (req) => ({
      items: await links.inboundTasks(ctxOf(req), req.params.id),
    }),
  );

  // The upper's webhook saying "something changed, pull now". No login: the HMAC signature over the
  // raw body with the link's notify secret is the authentication; a forged or replayed call is refused.
  void app.register(async (raw) => {
    raw.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) =>
      done(null, body),
    );
    raw.withTypeProvider<ZodTypeProvider>().post(
      "/exchange/sync/notify/:uid",
      {
        config: clientRateLimit(120),
        schema: {
          tags,
          summary: "Webhook ký HMAC từ cấp trên báo có thay đổi; cấp dưới kéo về ngay",
          params: z.object({ uid: z.string().uuid() }),
          security: [],
        },
      },
      async (req) => {
        const [link] = await db.query<{ id: number; secret: string | null }>(
          "select id, notify_secret as secret from sync_link where uid = $1",
          [req.params.uid],
        );
        if (!link?.secret) throw exchangeError.linkNotFound(req.params.uid);
        const check = verifyWebhook(link.secret, req.headers, typeof req.body === "string" ? req.body : "");
        if (!check.ok) throw exchangeError.signature(check.reason);
        void runLinkSerialized(db, link.id, { force: true });
        return { accepted: true };
      },
    );
  });
}
