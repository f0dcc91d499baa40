import { defineConfig } from "vitest/config";

// One suite for everything. Database tests read DATABASE_URL: unset means an embedded
// PGlite per test file; set means the PostgreSQL server (CI runs the suite on both).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // 2 cores: more workers only fight over them, and PGlite instances are memory-heavy.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
