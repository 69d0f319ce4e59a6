/** The planning form's warning: how many of the caseworker's planned samtaler start at a given time. */
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs } from "./support/callers.js";
import { useWorld } from "./support/database.js";

describe.each(DATABASE_KINDS)("meeting.clashes on %s", (kind) => {
  const env = useWorld(kind);

  it("counts the caseworker's planned samtaler at that very time: on their caseload or planned by them", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    // Dagmar's planned samtale on 10 March at 10:00 is on the caseworker's caseload.
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 1 });
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:30" })).toEqual({ clashes: 0 });
    // Planning another there anyway is not refused; it is one more at that time.
    await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" });
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 2 });
    // What the admin planned is the admin's; a colleague's caseload is not the admin's own.
    const admin = await callerAs(env.database, a.admin.id);
    expect(await admin.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 0 });
    await admin.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-11", time: "09:00", kind: "individuel" });
    expect(await admin.meeting.clashes({ date: "2025-03-11", time: "09:00" })).toEqual({ clashes: 1 });
  });

  it("leaves cancelled samtaler out", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    await api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Syg" });
    expect(await api.meeting.clashes({ date: "2025-03-10", time: "10:00" })).toEqual({ clashes: 0 });
  });
});
