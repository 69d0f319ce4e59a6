/** The planning form's warning: how many of the caseworker's planned samtaler start at a given time. */
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs } from "./support/callers.js";
import { useWorld } from "./support/database.js";

describe.each(DATABASE_KINDS)("meeting.clashes on %s", (kind) => {
  const env = useWorld(kind);

  it("counts the caseworker's planned samtaler at that very time: on their caseload or planned by them", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    // Dagmar's planned samtale on 10 March at 10:00 is on the caseworker's caseload (side B's
    // caseworker has one at that time too: it is not theirs).
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 1 });
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:30" })).toEqual({ clashes: 0 });
    // Her fællessamtale on 20 March at 10:00 is one too.
    expect(await api.meeting.clashes({ date: "2025-03-20", time: "10:00" })).toEqual({ clashes: 1 });
    // Planning another there anyway is not refused; it is one more at that time.
    await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" });
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 2 });
  });

  it("does not count a colleague's samtaler, but what the caller planned on a colleague's caseload", async () => {
    const { a } = env.world;
    const colleague = await callerAs(env.database, a.admin.id);
    // The caseworker's samtale at 10:00 on 10 March is not the admin's.
    expect(await colleague.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 0 });
    // One the admin plans for the caseworker's citizen is both the admin's and the caseworker's.
    await colleague.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-11", time: "09:00", kind: "individuel" });
    expect(await colleague.meeting.clashes({ date: "2025-03-11", time: "09:00" })).toEqual({ clashes: 1 });
    const caseworker = await callerAs(env.database, a.caseworker.id);
    expect(await caseworker.meeting.clashes({ date: "2025-03-11", time: "09:00" })).toEqual({ clashes: 1 });
  });

  it("leaves out cancelled samtaler and the a-kasse's own (its jobsamtaler, the CV-samtale)", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    await api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Syg" });
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 0 });

    await (await callerAs(env.database, a.akasseStaff.id)).akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-12", time: "11:00" });
    await env.database.db
      .insert(tables.meetings)
      .values({ forloebId: a.dagpenge.forloebId, ydelse: "dagpenge", startsAt: "2025-03-12T10:00:00Z", date: "2025-03-12", kind: "cv", status: "planlagt" });
    expect(await api.meeting.clashes({ date: "2025-03-12", time: "11:00" })).toEqual({ clashes: 0 });
  });
});
