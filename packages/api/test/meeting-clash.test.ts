/** Planning a samtale at the very time of another of the caseworker's warns, and can be confirmed. */
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { changeRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("meeting.plan at a time already taken, on %s", (kind) => {
  const env = useWorld(kind);

  it("warns at the time field when the caseworker already has a samtale then, and plans it when confirmed", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    // Dagmar's planned samtale on 10 March at 10:00 is on the same caseworker's caseload.
    const plan = { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" as const };
    const before = (await changeRows(env.database)).length;
    const error = await refusal(api.meeting.plan(plan));
    expect(error.code).toBe("CONFLICT");
    expect(shapeOf(error).data.fieldErrors).toEqual([
      {
        path: "time",
        message: "Du har allerede en samtale planlagt 10. marts 2025 kl. 10:00. Vælg et andet tidspunkt, eller bekræft, at begge samtaler skal holdes på samme tid.",
      },
    ]);
    // Nothing was planned by the warning.
    expect(await changeRows(env.database)).toHaveLength(before);
    expect((await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).meetings).toEqual([]);

    const confirmed = await api.meeting.plan({ ...plan, despiteClash: true });
    expect(confirmed).toMatchObject({ date: "2025-03-10", time: "10:00", status: "planlagt" });
    // Half an hour later is another time; another caseworker's samtaler are theirs.
    await api.meeting.plan({ ...plan, time: "10:30" });
    await (await callerAs(env.database, a.admin.id)).meeting.plan({ ...plan, time: "10:30" });
  });

  it("does not count a cancelled samtale, nor a refusal of the kind, as a clash", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    await api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Syg" });
    await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" });
    const kindError = await refusal(api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "faelles" }));
    expect(shapeOf(kindError).data.fieldErrors.map((e) => e.path)).toEqual(["kind"]);
  });
});
