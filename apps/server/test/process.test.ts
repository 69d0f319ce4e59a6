import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// The package's test script compiles dist/ first, so this runs exactly what `pnpm start` runs.
const MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");

interface Running {
  child: ChildProcessWithoutNullStreams;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

const started: Running[] = [];

function startServer(dataDir: string, settings: Record<string, string> = {}): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", KONTAKTPLAN_DATA_DIR: dataDir, ...settings };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running = { child, output: () => ({ stdout, stderr }), exited };
  started.push(running);
  return running;
}

/** Resolves to the base URL once the server prints that it listens. */
async function listening(server: Running): Promise<string> {
  for (let waited = 0; waited < 90_000; waited += 100) {
    const match = /Kontaktplan kører på (http:\/\/localhost:\d+)/.exec(server.output().stdout);
    if (match) return match[1]!.replace("localhost", "127.0.0.1");
    if (server.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start:\n${server.output().stdout}\n${server.output().stderr}`);
}

async function stop(server: Running): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}

afterEach(() => {
  for (const server of started.splice(0)) if (server.child.exitCode === null) server.child.kill("SIGKILL");
});

describe("node dist/main.js", () => {
  it("starts on an empty PGlite folder, seeds and prints the demo logins, answers, refuses a second process, and stops cleanly", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "pglite");
    const first = startServer(dataDir);
    const base = await listening(first);
    const { stdout } = first.output();
    expect(stdout).toContain(`PGlite i ${dataDir}`);
    expect(stdout).toMatch(/Demodata indlæst på [\d.]+ s: 7 organisationer, 26 brugere, 300 borgere/);
    expect(stdout).toMatch(/sagsbehandler1@koebenhavn\.jobcenter\.example +kontaktplan-demo +sagsbehandler +Jobcenter København/);
    expect(stdout).toMatch(/medarbejder1@nordlys\.akasse\.example +kontaktplan-demo +a-kassemedarbejder +Nordlys A-kasse/);
    expect(stdout).toMatch(/systemadmin@kontaktplan\.example +kontaktplan-demo +systemadministrator/);

    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@odense.jobcenter.example", password: "kontaktplan-demo" }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.getSetCookie()[0]).toMatch(/HttpOnly/);

    const second = startServer(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toMatch(/Datamappen .* bruges allerede af en anden Kontaktplan-proces \(pid \d+\)/);
    expect(first.child.exitCode).toBeNull();

    expect(await stop(first)).toBe(0);
    expect(first.output().stdout).toContain("Kontaktplan er lukket.");
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    // No CPR-shaped number ever reaches the terminal.
    expect(first.output().stdout + first.output().stderr).not.toMatch(/\d{6}-?\d{4}/);

    const restarted = startServer(dataDir);
    const again = await listening(restarted);
    expect(restarted.output().stdout).toContain("Databasen har allerede data; demodata indlæses ikke igen.");
    expect(restarted.output().stdout).toContain("sagsbehandler1@koebenhavn.jobcenter.example");
    expect(await (await fetch(`${again}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });
    expect(await stop(restarted)).toBe(0);
  });

  it("refuses a bad PORT with a Danish message, before touching the data folder", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "pglite");
    const server = startServer(dataDir, { PORT: "ikke-et-tal" });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain("PORT skal være et helt tal");
    expect(existsSync(dataDir)).toBe(false);
  });
});
