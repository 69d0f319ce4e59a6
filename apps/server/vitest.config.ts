import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The process tests spawn the built server (turbo builds it before `test`) on PGlite or PostgreSQL.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
