import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "happy-dom",
    include: ["test/**/*.test.{ts,tsx}"],
    // Rendering with happy-dom takes seconds on a busy machine.
    testTimeout: 30_000,
  },
});
