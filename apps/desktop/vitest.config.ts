import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Opening PGlite and hashing passwords take seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
