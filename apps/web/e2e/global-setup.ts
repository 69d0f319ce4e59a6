import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { startServerProcess } from "@kontaktplan/test-server";
import { E2E_NOW } from "./clock.js";

const root = resolve(import.meta.dirname, "..", "..", "..");

/**
 * The demo's fællessamtaler serve Tabel 2's joint deadlines by 3 and 6 months, which the enacted
 * regimes dropped for dagpenge from 2024; the specs written around them run under that rule set.
 */
async function pinNationalRuleSet(url: string, ruleSet: string): Promise<void> {
  const headers = { "content-type": "application/json", [API_CLIENT_HEADER]: "e2e" };
  const login = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: "systemadmin@kontaktplan.example", password: "kontaktplan-demo" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  const set = await fetch(`${url}/trpc/settings.setRuleSet`, { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify({ ruleSet }) });
  if (!login.ok || !set.ok) throw new Error(`Could not pin the national rule set: ${login.status} ${set.status} ${await set.text()}`);
}

/** Start the built server on a free port with an empty data folder, on the run's fixed clock; the teardown it returns stops it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const built of ["apps/server/dist/main.js", "apps/web/dist/index.html"]) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run pnpm build first`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), "kontaktplan-e2e-"));
  const server = startServerProcess(join(root, "apps/server/dist/main.js"), {
    env: { KONTAKTPLAN_DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "test", KONTAKTPLAN_TEST_NOW: E2E_NOW },
  });
  // The first start seeds the demo data: a while on a busy machine.
  const url = await server.listening(180_000);
  process.env["KONTAKTPLAN_E2E_URL"] = url;
  await pinNationalRuleSet(url, "forenklet");

  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
