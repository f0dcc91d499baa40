import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The web app's entry is index.html at the repository root (it loads src/web/main.tsx); it is
// built into dist/web, which the server serves with @fastify/static, SPA fallback included.
// index.html stays out of src/web on purpose: the server, run from source, looks for a built
// app in ../../web relative to its own folder, which is src/web.
const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));
const apiTarget = process.env.DIEUHANH_API ?? "http://localhost:3000";

export default defineConfig({
  root,
  // @vitejs/plugin-react is not installed: esbuild compiles TSX with the automatic runtime.
  esbuild: { jsx: "automatic" },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // ECharts is one ~1.1 MB chunk, loaded only by the pages that draw charts.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // Mantine marks its modules "use client" for React Server Components; a client-only
      // bundle ignores the directive, so the warning is noise.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" || warning.code === "SOURCEMAP_ERROR") return;
        warn(warning);
      },
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        manualChunks(id) {
          if (!id.includes("node_modules")) return undefined;
          if (id.includes("@mantine") || id.includes("@floating-ui")) return "mantine";
          if (id.includes("echarts") || id.includes("zrender")) return "echarts";
          if (/node_modules\/(react|react-dom|react-router|scheduler)\//.test(id)) return "react";
          return "vendor";
        },
      },
    },
  },
  server: {
    port: 5173,
    // The root is the whole repository: only the web app's files should reload the page.
    watch: { ignored: ["**/src/server/**", "**/bench/**", "**/e2e/**", "**/dist/**", "**/data/**"] },
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
      "/healthz": apiTarget,
      "/readyz": apiTarget,
    },
  },
});
