import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test migrates a fresh database, and some start PostgreSQL: seconds on a busy machine.
    testTimeout: 60_000,
  },
});
