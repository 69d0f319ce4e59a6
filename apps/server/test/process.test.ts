import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { existsSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_NAME } from "../src/data-lock.js";
import { killStarted, listening, startServer, stop } from "./server-process.js";

afterEach(killStarted);

describe("node dist/main.js", () => {
  it("starts on an empty PGlite folder, seeds and prints the demo logins, answers, refuses a second process on any spelling of the folder, and stops cleanly", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "pglite");
    const first = startServer(dataDir);
    const base = await listening(first);
    const { stdout } = first.output();
    expect(stdout).toContain(`PGlite i ${dataDir}`);
    expect(stdout).toMatch(/Demodata indlæst på [\d.]+ s: 7 organisationer, 23 brugere, 300 borgere/);
    expect(stdout).toMatch(/sagsbehandler1@koebenhavn\.jobcenter\.example +kontaktplan-demo +sagsbehandler +Jobcenter København/);
    expect(stdout).toMatch(/medarbejder1@nordlys\.akasse\.example +kontaktplan-demo +a-kassemedarbejder +Nordlys A-kasse/);
    expect(stdout).toMatch(/systemadmin@kontaktplan\.example +kontaktplan-demo +systemadministrator/);

    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", [API_CLIENT_HEADER]: "test" },
      body: JSON.stringify({ email: "admin@odense.jobcenter.example", password: "kontaktplan-demo" }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.getSetCookie()[0]).toMatch(/HttpOnly/);

    const link = join(dirname(dataDir), "genvej");
    symlinkSync(dataDir, link);
    for (const spelling of [dataDir, `${dataDir}/`, link]) {
      const second = startServer(spelling);
      expect(await second.exited).toBe(1);
      expect(second.output().stderr).toContain(`Datamappen ${dataDir} bruges allerede af en anden Kontaktplan-proces.`);
    }
    expect(first.child.exitCode).toBeNull();
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });

    expect(await stop(first)).toBe(0);
    expect(first.output().stdout).toContain("Kontaktplan er lukket.");
    expect(existsSync(join(dataDir, LOCK_NAME))).toBe(false);
    // No CPR-shaped number ever reaches the terminal.
    expect(first.output().stdout + first.output().stderr).not.toMatch(/\d{6}-?\d{4}/);

    const restarted = startServer(dataDir);
    const again = await listening(restarted);
    expect(restarted.output().stdout).toContain("Databasen har allerede data; demodata indlæses ikke igen.");
    // The demo password is printed by the start that seeded, never again.
    expect(restarted.output().stdout).not.toContain("kontaktplan-demo");
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
