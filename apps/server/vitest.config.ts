import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Every server test starts a database (PGlite or PostgreSQL) and some spawn the built server.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
