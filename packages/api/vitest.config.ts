import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One PostgreSQL cluster for the whole run (unless scripts/test.sh already started one).
    globalSetup: ["node_modules/@kontaktplan/testing/dist/postgres-cluster-setup.js"],
    // Every database test runs on PGlite and PostgreSQL; fresh databases and scrypt take a moment.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
