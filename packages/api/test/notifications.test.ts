import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables, type Database } from "@kontaktplan/db";
import type { NotificationItem } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { appRouter, createCallerFactory, createContext, SESSION_COOKIE, type Mail, type OutgoingMail } from "../src/index.js";
import { startSession } from "../src/auth/session.js";
import { deliverMail } from "../src/domain/notification-mail.js";
import { callerAs, NOW, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";

const createCaller = createCallerFactory(appRouter);

/** A caller with e-mail (a fake SMTP) or as a desktop's local copy. */
async function callerWith(database: Database, userId: string, options: { mail?: Mail; localReplica?: boolean; now?: Date }) {
  const now = options.now ?? NOW;
  const { token } = await startSession(database.db, userId, now);
  return createCaller(
    await createContext({
      db: database.db,
      dbKind: database.kind,
      cookieHeader: `${SESSION_COOKIE}=${token}`,
      setCookie: () => undefined,
      now: () => now,
      ...(options.mail ? { mail: options.mail } : {}),
      ...(options.localReplica ? { localReplica: true } : {}),
    }),
  );
}

/**
 * What a recipient's inbox says of events ("kind: text → link"), the world's own deadlines aside,
 * in text order: on the tests' standing clock the events share their time, so "newest first" ties.
 */
function said(items: readonly NotificationItem[]): string[] {
  return items
    .filter((n) => n.kind !== "deadline.due")
    .map((n) => `${n.kind}: ${n.text} → ${JSON.stringify(n.link)}`)
    .sort();
}

/** The same of deadlines only. */
function deadlinesSaid(items: readonly NotificationItem[]): string[] {
  return items.filter((n) => n.kind === "deadline.due").map((n) => `${n.kind}: ${n.text} → ${JSON.stringify(n.link)}`);
}

async function rowsFor(database: Database, userId: string) {
  return database.db.select().from(tables.notifications).where(eq(tables.notifications.userId, userId));
}

/** Resolves once `check` holds (e-mail is sent after the call has answered). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe.each(DATABASE_KINDS)("notifications on %s", (kind) => {
  const env = useWorld(kind);

  /** A member of a-kasse A in kommune A on nobody's caseload. */
  async function unassignedMember(): Promise<{ citizenId: string; forloebId: string }> {
    const { a } = env.world;
    const [citizen] = await env.database.db
      .insert(tables.citizens)
      .values({ kommunekode: a.jobcentre.kommunekode, cpr: "0101901299", name: "Ulla Uden Sagsbehandler", akasseId: a.akasse.id })
      .returning();
    const [row] = await env.database.db
      .insert(tables.forloeb)
      .values({ citizenId: citizen!.id, ydelse: "dagpenge", start: "2025-01-06", akasseId: a.akasse.id })
      .returning();
    return { citizenId: citizen!.id, forloebId: row!.id };
  }

  it("tells the citizen's caseworker of the a-kasse's booking, in the booking's own transaction", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const booking = { forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months" as const, occurrence: 1 };
    await akasse.joint.book(booking);
    expect((await refusal(akasse.joint.book(booking))).code).toBe("CONFLICT");

    const caseworker = await callerAs(env.database, a.caseworker.id);
    const { unread } = await caseworker.notifications.unreadCount();
    // One booking, however often it was tried; the world's citizens have deadlines this week too, a notice each.
    const rows = await rowsFor(env.database, a.caseworker.id);
    expect(rows.map((n) => n.kind).filter((k) => k !== "deadline.due")).toEqual(["booking.created"]);
    expect(unread).toBe(rows.length);
    const inbox = await caseworker.notifications.list();
    // Dated by the API's clock, as everything the user reads.
    expect(inbox.items.find((n) => n.kind === "booking.created")).toMatchObject({
      read: false,
      title: "Ny booking af fællessamtale",
      createdAt: NOW.toISOString(),
    });
    expect(said(inbox.items)).toEqual([
      `booking.created: A-kasse A har booket en fællessamtale med Dagmar Dagpenge a torsdag 27. marts 2025 kl. 10:00. → {"page":"citizen","citizenId":"${a.dagpenge.citizenId}"}`,
    ]);
    // Nobody else: not the a-kasse that booked, not the jobcentre's administrator (the caseworker answers).
    expect(await rowsFor(env.database, a.akasseStaff.id)).toEqual([]);
    expect(await rowsFor(env.database, a.admin.id)).toEqual([]);
  });

  it("tells the jobcentre of a proposal and the a-kasse of the answer, with where to find it", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const proposal = await akasse.joint.propose({
      forloebId: a.dagpenge.forloebId,
      rule: "joint-by-3-months",
      occurrence: 1,
      times: [{ date: "2025-03-24", time: "09:00" }],
    });
    const caseworker = await callerAs(env.database, a.caseworker.id);
    expect(said((await caseworker.notifications.list()).items)).toEqual([
      `proposal.created: A-kasse A foreslår et tidspunkt for en fællessamtale med Dagmar Dagpenge a: mandag 24. marts 2025 kl. 09:00. Svar under Tider til fællessamtaler. → {"page":"slots"}`,
    ]);
    await caseworker.joint.decide({ proposalId: proposal.id, decision: "accept", timeIndex: 0 });
    await caseworker.joint.decide({ proposalId: a.proposalId, decision: "decline", reason: "Tiden passer ikke jobcentret" });
    expect(said((await akasse.notifications.list()).items)).toEqual([
      `proposal.accepted: Jobcenter A har accepteret en fællessamtale med Dagmar Dagpenge a mandag 24. marts 2025 kl. 09:00. → {"page":"booking","forloebId":"${a.dagpenge.forloebId}","rule":"joint-by-3-months","occurrence":1}`,
      // The world's old proposal names no deadline: it leads to the list of fællessamtaler.
      `proposal.declined: Jobcenter A har afvist forslaget om en fællessamtale med Dagmar Dagpenge a. Begrundelse: Tiden passer ikke jobcentret → {"page":"start"}`,
    ]);
  });

  it("tells the other side of a moved or cancelled booking, and nobody of an individual samtale", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const caseworker = await callerAs(env.database, a.caseworker.id);
    const target = { forloebId: a.dagpenge.forloebId, rule: "joint-by-3-months" as const, occurrence: 1 };
    const booked = await akasse.joint.book({ ...target, slotId: a.slotId });
    const { created } = await caseworker.slots.publish({ date: "2025-03-28", time: "10:00" });
    await caseworker.joint.reschedule({ meetingId: booked.meeting.id, slotId: created[0]!.id, reason: "Sagsbehandleren er på kursus" });
    await akasse.joint.cancel({ meetingId: booked.meeting.id, reason: "Medlemmet er kommet i job" });
    await caseworker.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Borgeren er syg" });
    const again = await akasse.joint.book({ ...target, slotId: a.slotId });
    await caseworker.meeting.cancel({ meetingId: again.meeting.id, reason: "Jobcentret er lukket" });

    const link = `{"page":"booking","forloebId":"${a.dagpenge.forloebId}","rule":"joint-by-3-months","occurrence":1}`;
    expect(said((await akasse.notifications.list()).items)).toEqual([
      `booking.cancelled: Jobcenter A har aflyst fællessamtalen med Dagmar Dagpenge a torsdag 27. marts 2025 kl. 10:00. Begrundelse: Jobcentret er lukket → ${link}`,
      `booking.moved: Jobcenter A har flyttet fællessamtalen med Dagmar Dagpenge a fra torsdag 27. marts 2025 kl. 10:00 til fredag 28. marts 2025 kl. 10:00. Begrundelse: Sagsbehandleren er på kursus → ${link}`,
    ]);
    const citizen = `{"page":"citizen","citizenId":"${a.dagpenge.citizenId}"}`;
    expect(said((await caseworker.notifications.list()).items).filter((t) => !t.startsWith("booking.created"))).toEqual([
      `booking.cancelled: A-kasse A har aflyst fællessamtalen med Dagmar Dagpenge a fredag 28. marts 2025 kl. 10:00. Begrundelse: Medlemmet er kommet i job → ${citizen}`,
    ]);
  });

  it("tells the slot's caseworker when the citizen has none, and the jobcentre's administrators when nobody else answers", async () => {
    const { a } = env.world;
    const member = await unassignedMember();
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    await akasse.joint.book({ forloebId: member.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    await akasse.joint.propose({ forloebId: member.forloebId, rule: "joint-by-6-months", occurrence: 1, times: [{ date: "2025-06-02", time: "10:00" }] });
    expect((await rowsFor(env.database, a.caseworker.id)).map((n) => n.kind)).toEqual(["booking.created"]);
    expect((await rowsFor(env.database, a.admin.id)).map((n) => n.kind)).toEqual(["proposal.created"]);
  });

  it("notices a caseworker's deadlines due within 5 working days when the inbox is read, once each", async () => {
    const { a } = env.world;
    const caseworker = await callerAs(env.database, a.caseworker.id);
    const citizen = await caseworker.citizen.create({ name: "Frida Frist", cpr: "0303031234" });
    const forloeb = await caseworker.forloeb.create({ citizenId: citizen.id, ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-01-06" });
    // Asked for a samtale on Monday 24 February: one is due within two weeks, by Monday 10 March, the 5th working day from today.
    await caseworker.request.register({ forloebId: forloeb.id, date: "2025-02-24", by: "borger" });
    const row = (await caseworker.caseload.list({ search: "Frida Frist" })).rows[0]!;
    expect([row.nextDeadline, row.nextDeadlineRule]).toEqual(["2025-03-10", "requested-meeting"]);
    const deadlines = async () => (await rowsFor(env.database, a.caseworker.id)).filter((n) => n.kind === "deadline.due" && n.citizenId === citizen.id);

    // The Friday before, 10 March is six working days away: nothing yet.
    const friday = await callerWith(env.database, a.caseworker.id, { now: new Date("2025-02-28T09:00:00Z") });
    await friday.notifications.unreadCount();
    expect(await deadlines()).toEqual([]);

    await caseworker.notifications.unreadCount();
    await caseworker.notifications.list();
    await caseworker.notifications.unreadCount();
    expect(await deadlines()).toHaveLength(1);
    expect(deadlinesSaid((await caseworker.notifications.list()).items)).toContain(
      `deadline.due: Frida Frist skal have en samtale senest mandag 10. marts 2025. → {"page":"citizen","citizenId":"${citizen.id}"}`,
    );
    // Administrators have no caseload, and their inbox makes no notices.
    await (await callerAs(env.database, a.admin.id)).notifications.list();
    expect((await rowsFor(env.database, a.admin.id)).filter((n) => n.kind === "deadline.due")).toEqual([]);
  });

  it("marks one's own notifications read, one or all", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    await akasse.joint.propose({ forloebId: a.dagpenge.forloebId, rule: "joint-by-6-months", occurrence: 1, times: [{ date: "2025-06-02", time: "10:00" }] });
    const caseworker = await callerAs(env.database, a.caseworker.id);
    const before = await caseworker.notifications.list();
    const unread = before.unread;
    expect(unread).toBeGreaterThanOrEqual(2);
    // Another user's notification is not theirs to mark.
    expect(await akasse.notifications.markRead({ ids: [before.items[0]!.id] })).toEqual({ unread: 0 });
    expect(await caseworker.notifications.markRead({ ids: [before.items[0]!.id] })).toEqual({ unread: unread - 1 });
    expect((await caseworker.notifications.list()).items.find((n) => n.id === before.items[0]!.id)?.read).toBe(true);
    expect(await caseworker.notifications.markRead({})).toEqual({ unread: 0 });
  });

  it("e-mails a notification after its call has committed, in Danish without the citizen's name or CPR number, and never fails the call", async () => {
    const { a } = env.world;
    const sent: OutgoingMail[] = [];
    const logged: string[] = [];
    const mail: Mail = { send: async (m) => void sent.push(m), log: (line) => logged.push(line) };
    const akasse = await callerWith(env.database, a.akasseStaff.id, { mail });
    await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    await until(() => sent.length === 1);
    expect(sent[0]).toMatchObject({ to: a.caseworker.email, subject: "Kontaktplan: Ny booking af fællessamtale" });
    expect(sent[0]!.text).toMatch(/^A-kasse A har booket en fællessamtale med et medlem torsdag 27\. marts 2025 kl\. 10:00\.\n\nLog ind i Kontaktplan/);
    for (const secret of ["Dagmar", a.dagpenge.cpr, a.dagpenge.cpr.slice(0, 6)]) expect(JSON.stringify(sent)).not.toContain(secret);
    // Claimed once: delivering the same notification again sends nothing.
    const [row] = await rowsFor(env.database, a.caseworker.id);
    expect(row!.emailedAt).not.toBeNull();
    await deliverMail(env.database.db, mail, [row!.id]);
    expect(sent).toHaveLength(1);

    // A refused call wrote nothing, so nothing is sent.
    expect((await refusal(akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 }))).code).toBe(
      "CONFLICT",
    );
    // A failing SMTP server is logged (id and code, nothing personal) and the call still succeeds.
    const failing: Mail = {
      send: () => Promise.reject(Object.assign(new Error(`refused ${a.caseworker.email}`), { code: "ECONNECTION" })),
      log: (line) => logged.push(line),
    };
    const failingAkasse = await callerWith(env.database, a.akasseStaff.id, { mail: failing });
    await expect(
      failingAkasse.joint.propose({
        forloebId: a.dagpenge.forloebId,
        rule: "joint-by-6-months",
        occurrence: 1,
        times: [{ date: "2025-06-02", time: "10:00" }],
      }),
    ).resolves.toMatchObject({ status: "pending" });
    await until(() => logged.length === 1);
    expect(logged[0]).toMatch(/ e-mail om notifikation [0-9a-f-]{36} kunne ikke sendes: ECONNECTION$/);
    expect(sent).toHaveLength(1);
  });

  it("on a desktop's local copy writes none and says the inbox needs the server", async () => {
    const { a } = env.world;
    const local = await callerWith(env.database, a.caseworker.id, { localReplica: true });
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const booked = await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    await env.database.db.delete(tables.notifications);
    await local.meeting.cancel({ meetingId: booked.meeting.id, reason: "Aflyst offline" });
    expect(await env.database.db.select().from(tables.notifications)).toEqual([]);
    for (const call of [
      local.notifications.list(),
      local.notifications.unreadCount(),
      local.calendar.caseworkerWeek({ monday: "2025-03-03" }),
      local.calendarFeed.get(),
    ]) {
      const error = await refusal(call);
      expect([error.code, error.message]).toEqual(["PRECONDITION_FAILED", "Det kræver forbindelse til serveren. Prøv igen, når du er online."]);
    }
  });
});
