import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxOf } from "../auth/context";
import { ROLES } from "../auth/roles";
import { safeName } from "../http/safe-text";
import type { UserService } from "./users.service";

const GrantSchema = z.strictObject({ role: z.enum(ROLES), orgUnitId: z.number().int().positive() });
const UserSchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(z.object({ role: z.enum(ROLES), orgUnitId: z.number(), orgUnitCode: z.string(), orgUnitName: z.string() })),
});
const IdParams = z.object({ id: z.coerce.number().int().positive() });

export function userRoutes(app: FastifyInstance, svc: UserService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users"];

  r.get(
    "/users",
    {
      schema: {
        tags,
        summary: "Danh sách người dùng trong phạm vi quản trị",
        querystring: z.object({
          q: z.string().max(100).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(UserSchema), total: z.number() }) },
      },
    },
    async (req) => svc.list(ctxOf(req), req.query),
  );

  r.post(
    "/users",
    {
      schema: {
        tags,
        summary: "Tạo người dùng",
        body: z.strictObject({
          username: z.string().trim().regex(/^[a-zA-Z0-9._-]{3,50}$/, "Tên đăng nhập 3-50 ký tự: chữ không dấu, số, . _ -"),
          fullName: safeName(200),
          email: z.email().max(200).nullable().optional(),
          password: z.string().max(200),
          grants: z.array(GrantSchema).max(50),
        }),
        response: { 201: z.object({ item: UserSchema }) },
      },
    },
    async (req, reply) => reply.status(201).send({ item: await svc.create(ctxOf(req), req.body) }),
  );

  r.patch(
    "/users/:id",
    {
      schema: {
        tags,
        summary: "Sửa người dùng, khóa/mở, phân quyền",
        params: IdParams,
        body: z.strictObject({
          fullName: safeName(200).optional(),
          email: z.email().max(200).nullable().optional(),
          disabled: z.boolean().optional(),
          grants: z.array(GrantSchema).max(50).optional(),
        }),
        response: { 200: z.object({ item: UserSchema }) },
      },
    },
    async (req) => ({ item: await svc.update(ctxOf(req), req.params.id, req.body) }),
  );

  r.post(
    "/users/:id/reset-password",
    { schema: { tags, summary: "Đặt lại mật khẩu", params: IdParams, body: z.strictObject({ newPassword: z.string().max(200) }) } },
    async (req, reply) => {
      await svc.resetPassword(ctxOf(req), req.params.id, req.body.newPassword);
      return reply.status(204).send();
    },
  );

  r.post(
    "/users/:id/unlock",
    { schema: { tags, summary: "Mở khóa đăng nhập", params: IdParams } },
    async (req, reply) => {
      await svc.unlock(ctxOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
