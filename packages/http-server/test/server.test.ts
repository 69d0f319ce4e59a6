import { tables, type Database, type Db } from "@kontaktplan/db";
import { parseDay } from "@kontaktplan/rules";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { DATABASE_KINDS, freshDatabase } from "@kontaktplan/testing";
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/http.js";
import { DEMO_PASSWORD, seedDemoDataIfEmpty, type SeedOutcome } from "@kontaktplan/demo";
import { browserClient, serveForTest, type TestServer } from "@kontaktplan/test-server";

const TODAY = parseDay("2025-11-25");
const KBH_CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";
const AARHUS_CASEWORKER = "sagsbehandler2@aarhus.jobcenter.example";

/** Every seeded table's rows in id order, without what differs between runs by design (timestamps, salted hashes). */
async function snapshot(db: Db): Promise<unknown> {
  const volatile = new Set(["createdAt", "updatedAt", "passwordHash"]);
  const strip = (rows: Record<string, unknown>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !volatile.has(key))));
  const { organisations, teams, users, citizens, forloeb, pauses, meetings, requests, slots, jointBookings, jointProposals } = tables;
  const all = [organisations, teams, users, citizens, forloeb, pauses, meetings, requests, slots, jointBookings, jointProposals];
  return Promise.all(all.map(async (table) => strip(await db.select().from(table).orderBy(table.id))));
}

function errorCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
}

describe.each(DATABASE_KINDS)("the server on %s", (kind) => {
  let database: Database;
  let server: TestServer;
  let base: string;
  let seed: SeedOutcome;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await freshDatabase(kind);
    seed = await seedDemoDataIfEmpty(database.db, TODAY);
    server = await serveForTest(createServer({ database, log: (line) => logLines.push(line) }));
    base = server.url;
  });

  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("answers /healthz with its database kind, uncached, with security headers", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: kind });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect((await fetch(`${base}/ingen-side`)).status).toBe(404);
  });

  it("logs in over HTTP with an HttpOnly session cookie; auth.me works with it and fails without it", async () => {
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", [API_CLIENT_HEADER]: "test" },
      body: JSON.stringify({ email: KBH_CASEWORKER, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get("cache-control")).toBe("no-store");
    const [cookie] = login.headers.getSetCookie();
    expect(cookie).toMatch(/^kontaktplan_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);

    const anonymous = browserClient(base);
    await expect(anonymous.trpc.auth.me.query()).rejects.toSatisfy((e) => errorCode(e) === "UNAUTHORIZED");

    const browser = browserClient(base);
    const me = await browser.trpc.auth.login.mutate({ email: KBH_CASEWORKER, password: DEMO_PASSWORD });
    expect(me.role).toBe("sagsbehandler");
    expect((await browser.trpc.auth.me.query()).email).toBe(KBH_CASEWORKER);
    await browser.trpc.auth.logout.mutate();
    await expect(browser.trpc.auth.me.query()).rejects.toSatisfy((e) => errorCode(e) === "UNAUTHORIZED");
  });

  it("refuses a wrong password", async () => {
    const browser = browserClient(base);
    await expect(browser.trpc.auth.login.mutate({ email: KBH_CASEWORKER, password: "forkert" })).rejects.toSatisfy((e) => errorCode(e) === "UNAUTHORIZED");
    expect(browser.jar.size).toBe(0);
  });

  it("gives a caseworker only the citizens of their own kommune", async () => {
    const kommuneOf = async (citizenId: string) =>
      (await database.db.select({ k: tables.citizens.kommunekode }).from(tables.citizens).where(eq(tables.citizens.id, citizenId)))[0]?.k;
    for (const [email, kommunekode] of [
      [KBH_CASEWORKER, "101"],
      [AARHUS_CASEWORKER, "751"],
    ] as const) {
      const browser = browserClient(base);
      const me = await browser.trpc.auth.login.mutate({ email, password: DEMO_PASSWORD });
      const page = await browser.trpc.caseload.list.query({ scope: "kommune", pageSize: 200 });
      const inKommune = await database.db.$count(tables.citizens, eq(tables.citizens.kommunekode, kommunekode));
      expect(page.total).toBe(inKommune);
      expect(page.rows.length).toBe(inKommune);
      for (const row of page.rows) expect(await kommuneOf(row.citizenId)).toBe(kommunekode);

      const mine = await browser.trpc.caseload.list.query({ scope: "mine", pageSize: 200 });
      expect(mine.total).toBeGreaterThan(0);
      expect(mine.rows.every((r) => r.caseworkerId === me.id)).toBe(true);
    }
  });

  it("logs method, path and status only: no query strings, no CPR numbers", async () => {
    const cprs = (await database.db.select({ cpr: tables.citizens.cpr }).from(tables.citizens)).map((c) => c.cpr);
    const lines = logLines.join("\n");
    expect(lines).toMatch(/GET \/trpc\/caseload\.list \d{3} /);
    expect(lines).toMatch(/POST \/trpc\/auth\.login 200 /);
    expect(lines).not.toContain("?");
    for (const cpr of cprs) expect(lines).not.toContain(cpr.slice(0, 6));
  });

  it("seeds once: a second seed on the same database writes nothing", async () => {
    expect(seed.seeded).toBe(true);
    const before = await snapshot(database.db);
    const again = await seedDemoDataIfEmpty(database.db, TODAY);
    expect(again.seeded).toBe(false);
    expect(await snapshot(database.db)).toEqual(before);
  });

  it("seeds the same rows into another fresh database (deterministic), counted as reported", async () => {
    const other = await freshDatabase(kind);
    try {
      const outcome = await seedDemoDataIfEmpty(other.db, TODAY);
      expect(outcome.counts).toEqual(seed.counts);
      expect(await other.db.$count(tables.citizens)).toBe(seed.counts.citizens);
      expect(await other.db.$count(tables.meetings)).toBe(seed.counts.meetings);
      // The first database's rows changed only by logins (sessions, audit), which the snapshot leaves out.
      expect(await snapshot(other.db)).toEqual(await snapshot(database.db));
    } finally {
      await other.close();
    }
  });
});
