import { defineConfig } from "@playwright/test";

/**
 * The desktop renderer (the built `out/renderer`) in Debian's Chromium, against the main process's
 * logic served over a test-only HTTP transport, which syncs with a real server. Never downloads a browser.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  // Each test file starts its own server and desktop; one at a time on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
