import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ctxAllowingEnrollment } from "./context";
import type { AuthService } from "./auth.service";
import { SESSION_COOKIE } from "./session.plugin";

const MeSchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  locale: z.string(),
  totpEnabled: z.boolean(),
  mustEnrollTotp: z.boolean(),
  grants: z.array(
    z.object({ role: z.string(), orgUnitId: z.number(), orgUnitCode: z.string().optional(), orgUnitName: z.string().optional() }),
  ),
});
const MeResponse = z.object({ user: MeSchema, csrfToken: z.string() });

export function authRoutes(app: FastifyInstance, auth: AuthService, opts: { loginRateLimitPerMinute: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];

  r.post(
    "/auth/login",
    {
      config: { rateLimit: { max: opts.loginRateLimitPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Đăng nhập bằng tên đăng nhập, mật khẩu và mã TOTP (nếu bật)",
        body: z.strictObject({
          username: z.string().trim().min(1).max(100),
          password: z.string().min(1).max(200),
          totpCode: z.string().max(10).optional(),
        }),
        response: { 200: MeResponse },
      },
    },
    async (req, reply) => {
      const result = await auth.login({
        ...req.body,
        ip: req.ip,
        userAgent: String(req.headers["user-agent"] ?? ""),
        requestId: String(req.id),
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: "auto",
        maxAge: result.maxAgeSeconds,
      });
      return { user: result.me, csrfToken: result.csrfToken };
    },
  );

  r.post("/auth/logout", { schema: { tags, summary: "Đăng xuất" } }, async (req, reply) => {
    if (req.principal) await auth.logout(ctxAllowingEnrollment(req));
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send();
  });

  r.get("/auth/me", { schema: { tags, summary: "Người dùng hiện tại", response: { 200: MeResponse } } }, async (req) => {
    const ctx = ctxAllowingEnrollment(req);
    return { user: await auth.me(ctx.who.id, ctx.who), csrfToken: ctx.who.csrfToken ?? "" };
  });

  r.post(
    "/auth/password",
    {
      schema: {
        tags,
        summary: "Đổi mật khẩu",
        body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
      },
    },
    async (req, reply) => {
      await auth.changePassword(ctxAllowingEnrollment(req), req.body.currentPassword, req.body.newPassword);
      return reply.status(204).send();
    },
  );

  r.post(
    "/auth/totp/setup",
    { schema: { tags, summary: "Tạo khóa TOTP mới", response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string() }) } } },
    async (req) => auth.totpSetup(ctxAllowingEnrollment(req)),
  );

  r.post(
    "/auth/totp/enable",
    { schema: { tags, summary: "Bật xác thực hai lớp", body: z.strictObject({ code: z.string().max(10) }) } },
    async (req, reply) => {
      await auth.totpEnable(ctxAllowingEnrollment(req), req.body.code);
      return reply.status(204).send();
    },
  );

  r.post(
    "/auth/totp/disable",
    { schema: { tags, summary: "Tắt xác thực hai lớp", body: z.strictObject({ password: z.string().max(200) }) } },
    async (req, reply) => {
      await auth.totpDisable(ctxAllowingEnrollment(req), req.body.password);
      return reply.status(204).send();
    },
  );
}
