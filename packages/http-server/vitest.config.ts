import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One PostgreSQL cluster for the whole run (unless scripts/test.sh already started one).
    globalSetup: ["node_modules/@kontaktplan/testing/dist/postgres-cluster-setup.js"],
    // The server over real HTTP on PGlite and PostgreSQL, most with the demo data seeded.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
