import base from "/work/wt-admin/apps/web/playwright.config.ts";
export default { ...base, globalSetup: undefined, testDir: "/work/wt-admin/apps/web/e2e", timeout: 120_000, expect: { timeout: 30_000 } };
