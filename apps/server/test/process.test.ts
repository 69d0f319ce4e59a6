import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { postgresUrl } from "@kontaktplan/testing";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { existsSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_NAME } from "@kontaktplan/db/data-lock";
import { killServerProcesses } from "@kontaktplan/test-server";
import { startApp } from "./support/app.js";

afterEach(killServerProcesses);

/** Each test starts real server processes; PGlite (WASM) starts slowly on a busy machine. */
const PROCESS_TIMEOUT = 240_000;

describe("node dist/main.js", () => {
  it(
    "starts on an empty PGlite folder, seeds and prints the demo logins, answers, refuses a second process on any spelling of the folder, and stops cleanly",
    async () => {
      const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "pglite");
      const first = startApp(dataDir);
      const base = await first.listening();
      const { stdout } = first.output();
      expect(stdout).toContain(`PGlite i ${dataDir}`);
      expect(stdout).toMatch(/Demodata indlæst på [\d.]+ s: 7 organisationer, 26 brugere, 304 borgere/);
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
        const second = startApp(spelling);
        expect(await second.exited).toBe(1);
        expect(second.output().stderr).toContain(`Datamappen ${dataDir} bruges allerede af en anden Kontaktplan-proces.`);
      }
      expect(first.child.exitCode).toBeNull();
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });

      expect(await first.stop()).toBe(0);
      expect(first.output().stdout).toContain("Kontaktplan er lukket.");
      expect(existsSync(join(dataDir, LOCK_NAME))).toBe(false);
      // No CPR-shaped number ever reaches the terminal.
      expect(first.output().stdout + first.output().stderr).not.toMatch(/\d{6}-?\d{4}/);

      const restarted = startApp(dataDir);
      const again = await restarted.listening();
      expect(restarted.output().stdout).toContain("Databasen har allerede data; demodata indlæses ikke igen.");
      // The demo password is printed by the start that seeded, never again.
      expect(restarted.output().stdout).not.toContain("kontaktplan-demo");
      expect(await (await fetch(`${again}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });
      expect(await restarted.stop()).toBe(0);
    },
    PROCESS_TIMEOUT,
  );

  it(
    "on an empty PostgreSQL (DATABASE_URL) seeds no demo data and prints no password",
    async () => {
      const server = await postgresUrl();
      const name = `kontaktplan_nodemo_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      try {
        const running = startApp(join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "ubrugt"), { DATABASE_URL: url.href });
        const base = await running.listening();
        expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, db: "postgres" });
        const { stdout, stderr } = running.output();
        expect(stdout).not.toContain("Demodata");
        expect(stdout + stderr).not.toContain("kontaktplan-demo");
        const login = await fetch(`${base}/trpc/auth.login`, {
          method: "POST",
          headers: { "content-type": "application/json", [API_CLIENT_HEADER]: "test" },
          body: JSON.stringify({ email: "systemadmin@kontaktplan.example", password: "kontaktplan-demo" }),
        });
        expect(login.status).toBe(401);
        expect(await running.stop()).toBe(0);
        const users = new pg.Client({ connectionString: url.href });
        await users.connect();
        expect((await users.query("select count(*)::int as n from users")).rows[0].n).toBe(0);
        await users.end();
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    "listens on 127.0.0.1 only unless HOST opens it",
    async () => {
      const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "pglite");
      // 127.0.0.2 is loopback too, but not the address the server was told to listen on.
      const answersOn = (address: string, port: string) =>
        fetch(`http://${address}:${port}/healthz`).then(
          (r) => r.status,
          () => "afvist",
        );
      const loopback = startApp(dataDir, { KONTAKTPLAN_DEMO: "0" });
      const port = new URL(await loopback.listening()).port;
      expect(await answersOn("127.0.0.1", port)).toBe(200);
      expect(await answersOn("127.0.0.2", port)).toBe("afvist");
      expect(await loopback.stop()).toBe(0);
      const open = startApp(dataDir, { KONTAKTPLAN_DEMO: "0", HOST: "0.0.0.0" });
      const openPort = new URL(await open.listening()).port;
      expect(await answersOn("127.0.0.2", openPort)).toBe(200);
      expect(await open.stop()).toBe(0);
    },
    PROCESS_TIMEOUT,
  );

  it(
    "refuses a bad PORT with a Danish message, before touching the data folder",
    async () => {
      const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-server-")), "pglite");
      const server = startApp(dataDir, { PORT: "ikke-et-tal" });
      expect(await server.exited).toBe(1);
      expect(server.output().stderr).toContain("PORT skal være et helt tal");
      expect(existsSync(dataDir)).toBe(false);
    },
    PROCESS_TIMEOUT,
  );
});
