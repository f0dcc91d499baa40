import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxOf } from "../auth/context";
import { codeString, safeName } from "../http/safe-text";
import { WEBHOOK_EVENTS, type WebhookService } from "./webhooks.service";

const Body = z.strictObject({
  name: safeName(200),
  url: z.string().max(1000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  units: z.array(codeString()).max(200).default([]),
  active: z.boolean().optional(),
});
const Subscription = z.object({
  id: z.number(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  units: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  pending: z.number(),
  failed: z.number(),
  lastDeliveredAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const tags = ["exchange: webhooks"];

export function webhookRoutes(app: FastifyInstance, svc: WebhookService) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/exchange/webhooks",
    {
      schema: {
        tags,
        summary: "Đăng ký webhook (sự kiện số liệu, nhiệm vụ)",
        response: { 200: z.object({ items: z.array(Subscription) }) },
      },
    },
    async (req) => ({ items: await svc.list(ctxOf(req)) }),
  );

  r.post(
    "/exchange/webhooks",
    {
      schema: {
        tags,
        summary:
          "Đăng ký webhook. Mỗi sự kiện gửi POST JSON kèm X-Dieuhanh-Timestamp và X-Dieuhanh-Signature: v1=HMAC-SHA256(secret, timestamp + '.' + body); bên nhận từ chối chữ ký lệch quá 5 phút. Secret chỉ hiện một lần.",
        body: Body,
        response: { 201: z.object({ item: Subscription, secret: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.create(ctxOf(req), req.body)),
  );

  r.put(
    "/exchange/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Sửa hoặc tắt webhook",
        params: IdParams,
        body: Body.extend({ version: z.number().int().min(1) }),
        response: { 200: z.object({ item: Subscription }) },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return { item: await svc.update(ctxOf(req), req.params.id, version, input) };
    },
  );

  r.post(
    "/exchange/webhooks/:id/rotate-secret",
    {
      schema: {
        tags,
        summary: "Đổi secret ký webhook",
        params: IdParams,
        response: { 200: z.object({ item: Subscription, secret: z.string() }) },
      },
    },
    async (req) => svc.rotateSecret(ctxOf(req), req.params.id),
  );

  r.get(
    "/exchange/webhooks/:id/deliveries",
    {
      schema: {
        tags,
        summary: "Nhật ký gửi webhook: trạng thái, số lần thử, mã trả lời, lỗi",
        params: IdParams,
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => svc.deliveries(ctxOf(req), req.params.id, req.query.page, req.query.pageSize),
  );

  r.post(
    "/exchange/webhooks/:id/deliveries/:deliveryId/redeliver",
    {
      schema: {
        tags,
        summary: "Gửi lại một sự kiện",
        params: z.object({
          id: z.coerce.number().int().positive(),
          deliveryId: z.coerce.number().int().positive(),
        }),
      },
    },
    async (req) => svc.redeliver(ctxOf(req), req.params.id, req.params.deliveryId),
  );
}
