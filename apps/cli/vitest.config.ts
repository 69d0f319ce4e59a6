import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Several tests start the built command as a child process: seconds on a busy machine.
    testTimeout: 60_000,
  },
});
