/**
 * Every spec's `test`: the page's clock starts at the run's fixed instant (clock.ts) and ticks on,
 * so the portal's own idea of today matches the server's.
 */
import { test as base } from "@playwright/test";
import { E2E_NOW } from "./clock.js";

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.install({ time: new Date(E2E_NOW) });
    await use(page);
  },
});

export { expect } from "@playwright/test";
