import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { cprsOf } from "./support/world.js";

describe.each(DATABASE_KINDS)("meeting procedures on %s", (kind) => {
  const env = useWorld(kind);

  it("plans a meeting at a Danish date and time, stored as the exact moment", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const meeting = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-31", time: "09:30", kind: "individuel", form: "video" });
    // 31 March is summer time (UTC+2); 3 March is winter time (UTC+1).
    expect(meeting).toMatchObject({ date: "2025-03-31", time: "09:30", startsAt: "2025-03-31T07:30:00.000Z", status: "planlagt", form: "video", version: 1 });
    const winter = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "23:30", kind: "individuel" });
    expect(winter).toMatchObject({ date: "2025-03-03", startsAt: "2025-03-03T22:30:00.000Z" });
    const detail = await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId });
    expect(detail.meetings.map((m) => m.id)).toEqual([winter.id, meeting.id]);
  });

  it("records a held meeting, which then satisfies the request deadline", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" });
    const held = await api.meeting.record({ meetingId: planned.id, form: "fremmoede", participants: ["jobcenter", "borger"] });
    expect(held).toMatchObject({ status: "afholdt", form: "fremmoede", participants: ["jobcenter", "borger"], version: 2 });
    const detail = await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId });
    expect(detail.evaluation.obligations.find((o) => o.rule === "requested-meeting")).toMatchObject({ status: "met", satisfiedBy: [planned.id] });
    const again = await refusal(api.meeting.record({ meetingId: planned.id, form: "fremmoede", participants: ["borger", "jobcenter"] }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("Samtalen er allerede registreret som afholdt og kan ikke ændres");
  });

  it("records a meeting as held only when the citizen and the jobcentre took part", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" });
    for (const participants of [[], ["borger"], ["jobcenter", "akasse"]] as const) {
      const error = await refusal(api.meeting.record({ meetingId: planned.id, form: "fremmoede", participants: [...participants] }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(shapeOf(error).data.fieldErrors.map((e) => e.path)).toEqual(["participants"]);
    }
    const unknown = await refusal(api.meeting.record({ meetingId: planned.id, form: "fremmoede", participants: ["Sagsbehandler"] } as never));
    expect(shapeOf(unknown).data.fieldErrors[0]).toEqual({ path: "participants.0", message: "Vælg deltagerne blandt borgeren, jobcentret og a-kassen" });
    expect((await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).meetings.find((m) => m.id === planned.id)?.status).toBe("planlagt");
  });

  it("counts a held fællessamtale only with the a-kasse, unless the citizen declined it: then it is an individual samtale", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const plan = () => api.meeting.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-03", time: "08:00", kind: "faelles" });
    const without = await plan();
    const error = await refusal(api.meeting.record({ meetingId: without.id, form: "fremmoede", participants: ["borger", "jobcenter"] }));
    expect(shapeOf(error).data.fieldErrors).toEqual([
      {
        path: "participants",
        message: "En afholdt samtale kræver, at a-kassen deltog. En fællessamtale tæller kun uden a-kassen, når borgeren har fravalgt a-kassens deltagelse.",
      },
    ]);
    const held = await api.meeting.record({ meetingId: without.id, form: "fremmoede", participants: ["borger", "jobcenter", "akasse"] });
    expect(held).toMatchObject({ status: "afholdt", kind: "faelles" });

    const forloeb = (await api.citizen.get({ citizenId: a.dagpenge.citizenId })).forloeb[0]!;
    await api.forloeb.setFlags({ forloebId: forloeb.id, version: forloeb.version, akasseFravalgt: true });
    const declined = await plan();
    const individual = await api.meeting.record({ meetingId: declined.id, form: "telefon", participants: ["borger", "jobcenter"] });
    expect(individual).toMatchObject({ status: "afholdt", kind: "individuel", participants: ["borger", "jobcenter"] });
  });

  it("refuses to record or mark no-show for a meeting that has not taken place yet", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    for (const call of [
      api.meeting.record({ meetingId: a.dagpenge.plannedMeetingId, form: "telefon", participants: ["borger", "jobcenter"] }),
      api.meeting.markNoShow({ meetingId: a.dagpenge.plannedMeetingId }),
    ]) {
      const error = await refusal(call);
      expect(error.code).toBe("BAD_REQUEST");
      expect(shapeOf(error).data.fieldErrors[0]?.path).toBe("meetingId");
    }
  });

  it("marks a past planned meeting as no-show", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-02-28", time: "10:00", kind: "individuel" });
    expect(await api.meeting.markNoShow({ meetingId: planned.id })).toMatchObject({ status: "udeblevet", version: 2 });
  });

  it("cancels with a reason, which is required", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const blank = await refusal(api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "   " }));
    expect(shapeOf(blank).data.fieldErrors).toEqual([{ path: "reason", message: "Angiv en begrundelse" }]);
    const cancelled = await api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Borgeren er syg" });
    expect(cancelled).toMatchObject({ status: "aflyst", cancelReason: "Borgeren er syg" });
    expect((await refusal(api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "igen" }))).code).toBe("CONFLICT");
  });

  it("plans fællessamtaler only on dagpenge, with a field error otherwise", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const error = await refusal(api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "faelles" }));
    expect(shapeOf(error).data.fieldErrors).toEqual([
      { path: "kind", message: "Fællessamtaler og a-kassens CV- og jobsamtaler kan kun holdes på et dagpengeforløb" },
    ]);
  });

  it("refuses malformed input with Danish messages per field", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const error = await refusal(api.meeting.plan({ forloebId: "nope", date: "2025-02-30", time: "25:00", kind: "cv" } as never));
    expect(shapeOf(error).data.fieldErrors).toEqual([
      { path: "date", message: "Datoen 2025-02-30 findes ikke i kalenderen" },
      { path: "time", message: "Klokkeslættet skal skrives som tt:mm, fx 09:30" },
      { path: "forloebId", message: "Skal være et gyldigt id" },
      { path: "kind", message: 'Ukendt værdi "cv"; tilladt: individuel, faelles' },
    ]);
  });

  it("writes an audit row and a change-log row for the kommune with every write, and no CPR anywhere", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" });
    await api.meeting.record({ meetingId: planned.id, form: "telefon", participants: ["borger", "jobcenter"] });
    const audit = await auditRows(env.database);
    expect(audit.map((r) => [r.action, r.citizenId, r.userId])).toEqual([
      ["meeting.plan", a.kontanthjaelp.citizenId, a.caseworker.id],
      ["meeting.record", a.kontanthjaelp.citizenId, a.caseworker.id],
    ]);
    const changes = await changeRows(env.database);
    expect(changes.map((c) => [c.kommunekode, c.entity, c.entityId, c.op])).toEqual([
      ["101", "meeting", planned.id, "upsert"],
      ["101", "meeting", planned.id, "upsert"],
    ]);
    const stored = JSON.stringify([audit, changes]);
    for (const cpr of cprsOf(env.world)) expect(stored).not.toContain(cpr);
  });

  it("exports a meeting as iCalendar with the member's name, never a CPR number, and the jobcentre's address", async () => {
    const { a } = env.world;
    await env.database.db.update(tables.organisations).set({ address: "Rådhuspladsen 1, 1550 København V" }).where(eq(tables.organisations.id, a.jobcentre.id));
    const ics = await (await callerAs(env.database, a.caseworker.id)).meeting.ics({ meetingId: a.dagpenge.jointMeetingId });
    expect(ics.filename).toBe("samtale-2025-03-20.ics");
    expect(ics.content).toContain("BEGIN:VCALENDAR");
    // 09:00 UTC is 10:00 in Copenhagen in March (CET); the zone travels with the file.
    expect(ics.content).toContain("DTSTART;TZID=Europe/Copenhagen:20250320T100000");
    expect(ics.content).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen");
    expect(ics.content).toContain("SUMMARY:Fællessamtale med jobcenter og a-kasse: Dagmar Dagpenge a");
    expect(ics.content).toContain("LOCATION:Jobcenter A\\, Rådhuspladsen 1\\, 1550 København V");
    for (const cpr of cprsOf(env.world)) expect(ics.content).not.toContain(cpr);
  });

  it("exports a booked fællessamtale with its slot's length, and after a cancellation as cancelled with the same UID and a higher sequence", async () => {
    const { a } = env.world;
    const jobcentre = await callerAs(env.database, a.caseworker.id);
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const { created } = await jobcentre.slots.publish({ date: "2025-03-25", time: "13:00", durationMinutes: 45 });
    const booking = await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: created[0]!.id, rule: "joint-by-3-months", occurrence: 1 });
    const booked = (await akasse.meeting.ics({ meetingId: booking.meeting.id })).content;
    expect(booked).toContain("DTEND;TZID=Europe/Copenhagen:20250325T134500");
    expect(booked).toContain("STATUS:CONFIRMED");
    await akasse.joint.cancel({ meetingId: booking.meeting.id, reason: "Medlemmet er syg" });
    const cancelled = (await akasse.meeting.ics({ meetingId: booking.meeting.id })).content;
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain(`UID:${booking.meeting.id}@kontaktplan`);
    const sequence = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)?.[1]);
    expect(sequence(cancelled)).toBeGreaterThan(sequence(booked));
    expect(cancelled).toContain("DTEND;TZID=Europe/Copenhagen:20250325T134500");
  });

  it("gives a-kasse staff their members' joint meetings as .ics, but not individual meetings", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.akasseStaff.id);
    expect((await api.meeting.ics({ meetingId: a.dagpenge.jointMeetingId })).content).toContain("BEGIN:VEVENT");
    expect((await refusal(api.meeting.ics({ meetingId: a.dagpenge.plannedMeetingId }))).code).toBe("NOT_FOUND");
  });
});
