import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One PostgreSQL cluster for the whole run (unless scripts/test.sh already started one).
    globalSetup: ["test/support/postgres-cluster.ts"],
    // Every database test runs on PGlite and PostgreSQL; fresh databases and scrypt take a moment.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
