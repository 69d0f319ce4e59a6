import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Building the demo world and evaluating every citizen takes seconds on a busy machine.
    testTimeout: 60_000,
  },
});
