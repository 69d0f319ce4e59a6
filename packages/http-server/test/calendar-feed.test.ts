import { hashPassword } from "@kontaktplan/api";
import { tables, type Database } from "@kontaktplan/db";
import { DATABASE_KINDS, freshDatabase } from "@kontaktplan/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEED_REQUESTS_PER_MINUTE } from "../src/calendar-feed.js";
import { createServer } from "../src/http.js";
import { browserClient, serveForTest, type TestServer } from "@kontaktplan/test-server";

const NOW = new Date("2025-11-25T09:00:00Z");
const PASSWORD = "Kalender-kode-2025";
const CPR = "0101901234";

describe.each(DATABASE_KINDS)("GET /calendar/feed/<token>.ics on %s", (kind) => {
  let database: Database;
  let server: TestServer;
  let base: string;
  const logged: string[] = [];
  let caseworker: { id: string; email: string };
  let citizenId: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const db = database.db;
    const { citizens, forloeb, meetings, organisations, users } = tables;
    const passwordHash = await hashPassword(PASSWORD);
    const [jobcentre] = await db
      .insert(organisations)
      .values({ kind: "jobcenter", name: "Jobcenter Aalborg", kommunekode: "851", address: "Boulevarden 13, 9000 Aalborg" })
      .returning();
    const user = async (email: string) =>
      (
        await db
          .insert(users)
          .values({ organisationId: jobcentre!.id, role: "sagsbehandler", email, name: email, passwordHash })
          .returning({ id: users.id, email: users.email })
      )[0]!;
    caseworker = await user("kalender@aalborg.example");
    const colleague = await user("kollega@aalborg.example");
    const citizen = async (name: string, cpr: string, caseworkerId: string) => {
      const [c] = await db.insert(citizens).values({ kommunekode: "851", cpr, name, caseworkerId }).returning();
      const [f] = await db.insert(forloeb).values({ citizenId: c!.id, ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-09-01" }).returning();
      return { citizenId: c!.id, forloebId: f!.id };
    };
    const own = await citizen("Karen Kalender", CPR, caseworker.id);
    citizenId = own.citizenId;
    const others = await citizen("Ole Anden", "0202801234", colleague.id);
    const meeting = (forloebId: string, startsAt: string, status: "planlagt" | "aflyst", form: "telefon" | null) => ({
      forloebId,
      ydelse: "kontanthjaelp",
      startsAt,
      date: startsAt.slice(0, 10),
      kind: "individuel" as const,
      status,
      form,
      cancelReason: status === "aflyst" ? "Borgeren er syg" : null,
    });
    await db.insert(meetings).values([
      meeting(own.forloebId, "2025-11-27T09:00:00Z", "planlagt", "telefon"),
      meeting(own.forloebId, "2025-11-28T09:00:00Z", "aflyst", null),
      // Outside the feed's span: more than a month back.
      meeting(own.forloebId, "2025-09-15T09:00:00Z", "planlagt", null),
      meeting(others.forloebId, "2025-11-27T10:00:00Z", "planlagt", null),
    ]);
    // Behind a proxy (as in production), so the rate-limit test can ask from an address of its own.
    server = await serveForTest(
      createServer({ database, log: (line) => logged.push(line), logError: (line) => logged.push(line), now: () => NOW, trustProxy: true }),
    );
    base = server.url;
  });

  afterAll(async () => {
    await server.close();
    await database.close();
  });

  async function signedIn() {
    const browser = browserClient(base);
    await browser.trpc.auth.login.mutate({ email: caseworker.email, password: PASSWORD });
    return browser.trpc;
  }

  const get = (path: string) => fetch(`${base}${path}`);

  it("serves the caseworker's samtaler without a session, with no CPR number and by default no names, and audits it", async () => {
    const api = await signedIn();
    const feed = await api.calendarFeed.create.mutate({ showNames: false });
    expect(feed).toMatchObject({ active: true, showNames: false, lastUsedAt: null });
    expect(feed.path).toMatch(/^\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await get(feed.path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain("X-WR-CALNAME:Kontaktplan: mine samtaler");
    const events = body.split("BEGIN:VEVENT").slice(1);
    expect(events).toHaveLength(2);
    expect(events.map((e) => /SUMMARY:(.*)\r\n/.exec(e)?.[1])).toEqual(["Borgersamtale", "Borgersamtale"]);
    expect(body).toContain("DTSTART;TZID=Europe/Copenhagen:20251127T100000");
    expect(body).toContain("LOCATION:Jobcenter Aalborg\\, Boulevarden 13\\, 9000 Aalborg");
    expect(body).toContain("DESCRIPTION:Form: telefon");
    expect(body).toContain("STATUS:CANCELLED");
    for (const secret of [CPR, CPR.slice(0, 6), "Karen", "Ole Anden"]) expect(body).not.toContain(secret);
    const audited = await database.db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "calendarFeed.read"));
    expect(audited.map((r) => [r.userId, r.citizenId])).toEqual([[caseworker.id, citizenId]]);
    expect((await api.calendarFeed.get.query()).lastUsedAt).toBe(NOW.toISOString());
    // The token never reaches a log line.
    const token = /feed\/(.*)\.ics/.exec(feed.path)![1]!;
    expect(logged.some((line) => line.includes("/calendar/feed/[hemmelig] 200"))).toBe(true);
    expect(logged.some((line) => line.includes(token))).toBe(false);
  });

  it("names the citizens when asked; a new address revokes the old one, revoking answers 404 like any unknown address", async () => {
    const api = await signedIn();
    const old = await api.calendarFeed.create.mutate({ showNames: false });
    const named = await api.calendarFeed.create.mutate({ showNames: true });
    expect(await (await get(named.path)).text()).toContain("SUMMARY:Samtale i jobcentret: Karen Kalender");

    const unknown = await get("/findes-ikke");
    const unknownBody = await unknown.text();
    for (const path of [old.path, "/calendar/feed/ikke-et-token.ics", `/calendar/feed/${"A".repeat(43)}.ics`]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(unknownBody);
    }
    expect(await api.calendarFeed.revoke.mutate()).toEqual({ active: false, showNames: false, createdAt: null, lastUsedAt: null });
    const revoked = await get(named.path);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe(unknownBody);
    const trail = await database.db.select({ action: tables.auditLog.action }).from(tables.auditLog).where(eq(tables.auditLog.userId, caseworker.id));
    expect(trail.filter((r) => r.action.startsWith("admin.account.calendar-feed")).map((r) => r.action)).toEqual([
      "admin.account.calendar-feed-create",
      "admin.account.calendar-feed-create",
      "admin.account.calendar-feed-create",
      "admin.account.calendar-feed-revoke",
    ]);
  });

  it("stops serving a deactivated caseworker's feed", async () => {
    const api = await signedIn();
    const feed = await api.calendarFeed.create.mutate({ showNames: false });
    await database.db.update(tables.users).set({ disabled: true }).where(eq(tables.users.id, caseworker.id));
    try {
      expect((await get(feed.path)).status).toBe(404);
    } finally {
      await database.db.update(tables.users).set({ disabled: false }).where(eq(tables.users.id, caseworker.id));
    }
    expect((await get(feed.path)).status).toBe(200);
  });

  it("answers only GET and HEAD, and limits how often one address may ask", async () => {
    const path = `/calendar/feed/${"B".repeat(43)}.ics`;
    const post = await fetch(`${base}${path}`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    // The server's clock stands still here, so every request falls in one minute.
    const from = (address: string) => fetch(`${base}${path}`, { headers: { "x-forwarded-for": address } });
    const statuses: number[] = [];
    for (let i = 0; i < FEED_REQUESTS_PER_MINUTE; i++) statuses.push((await from("203.0.113.7")).status);
    expect(statuses).toEqual(Array(FEED_REQUESTS_PER_MINUTE).fill(404));
    const limited = await from("203.0.113.7");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(await limited.json()).toEqual({ error: "For mange forespørgsler. Prøv igen om lidt." });
    expect((await from("203.0.113.8")).status).toBe(404);
  });
});
