/**
 * Correcting a meeting's outcome afterwards: held ↔ missed ↔ planned, a cancelled one un-cancelled;
 * a held meeting only with a reason, every correction audited with before and after and logged for
 * the desktops, and the obligations following.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import type { MeetingParticipant } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

const BY_3 = { rule: "joint-by-3-months", occurrence: 1 } as const;
/** The day after the world's slot (27 March 2025). */
const NEXT_DAY = () => new Date("2025-03-28T09:00:00Z");
const HELD = { form: "fremmoede" as const, participants: ["borger", "jobcenter"] satisfies MeetingParticipant[] as MeetingParticipant[] };

describe.each(DATABASE_KINDS)("meeting.correct on %s", (kind) => {
  const env = useWorld(kind);

  async function refused(call: Promise<unknown>) {
    const error = await refusal(call);
    const shape = shapeOf(error);
    return { code: error.code, message: shape.message, fieldErrors: shape.data.fieldErrors };
  }

  /** A meeting on Karl's kontanthjælp forløb today, held: it meets his request's deadline. */
  async function heldMeeting() {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: env.world.a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" });
    const held = await api.meeting.record({ meetingId: planned.id, ...HELD });
    return { api, held };
  }

  const requestObligation = async (api: Awaited<ReturnType<typeof heldMeeting>>["api"]) =>
    (await api.citizen.get({ citizenId: env.world.a.kontanthjaelp.citizenId })).evaluation.obligations.find((o) => o.rule === "requested-meeting");

  it("changes a held meeting only with a reason, and audits the outcome before and after with it", async () => {
    const { api, held } = await heldMeeting();
    expect(await requestObligation(api)).toMatchObject({ status: "met" });

    const noReason = await refused(api.meeting.correct({ meetingId: held.id, version: held.version, status: "udeblevet" }));
    expect(noReason).toEqual({
      code: "BAD_REQUEST",
      message: "Angiv en begrundelse: en afholdt samtale kan kun ændres bagefter med en begrundelse",
      fieldErrors: [{ path: "reason", message: "Angiv en begrundelse: en afholdt samtale kan kun ændres bagefter med en begrundelse" }],
    });
    const blank = await refused(api.meeting.correct({ meetingId: held.id, version: held.version, status: "udeblevet", reason: "  " }));
    expect(blank.fieldErrors).toEqual([{ path: "reason", message: "Angiv en begrundelse" }]);

    const missed = await api.meeting.correct({ meetingId: held.id, version: held.version, status: "udeblevet", reason: "Registreret på den forkerte borger" });
    expect(missed).toMatchObject({ id: held.id, status: "udeblevet", version: held.version + 1 });
    // The request's deadline is no longer met.
    expect(await requestObligation(api)).toMatchObject({ status: "open", satisfiedBy: [] });

    const audited = (await auditRows(env.database)).filter((r) => r.action === "meeting.correct");
    expect(audited.map((r) => [r.citizenId, r.details])).toEqual([
      [
        env.world.a.kontanthjaelp.citizenId,
        {
          meetingId: held.id,
          before: { status: "afholdt", kind: "individuel", form: "fremmoede", participants: ["borger", "jobcenter"] },
          after: { status: "udeblevet", kind: "individuel", form: "fremmoede", participants: ["borger", "jobcenter"] },
          reason: "Registreret på den forkerte borger",
        },
      ],
    ]);
    const logged = (await changeRows(env.database)).filter((c) => c.entity === "meeting" && c.entityId === held.id);
    expect(logged.map((c) => [c.op, (c.payload as { status: string }).status])).toEqual([
      ["upsert", "planlagt"],
      ["upsert", "afholdt"],
      ["upsert", "udeblevet"],
    ]);
  });

  it("corrects a held meeting's form and participants, and refuses a held meeting without the citizen", async () => {
    const { api, held } = await heldMeeting();
    const reason = "Samtalen foregik over telefon";
    const noCitizen = await refused(
      api.meeting.correct({ meetingId: held.id, version: held.version, status: "afholdt", form: "telefon", participants: ["jobcenter"], reason }),
    );
    expect(noCitizen.fieldErrors.map((e) => e.path)).toEqual(["participants"]);
    const missingForm = await refused(api.meeting.correct({ meetingId: held.id, version: held.version, status: "afholdt", reason } as never));
    expect(missingForm.fieldErrors).toEqual([
      { path: "form", message: "Vælg samtaleformen for den afholdte samtale" },
      { path: "participants", message: "Vælg, hvem der deltog i samtalen" },
    ]);
    const corrected = await api.meeting.correct({
      meetingId: held.id,
      version: held.version,
      status: "afholdt",
      form: "telefon",
      participants: ["borger", "jobcenter"],
      reason,
    });
    expect(corrected).toMatchObject({ status: "afholdt", form: "telefon", version: held.version + 1 });
  });

  it("turns a missed meeting into a held one (no reason needed) and back to planned", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-02-27", time: "10:00", kind: "individuel" });
    const missed = await api.meeting.markNoShow({ meetingId: planned.id });
    expect(await requestObligation(api)).toMatchObject({ status: "open", satisfiedBy: [] });
    const held = await api.meeting.correct({ meetingId: missed.id, version: missed.version, status: "afholdt", ...HELD });
    expect(held).toMatchObject({ status: "afholdt", form: "fremmoede", version: 3 });
    expect(await requestObligation(api)).toMatchObject({ status: "met", satisfiedBy: [planned.id] });
    const again = await api.meeting.correct({ meetingId: held.id, version: held.version, status: "planlagt", reason: "Samtalen blev flyttet" });
    expect(again).toMatchObject({ status: "planlagt", version: 4 });
    expect(await requestObligation(api)).toMatchObject({ status: "open", satisfiedBy: [], plannedBy: [planned.id] });
  });

  it("un-cancels a cancelled meeting as planned, without its cancellation reason", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const cancelled = await api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Borgeren er syg" });
    const toHeld = await refused(api.meeting.correct({ meetingId: cancelled.id, version: cancelled.version, status: "afholdt", ...HELD }));
    expect(toHeld.fieldErrors).toEqual([{ path: "status", message: "En aflyst samtale kan kun genoptages som planlagt; registrér derefter, hvad der skete" }]);
    const planned = await api.meeting.correct({ meetingId: cancelled.id, version: cancelled.version, status: "planlagt" });
    expect(planned).toMatchObject({ status: "planlagt", cancelReason: null, version: cancelled.version + 1 });
  });

  it("refuses a stale version, a planned meeting, a future outcome and the a-kasse's CV-samtale", async () => {
    const { a } = env.world;
    const { api, held } = await heldMeeting();
    const reason = "Fejlregistrering";
    const stale = await refused(api.meeting.correct({ meetingId: held.id, version: held.version - 1, status: "udeblevet", reason }));
    expect(stale).toEqual({ code: "CONFLICT", message: "Samtalen er ændret af en anden, siden du hentede den. Hent den igen, og prøv igen.", fieldErrors: [] });

    const planned = await refused(api.meeting.correct({ meetingId: a.dagpenge.plannedMeetingId, version: 1, status: "udeblevet" }));
    expect(planned.fieldErrors.map((e) => e.path)).toEqual(["status"]);

    const future = await api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Aflyst" });
    const uncancelled = await api.meeting.correct({ meetingId: future.id, version: future.version, status: "planlagt" });
    expect(uncancelled.status).toBe("planlagt");

    const cv = await (await callerAs(env.database, a.akasseStaff.id)).joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-01-15" });
    const notOurs = await refused(api.meeting.correct({ meetingId: cv.id, version: cv.version, status: "udeblevet", reason }));
    expect(notOurs.fieldErrors).toEqual([{ path: "meetingId", message: "Kun jobcentrets samtaler (individuelle samtaler og fællessamtaler) kan rettes her" }]);
    // Nothing was written by the refusals.
    expect(
      (await auditRows(env.database)).filter((r) => r.action === "meeting.correct").map((r) => (r.details as { after: { status: string } }).after.status),
    ).toEqual(["planlagt"]);
  });

  it("a booked fællessamtale set back to planned holds its deadline again, unless the deadline was booked anew meanwhile", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id, NEXT_DAY);
    const { meeting } = await (await callerAs(env.database, a.akasseStaff.id)).joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    const jobcentre = await callerAs(env.database, a.caseworker.id, NEXT_DAY);
    const missed = await jobcentre.meeting.markNoShow({ meetingId: meeting.id });
    const bookingOf = async (meetingId: string) =>
      (await env.database.db.select().from(tables.jointBookings).where(eq(tables.jointBookings.meetingId, meetingId))).map((b) => b.status);
    expect(await bookingOf(meeting.id)).toEqual(["completed"]);

    const planned = await jobcentre.meeting.correct({ meetingId: meeting.id, version: missed.version, status: "planlagt" });
    expect(await bookingOf(meeting.id)).toEqual(["booked"]);
    expect(planned.status).toBe("planlagt");
    const held = await jobcentre.meeting.record({ meetingId: meeting.id, form: "fremmoede", participants: ["borger", "jobcenter", "akasse"] });
    expect(held.kind).toBe("faelles");
    expect(await bookingOf(meeting.id)).toEqual(["completed"]);
    const missedAgain = await jobcentre.meeting.correct({ meetingId: meeting.id, version: held.version, status: "udeblevet", reason: "Borgeren kom ikke" });

    // The a-kasse books the freed deadline on another slot: the missed meeting cannot take it back.
    const { created } = await (await callerAs(env.database, a.caseworker.id)).slots.publish({ date: "2025-04-01", time: "10:00" });
    await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: created[0]!.id, ...BY_3 });
    const taken = await refused(jobcentre.meeting.correct({ meetingId: meeting.id, version: missedAgain.version, status: "planlagt" }));
    expect(taken).toMatchObject({
      code: "CONFLICT",
      fieldErrors: [{ path: "status", message: expect.stringMatching(/^Fællessamtalens tid eller frist er booket igen/) }],
    });
    const active = await env.database.db
      .select()
      .from(tables.jointBookings)
      .where(and(eq(tables.jointBookings.forloebId, a.dagpenge.forloebId), eq(tables.jointBookings.status, "booked")));
    expect(active.map((b) => b.meetingId)).not.toContain(meeting.id);
  });

  it("refuses to un-cancel a fællessamtale the a-kasse booked: its slot was given free", async () => {
    const { a } = env.world;
    const { meeting } = await (await callerAs(env.database, a.akasseStaff.id)).joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, ...BY_3 });
    const api = await callerAs(env.database, a.caseworker.id);
    const cancelled = await api.joint.cancel({ meetingId: meeting.id, reason: "Borgeren er syg" });
    const error = await refused(api.meeting.correct({ meetingId: meeting.id, version: cancelled.version, status: "planlagt" }));
    expect(error.fieldErrors).toEqual([
      { path: "status", message: "En aflyst fællessamtale, som a-kassen bookede, kan ikke genoptages: tiden er givet fri. A-kassen kan booke en ny tid." },
    ]);
  });
});
