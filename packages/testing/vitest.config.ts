import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // These tests start PostgreSQL clusters and databases: seconds on a busy machine.
    testTimeout: 60_000,
  },
});
