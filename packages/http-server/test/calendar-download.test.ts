import { tables, type Database } from "@kontaktplan/db";
import { parseDay } from "@kontaktplan/rules";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/http.js";
import { DEMO_PASSWORD } from "@kontaktplan/demo";
import { browserClient, demoDatabase, serveForTest, type TestServer } from "@kontaktplan/test-server";

const TODAY = parseDay("2025-11-25");
const NOW = new Date("2025-11-25T09:00:00Z");

describe.each(DATABASE_KINDS)("GET /calendar/<meetingId>.ics on %s", (kind) => {
  let database: Database;
  let server: TestServer;
  let base: string;
  /** A booked fællessamtale, the a-kasse that booked it, and meetings that a-kasse must not get. */
  let booked: { meetingId: string; date: string; akasseEmail: string; otherAkasseEmail: string; individualMeetingId: string };

  beforeAll(async () => {
    database = await demoDatabase(kind, TODAY);
    server = await serveForTest(createServer({ database, log: () => undefined, now: () => NOW }));
    base = server.url;

    const { jointBookings, meetings, users } = tables;
    const [booking] = await database.db
      .select({ meetingId: jointBookings.meetingId, forloebId: jointBookings.forloebId, akasseId: jointBookings.akasseId, date: meetings.date })
      .from(jointBookings)
      .innerJoin(meetings, eq(meetings.id, jointBookings.meetingId))
      .where(eq(jointBookings.status, "booked"));
    const [staff] = await database.db.select({ email: users.email }).from(users).where(eq(users.organisationId, booking!.akasseId));
    const [other] = await database.db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.role, "akasse"), ne(users.organisationId, booking!.akasseId)));
    const [individual] = await database.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.forloebId, booking!.forloebId), eq(meetings.kind, "individuel")));
    booked = {
      meetingId: booking!.meetingId!,
      date: booking!.date,
      akasseEmail: staff!.email,
      otherAkasseEmail: other!.email,
      individualMeetingId: individual!.id,
    };
  });

  afterAll(async () => {
    await server.close();
    await database.close();
  });

  /** Sign in over HTTP and return the Cookie header a browser would send. */
  async function cookieOf(email: string): Promise<string> {
    const browser = browserClient(base);
    await browser.trpc.auth.login.mutate({ email, password: DEMO_PASSWORD });
    return [...browser.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  const get = (meetingId: string, cookie?: string) => fetch(`${base}/calendar/${meetingId}.ics`, { headers: cookie ? { cookie } : {} });

  it("downloads the a-kasse's booked fællessamtale as a Danish text/calendar file in Copenhagen time, and audits it", async () => {
    const cookie = await cookieOf(booked.akasseEmail);
    const response = await get(booked.meetingId, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="samtale-${booked.date}.ics"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(body).toMatch(new RegExp(`\\r\\nDTSTART;TZID=Europe/Copenhagen:${booked.date.replaceAll("-", "")}T\\d{6}\\r\\n`));
    // The member's name, never a CPR number.
    expect(body).toMatch(/\r\nSUMMARY:Fællessamtale med jobcenter og a-kasse: [^\r\n\d]+\r\n/);
    const audited = await database.db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "meeting.ics"));
    expect(audited.map((r) => (r.details as { meetingId?: string }).meetingId)).toContain(booked.meetingId);
  });

  it("refuses without a session, for another a-kasse, for a meeting the a-kasse may not see, and for a malformed id", async () => {
    const unsigned = await get(booked.meetingId);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ error: "Du er ikke logget ind, eller din session er udløbet. Log ind igen." });

    const other = await get(booked.meetingId, await cookieOf(booked.otherAkasseEmail));
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: "Samtalen findes ikke, eller du har ikke adgang til det" });

    const individual = await get(booked.individualMeetingId, await cookieOf(booked.akasseEmail));
    expect(individual.status).toBe(404);

    const malformed = await get("ikke-et-id", await cookieOf(booked.akasseEmail));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "Skal være et gyldigt id" });
  });

  it("answers only GET", async () => {
    const response = await fetch(`${base}/calendar/${booked.meetingId}.ics`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
