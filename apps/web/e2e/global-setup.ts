import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { freePort } from "@kontaktplan/testing";
import { E2E_NOW } from "./clock.js";

const root = resolve(import.meta.dirname, "..", "..", "..");

async function waitForHealth(url: string, server: { exitCode: number | null }, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become healthy within 180 s:\n${log()}`);
}

/**
 * The demo's fællessamtaler serve Tabel 2's joint deadlines by 3 and 6 months, which the enacted
 * regimes dropped for dagpenge from 2024; the specs written around them run under that rule set.
 */
async function pinNationalRuleSet(url: string, ruleSet: string): Promise<void> {
  const headers = { "content-type": "application/json", [API_CLIENT_HEADER]: "e2e" };
  const login = await fetch(`${url}/trpc/auth.login`, { method: "POST", headers, body: JSON.stringify({ email: "systemadmin@kontaktplan.example", password: "kontaktplan-demo" }) });
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
  const port = await freePort();
  let output = "";
  const server = spawn(process.execPath, [join(root, "apps/server/dist/main.js")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), KONTAKTPLAN_DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "test", KONTAKTPLAN_TEST_NOW: E2E_NOW },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, server, () => output);
  process.env["KONTAKTPLAN_E2E_URL"] = url;
  await pinNationalRuleSet(url, "forenklet");

  return async () => {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
