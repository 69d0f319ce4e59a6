import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests run hundreds of cases: seconds on a busy machine.
    testTimeout: 30_000,
  },
});
