// Bundles the server and the CLI with esbuild (packages stay external, loaded from node_modules)
// and copies the SQL migrations next to the bundle.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist/server", { recursive: true, force: true });
mkdirSync("dist/server", { recursive: true });
await build({
  entryPoints: { main: "src/server/main.ts", cli: "src/server/cli/main.ts" },
  outdir: "dist/server",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
cpSync("src/server/db/migrations", "dist/server/migrations", { recursive: true });
console.log("server built: dist/server");
