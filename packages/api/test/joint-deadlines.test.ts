/**
 * Each joint deadline gets one fællessamtale: bookings and proposals record the deadline they
 * serve, and a deadline with a booked slot or an accepted proposal cannot be booked or proposed
 * for again until that meeting is cancelled, held or missed.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { translateDbError } from "../src/db-errors.js";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

const DEADLINE_BOOKED = "Der er allerede booket en fællessamtale til denne frist. Flyt eller aflys den, hvis den skal holdes på et andet tidspunkt.";
const PROPOSAL_PENDING = "Der er allerede sendt et forslag til denne frist, som jobcentret ikke har svaret på. Træk det tilbage, før du foreslår nye tider.";
const SLOT_TAKEN = "Tiden er netop blevet booket af en anden. Vælg en anden tid.";

const BY_3 = { rule: "joint-by-3-months", occurrence: 1 } as const;
const BY_6 = { rule: "joint-by-6-months", occurrence: 1 } as const;
/** The day after the world's slot (27 March 2025), still inside the 3-month window. */
const NEXT_DAY = () => new Date("2025-03-28T09:00:00Z");

describe.each(DATABASE_KINDS)("one fællessamtale per joint deadline on %s", (kind) => {
  const env = useWorld(kind);
  const akasseA = (now?: () => Date) => callerAs(env.database, env.world.a.akasseStaff.id, now);
  const caseworkerA = (now?: () => Date) => callerAs(env.database, env.world.a.caseworker.id, now);

  async function slotOn(date: string, time = "10:00") {
    const { created } = await (await caseworkerA()).slots.publish({ date, time });
    return created[0]!.id;
  }

  /** The refusal's code, message and field paths, as the client receives them. */
  async function refused(call: Promise<unknown>) {
    const error = await refusal(call);
    const shape = shapeOf(error);
    return { code: error.code, message: shape.message, paths: shape.data.fieldErrors.map((e) => e.path) };
  }

  const activeBookings = (forloebId: string) =>
    env.database.db
      .select()
      .from(tables.jointBookings)
      .where(and(eq(tables.jointBookings.forloebId, forloebId), eq(tables.jointBookings.status, "booked")));

  it("records the deadline on bookings and proposals and returns it wherever they are listed", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const booked = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    expect(booked).toMatchObject({ ...BY_3, withdrawnProposalIds: [] });
    const proposal = await api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_6, times: [{ date: "2025-05-05", time: "10:00" }] });
    expect(proposal).toMatchObject(BY_6);

    const member = await api.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(member.bookings).toEqual([
      { id: booked.bookingId, forloebId: a.dagpenge.forloebId, meetingId: booked.meeting.id, slotId: a.slotId, proposalId: null, ...BY_3, status: "booked" },
    ]);
    // The world's proposal predates recorded deadlines: it serves none.
    expect(member.proposals.map((p) => [p.id, p.rule, p.occurrence])).toEqual([
      [proposal.id, BY_6.rule, BY_6.occurrence],
      [a.proposalId, null, null],
    ]);
    const jobcentre = await caseworkerA();
    expect((await jobcentre.joint.proposals({})).map((p) => [p.id, p.rule])).toEqual([
      [a.proposalId, null],
      [proposal.id, BY_6.rule],
    ]);
    const [slot] = await jobcentre.slots.list({ from: "2025-03-27", to: "2025-03-27" });
    expect(slot?.booking).toMatchObject(BY_3);
  });

  it("refuses a second booking or a proposal for a booked deadline with CONFLICT, writing nothing; other deadlines stay open", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const first = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    const otherSlot = await slotOn("2025-04-01");
    const allMeetings = () => env.database.db.select().from(tables.meetings).orderBy(tables.meetings.id);
    const meetingsBefore = await allMeetings();

    expect(await refused(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: otherSlot, ...BY_3 }))).toEqual({
      code: "CONFLICT",
      message: DEADLINE_BOOKED,
      paths: ["rule"],
    });
    expect(await refused(api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_3, times: [{ date: "2025-03-31", time: "10:00" }] }))).toEqual({
      code: "CONFLICT",
      message: DEADLINE_BOOKED,
      paths: ["rule"],
    });
    expect(await allMeetings()).toEqual(meetingsBefore);
    expect((await activeBookings(a.dagpenge.forloebId)).map((b) => b.id)).toEqual([first.bookingId]);
    // The other slot is still free, and the 6-month deadline can have it.
    await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: otherSlot, ...BY_6 });
  });

  it('books both fællessamtaler of "2 senest efter 6 måneder", and refuses a third; a cancelled one frees its seat', async () => {
    const { a } = env.world;
    const api = await akasseA();
    const [second, third] = [await slotOn("2025-04-01"), await slotOn("2025-04-08")];
    const first = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_6 });
    await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: second, ...BY_6 });
    expect(await refused(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: third, ...BY_6 }))).toEqual({
      code: "CONFLICT",
      message: DEADLINE_BOOKED,
      paths: ["rule"],
    });
    expect((await activeBookings(a.dagpenge.forloebId)).map((b) => b.seat).sort()).toEqual([1, 2]);
    await api.joint.cancel({ meetingId: first.meeting.id, reason: "Medlemmet er syg" });
    const again = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: third, ...BY_6 });
    expect(again.meeting.date).toBe("2025-04-08");
    expect((await activeBookings(a.dagpenge.forloebId)).map((b) => b.seat).sort()).toEqual([1, 2]);
  });

  it("a cancelled booking frees the deadline; a moved one keeps holding it", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const { meeting } = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    const movedTo = await slotOn("2025-04-01");
    await api.joint.reschedule({ meetingId: meeting.id, slotId: movedTo, reason: "Medlemmet er på kursus" });
    const [moved] = await activeBookings(a.dagpenge.forloebId);
    expect(moved).toMatchObject({ slotId: movedTo, ...BY_3 });
    expect((await refused(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 }))).message).toBe(DEADLINE_BOOKED);

    await api.joint.cancel({ meetingId: meeting.id, reason: "Medlemmet er i job" });
    expect(await activeBookings(a.dagpenge.forloebId)).toEqual([]);
    const again = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    expect(again.meeting).toMatchObject({ status: "planlagt", date: "2025-03-27" });
  });

  it("an accepted proposal holds its deadline as a booking without a slot, until its meeting is cancelled", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const proposal = await api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_3, times: [{ date: "2025-03-24", time: "09:00" }] });
    const jobcentre = await caseworkerA();
    const accepted = await jobcentre.joint.decide({ proposalId: proposal.id, decision: "accept", timeIndex: 0 });
    expect(await activeBookings(a.dagpenge.forloebId)).toEqual([
      expect.objectContaining({ slotId: null, proposalId: proposal.id, meetingId: accepted.meetingId, ...BY_3 }),
    ]);
    expect((await refused(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 }))).message).toBe(DEADLINE_BOOKED);
    expect((await refused(api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_3, times: [{ date: "2025-03-25", time: "09:00" }] }))).message).toBe(
      DEADLINE_BOOKED,
    );

    await jobcentre.meeting.cancel({ meetingId: accepted.meetingId!, reason: "Sagsbehandleren er syg" });
    await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
  });

  it("a deadline has one unanswered proposal; booking a slot for it withdraws that proposal and leaves the others", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const mine = await api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_3, times: [{ date: "2025-03-24", time: "09:00" }] });
    expect(await refused(api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_3, times: [{ date: "2025-03-25", time: "09:00" }] }))).toEqual({
      code: "CONFLICT",
      message: PROPOSAL_PENDING,
      paths: ["rule"],
    });
    const other = await api.joint.propose({ forloebId: a.dagpenge.forloebId, ...BY_6, times: [{ date: "2025-05-05", time: "10:00" }] });

    const booked = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    expect(booked.withdrawnProposalIds).toEqual([mine.id]);
    const statuses = new Map((await api.joint.member({ forloebId: a.dagpenge.forloebId })).proposals.map((p) => [p.id, p.status]));
    expect(Object.fromEntries(statuses)).toEqual({ [mine.id]: "withdrawn", [other.id]: "pending", [a.proposalId]: "pending" });
    // The jobcentre can no longer accept it as a second meeting, and is told why.
    const decide = await refused((await caseworkerA()).joint.decide({ proposalId: mine.id, decision: "accept", timeIndex: 0 }));
    expect(decide).toEqual({ code: "CONFLICT", message: "A-kassen har trukket forslaget tilbage", paths: [] });
    const logged = (await changeRows(env.database)).filter((c) => c.entityId === mine.id).map((c) => (c.payload as { status: string }).status);
    expect(logged).toEqual(["pending", "withdrawn"]);
    const audited = (await auditRows(env.database)).filter((r) => r.action === "joint.withdraw");
    expect(audited.map((r) => [r.citizenId, r.details])).toEqual([[a.dagpenge.citizenId, { proposalId: mine.id, slotId: a.slotId }]]);
  });

  it("a missed fællessamtale frees its deadline for a new booking; a held one completes its booking and keeps its slot taken", async () => {
    const { a } = env.world;
    const { meeting } = await (await akasseA()).joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    const later = await slotOn("2025-04-01");
    const dayAfter = await akasseA(NEXT_DAY);
    expect((await refused(dayAfter.joint.book({ forloebId: a.dagpenge.forloebId, slotId: later, ...BY_3 }))).message).toBe(DEADLINE_BOOKED);

    await (await caseworkerA(NEXT_DAY)).meeting.markNoShow({ meetingId: meeting.id });
    const member = await dayAfter.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(member.bookings.map((b) => [b.meetingId, b.status])).toEqual([[meeting.id, "completed"]]);
    const rebooked = await dayAfter.joint.book({ forloebId: a.dagpenge.forloebId, slotId: later, ...BY_3 });

    const jobcentre = await caseworkerA(() => new Date("2025-04-02T09:00:00Z"));
    await jobcentre.meeting.record({ meetingId: rebooked.meeting.id, form: "fremmoede", participants: ["borger", "jobcenter", "akasse"] });
    expect((await activeBookings(a.dagpenge.forloebId)).length).toBe(0);
    // Both past slots still show who had them.
    const slots = await jobcentre.slots.list({ from: "2025-03-27", to: "2025-04-01" });
    expect(slots.map((s) => [s.id, s.booked, s.booking?.meetingId])).toEqual([
      [a.slotId, true, meeting.id],
      [later, true, rebooked.meeting.id],
    ]);
    const completed = (await changeRows(env.database)).filter((c) => c.entity === "joint_booking").map((c) => (c.payload as { status: string }).status);
    expect(completed).toEqual(["booked", "completed", "booked", "completed"]);
  });

  it("the database itself refuses a second active booking or a second pending proposal for a deadline, reported as CONFLICT", async () => {
    const { a } = env.world;
    const secondSlot = await slotOn("2025-04-01");
    const booking = { forloebId: a.dagpenge.forloebId, akasseId: a.akasse.id, ...BY_3 };
    await env.database.db.insert(tables.jointBookings).values({ ...booking, slotId: a.slotId });
    const twice = await env.database.db
      .insert(tables.jointBookings)
      .values({ ...booking, slotId: secondSlot })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(translateDbError(twice)).toMatchObject({ code: "CONFLICT", message: DEADLINE_BOOKED });
    // Bookings made before deadlines were recorded never collide.
    await env.database.db.insert(tables.jointBookings).values({ forloebId: a.dagpenge.forloebId, akasseId: a.akasse.id, slotId: secondSlot });

    const proposal = { forloebId: a.dagpenge.forloebId, akasseId: a.akasse.id, ...BY_6, times: ["2025-05-05T08:00:00.000Z"] };
    await env.database.db.insert(tables.jointProposals).values(proposal);
    const pendingTwice = await env.database.db
      .insert(tables.jointProposals)
      .values(proposal)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(translateDbError(pendingTwice)).toMatchObject({ code: "CONFLICT", message: PROPOSAL_PENDING });
  });
});

