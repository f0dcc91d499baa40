import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxOf } from "../auth/context";
import { codeString, safeName } from "../http/safe-text";
import { clientRateLimit } from "./clients.keys";
import type { ClientService } from "./clients.service";

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[<>]/.test(s), { message: "Không được chứa ký tự < >." });

export const ClientBody = z.strictObject({
  name: safeName(200),
  description: text(1000).nullable().optional(),
  access: z.enum(["read", "write"]),
  units: z.array(codeString()).min(1).max(200),
  indicators: z.array(codeString()).max(500).default([]),
  rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
  federation: z.boolean().optional(),
  downGroups: z.array(codeString()).max(50).optional(),
});

const ClientView = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  keyPrefix: z.string(),
  access: z.enum(["read", "write"]),
  units: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  indicators: z.array(z.string()),
  rateLimitPerMinute: z.number(),
  federation: z.boolean(),
  downGroups: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  requests24h: z.number(),
  version: z.number(),
});

const IdParams = z.object({ id: z.coerce.number().int().positive() });
const tags = ["exchange: clients"];

export function clientRoutes(app: FastifyInstance, svc: ClientService) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/exchange/clients",
    {
      schema: {
        tags,
        summary: "Hệ thống kết nối (khóa API) trong phạm vi quản trị",
        response: { 200: z.object({ items: z.array(ClientView) }) },
      },
    },
    async (req) => ({ items: await svc.list(ctxOf(req)) }),
  );

  r.post(
    "/exchange/clients",
    {
      schema: {
        tags,
        summary: "Đăng ký hệ thống kết nối; khóa API chỉ hiện một lần trong câu trả lời",
        body: ClientBody,
        response: { 201: z.object({ item: ClientView, apiKey: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.create(ctxOf(req), req.body)),
  );

  r.get(
    "/exchange/clients/:id",
    {
      schema: {
        tags,
        summary: "Một hệ thống kết nối",
        params: IdParams,
        response: { 200: z.object({ item: ClientView }) },
      },
    },
    async (req) => ({ item: await svc.get(ctxOf(req), req.params.id) }),
  );

  r.put(
    "/exchange/clients/:id",
    {
      schema: {
        tags,
        summary: "Sửa phạm vi, giới hạn tần suất; khóa hoặc mở hệ thống kết nối",
        params: IdParams,
        body: ClientBody.extend({ version: z.number().int().min(1), disabled: z.boolean().optional() }),
        response: { 200: z.object({ item: ClientView }) },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return { item: await svc.update(ctxOf(req), req.params.id, version, input) };
    },
  );

  r.post(
    "/exchange/clients/:id/rotate-key",
    {
      schema: {
        tags,
        summary: "Cấp khóa API mới (khóa cũ hết hiệu lực ngay)",
        params: IdParams,
        response: { 200: z.object({ item: ClientView, apiKey: z.string() }) },
      },
    },
    async (req) => svc.rotateKey(ctxOf(req), req.params.id),
  );

  r.get(
    "/exchange/clients/:id/usage",
    {
      schema: {
        tags,
        summary: "Nhật ký sử dụng của hệ thống kết nối",
        params: IdParams,
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => svc.usage(ctxOf(req), req.params.id, req.query.page, req.query.pageSize),
  );

  r.get(
    "/exchange/me",
    {
      config: clientRateLimit(),
      schema: {
        tags,
        summary: "Khóa API đang dùng: tên, quyền, phạm vi đơn vị và chỉ tiêu",
        response: {
          200: z.object({
            kind: z.enum(["user", "client"]),
            name: z.string(),
            access: z.enum(["read", "write"]).nullable(),
            units: z.array(z.object({ code: z.string(), role: z.string() })),
            indicators: z.array(z.string()).nullable(),
            rateLimitPerMinute: z.number().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const c = req.apiClient;
      return {
        kind: ctx.who.kind,
        name: ctx.who.name,
        access: c?.access ?? null,
        units: ctx.who.grants.map((g) => ({ code: g.orgUnitCode ?? String(g.orgUnitId), role: g.role })),
        indicators: c?.indicatorCodes ? [...c.indicatorCodes] : null,
        rateLimitPerMinute: c?.rateLimitPerMinute ?? null,
      };
    },
  );
}
