import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Finds the built web app: WEB_DIR, next to the server bundle, or dist/web of the repo. */
export function findWebDir(configured?: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  // From the bundle (dist/server or dist/server/chunks) or from source (src/server/http) under tsx.
  const candidates = [configured, join(here, "..", "web"), join(here, "..", "..", "web"), join(here, "..", "..", "..", "dist", "web"), resolve("dist/web")];
  // A built app has index.html and no source entry next to it (src/web must never be served).
  return candidates.find((d) => d && existsSync(join(d, "index.html")) && !existsSync(join(d, "main.tsx")));
}

/** Serves the React app; any non-API path falls back to index.html (client-side routing). */
export async function registerWeb(app: FastifyInstance, webDir: string | undefined) {
  if (!webDir) {
    app.get("/", async () => ({ message: "Chưa build giao diện web: chạy `npm run build`." }));
    return;
  }
  await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ["index.html"] });
  app.get("/*", (req, reply) => {
    if (req.url.startsWith("/api/")) return reply.callNotFound();
    return reply.sendFile("index.html");
  });
}