describe.each(DATABASE_KINDS)("racing for one joint deadline on %s", (kind) => {
  const env = useWorld(kind);
  const ATTEMPTS = 24;

  it(`${ATTEMPTS} concurrent bookings of two different slots for the same deadline: exactly one succeeds`, async () => {
    const { a } = env.world;
    const publisher = await callerAs(env.database, a.caseworker.id);
    const { created } = await publisher.slots.publish({ date: "2025-04-01", time: "10:00" });
    const slotIds = [a.slotId, created[0]!.id];
    const callers = await Promise.all(Array.from({ length: ATTEMPTS }, () => callerAs(env.database, a.akasseStaff.id)));

    const outcomes = await Promise.allSettled(
      callers.map((api, i) => api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: slotIds[i % 2]!, rule: "joint-by-3-months", occurrence: 1 })),
    );

    const booked = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    const refusals = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code?: string; message?: string }] : []));
    expect(booked).toHaveLength(1);
    expect(refusals.map((e) => e.code)).toEqual(Array.from({ length: ATTEMPTS - 1 }, () => "CONFLICT"));
    // Losers on the winner's slot hear that the slot is taken; on the other slot, that the deadline is.
    expect(new Set(refusals.map((e) => e.message))).toEqual(new Set([SLOT_TAKEN, DEADLINE_BOOKED]));
    const active = await env.database.db
      .select()
      .from(tables.jointBookings)
      .where(and(eq(tables.jointBookings.forloebId, a.dagpenge.forloebId), eq(tables.jointBookings.status, "booked")));
    expect(active.map((b) => b.meetingId)).toEqual([booked[0]!.meeting.id]);
    const newMeetings = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.date, booked[0]!.meeting.date));
    expect(newMeetings.map((m) => m.id)).toEqual([booked[0]!.meeting.id]);
  });

  it("the jobcentre accepting a proposal while the a-kasse books a slot for the same deadline: one wins, never a server error", async () => {
    const { a } = env.world;
    // Five Tuesdays from 4 March, all inside the 3-month window.
    const MEMBERS = 5;
    const members = await env.database.db
      .insert(tables.citizens)
      .values(
        Array.from({ length: MEMBERS }, (_, i) => ({
          kommunekode: "101",
          cpr: `2222${String(i).padStart(6, "0")}`,
          name: `Medlem ${i}`,
          akasseId: a.akasse.id,
        })),
      )
      .returning({ id: tables.citizens.id });
    const forloeb = await env.database.db
      .insert(tables.forloeb)
      .values(members.map((m) => ({ citizenId: m.id, ydelse: "dagpenge", start: "2025-01-06", akasseId: a.akasse.id })))
      .returning({ id: tables.forloeb.id });
    const publisher = await callerAs(env.database, a.caseworker.id);
    const { created: slots } = await publisher.slots.publish({ date: "2025-03-04", time: "09:00", weeks: MEMBERS });
    expect(slots).toHaveLength(MEMBERS);
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const proposals = await Promise.all(
      forloeb.map((f) => akasse.joint.propose({ forloebId: f.id, rule: "joint-by-3-months", occurrence: 1, times: [{ date: "2025-03-31", time: "13:00" }] })),
    );
    const bookers = await Promise.all(forloeb.map(() => callerAs(env.database, a.akasseStaff.id)));
    const deciders = await Promise.all(forloeb.map(() => callerAs(env.database, a.caseworker.id)));

    const outcomes = await Promise.allSettled(
      forloeb.flatMap((f, i) => [
        bookers[i]!.joint.book({ forloebId: f.id, slotId: slots[i]!.id, rule: "joint-by-3-months", occurrence: 1 }),
        deciders[i]!.joint.decide({ proposalId: proposals[i]!.id, decision: "accept", timeIndex: 0 }),
      ]),
    );

    for (let i = 0; i < MEMBERS; i++) {
      const pair = [outcomes[2 * i]!, outcomes[2 * i + 1]!];
      expect(pair.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const loser = pair.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect((loser.reason as { code?: string }).code).toBe("CONFLICT");
      const active = await env.database.db
        .select()
        .from(tables.jointBookings)
        .where(and(eq(tables.jointBookings.forloebId, forloeb[i]!.id), eq(tables.jointBookings.status, "booked")));
      expect(active).toHaveLength(1);
    }
  });
});
