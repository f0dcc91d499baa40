import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { auditRoutes } from "./audit/audit.routes";
import { authRoutes } from "./auth/auth.routes";
import { type AuthSettings, createAuthService, DEFAULT_AUTH_SETTINGS } from "./auth/auth.service";
import { type PrincipalResolver, registerSessionHook } from "./auth/session.plugin";
import type { Config } from "./config";
import type { Db } from "./db/db";
import type { DemoSeeder } from "./demo/seed";
import type { AppEvents } from "./events";
import type { JobHandler, JobRunner, PeriodicJob } from "./jobs/jobs";
import { registerErrorHandler } from "./http/error-handler";
import { registerIdempotency } from "./http/idempotency";
import { findWebDir, registerWeb } from "./http/static-web";
import { createOrgUnitService } from "./orgunits/orgunits.service";
import { orgUnitRoutes } from "./orgunits/orgunits.routes";
import { createUserService } from "./users/users.service";
import { userRoutes } from "./users/users.routes";
import { VERSION } from "./version";

export interface AppDeps {
  db: Db;
  config: Pick<Config, "loginRateLimitPerMinute" | "requireTotpForAdmins" | "trustProxy" | "webDir" | "logLevel"> & {
    demo?: boolean;
  };
  logger?: boolean | object;
  /** Capability modules register their routes under /api/v1 through this list (see capabilities.ts). */
  capabilities?: Capability[];
  principalResolvers?: PrincipalResolver[];
  /** In-process change events (live dashboards, webhooks, sync). */
  events?: AppEvents;
  jobs?: JobRunner;
}

/**
 * A capability beyond the foundation (indicators, tasks, reports...): its routes under /api/v1,
 * its background jobs, and its demo data. Listed once in capabilities.ts.
 */
export interface Capability {
  name: string;
  routes?(api: FastifyInstance, deps: AppDeps): void | Promise<void>;
  jobs?: Record<string, JobHandler>;
  periodic?: PeriodicJob[];
  seed?: DemoSeeder;
}

export const BODY_LIMIT = 1024 * 1024; // JSON bodies; files go through multipart with their own limit.

/** Builds the whole HTTP app without listening (tests use app.inject). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: 50 * 1024 * 1024, files: 5 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "dieuhanh API", description: "Hệ thống thông tin chỉ đạo, điều hành", version: VERSION },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "dh_session" },
          apiKey: { type: "http", scheme: "bearer", description: "Khóa API của hệ thống kết nối" },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const authSettings: AuthSettings = { ...DEFAULT_AUTH_SETTINGS, requireTotpForAdmins: deps.config.requireTotpForAdmins };
  const auth = createAuthService(deps.db, authSettings);
  registerSessionHook(app, auth, deps.principalResolvers ?? []);
  registerIdempotency(app, deps.db);

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_req, reply) => {
    try {
      await deps.db.query("select 1");
      return { status: "ready" };
    } catch {
      return reply.status(503).send({ status: "database unavailable" });
    }
  });

  await app.register(
    async (api) => {
      api.get("/meta", { schema: { tags: ["meta"], summary: "Phiên bản và cơ sở dữ liệu" } }, async () => ({
        version: VERSION,
        database: deps.db.kind,
        // The login page shows the demo accounts only on a demo installation.
        demo: deps.config.demo ?? false,
      }));
      authRoutes(api, auth, { loginRateLimitPerMinute: deps.config.loginRateLimitPerMinute });
      orgUnitRoutes(api, createOrgUnitService(deps.db), deps.db);
      userRoutes(api, createUserService(deps.db));
      auditRoutes(api, deps.db);
      for (const cap of deps.capabilities ?? []) await cap.routes?.(api, deps);
    },
    { prefix: "/api/v1" },
  );

  await registerWeb(app, findWebDir(deps.config.webDir));
  return app;
}
