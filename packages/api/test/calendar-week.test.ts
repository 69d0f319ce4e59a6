import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import type { CalendarWeek } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

/** Every item of the week as "date start–end type:kind/status name → conflicts". */
function summary(week: CalendarWeek): string[] {
  const names = new Map(week.days.flatMap((d) => d.items.map((i) => [i.id, `${i.date} ${i.start}`])));
  return week.days.flatMap((d) =>
    d.items.map((i) => {
      const what = i.type === "slot" ? "ledig tid" : `${i.kind}/${i.status} ${i.citizenName}`;
      const conflicts = i.conflictsWith.map((id) => names.get(id)).join(", ");
      return `${i.date} ${i.start}–${i.end} ${what}${conflicts ? ` ↔ ${conflicts}` : ""}`;
    }),
  );
}

describe.each(DATABASE_KINDS)("the week calendar on %s", (kind) => {
  const env = useWorld(kind);

  /** A member of a-kasse A in kommune A on nobody's caseload, on dagpenge since the world's other members. */
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

  it("shows a caseworker's samtaler and free slots Monday to Friday, overlaps marked, and nobody else's", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const kh = a.kontanthjaelp.forloebId;
    // Monday: the world's samtale at 10:00 and one at 10:30 overlap.
    await api.meeting.plan({ forloebId: kh, date: "2025-03-10", time: "10:30", kind: "individuel", form: "telefon" });
    // Tuesday: a free 45-minute slot at 10:00 and a samtale at 10:30 planned on top of it.
    await api.slots.publish({ date: "2025-03-11", time: "10:00", durationMinutes: 45 });
    await api.meeting.plan({ forloebId: kh, date: "2025-03-11", time: "10:30", kind: "individuel" });
    // Wednesday: a cancelled samtale overlaps nothing.
    const cancelled = await api.meeting.plan({ forloebId: kh, date: "2025-03-12", time: "09:00", kind: "individuel" });
    await api.meeting.cancel({ meetingId: cancelled.id, reason: "Borgeren er syg" });
    await api.meeting.plan({ forloebId: kh, date: "2025-03-12", time: "09:00", kind: "individuel" });
    // Thursday: back to back is no conflict. Saturday is outside the week.
    await api.meeting.plan({ forloebId: kh, date: "2025-03-13", time: "09:00", kind: "individuel" });
    await api.meeting.plan({ forloebId: kh, date: "2025-03-13", time: "10:00", kind: "individuel" });
    await api.meeting.plan({ forloebId: kh, date: "2025-03-15", time: "10:00", kind: "individuel" });
    // Friday: a member on nobody's caseload, booked by the a-kasse on the caseworker's slot, lasts the slot's 45 minutes.
    const { created } = await api.slots.publish({ date: "2025-03-14", time: "13:00", durationMinutes: 45 });
    const member = await unassignedMember();
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    await akasse.joint.book({ forloebId: member.forloebId, slotId: created[0]!.id, rule: "joint-by-3-months", occurrence: 1 });
    // Another caseworker's samtale in the same week is not the caseworker's.
    const other = await callerAs(env.database, b.caseworker.id);
    await other.meeting.plan({ forloebId: b.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" });

    const week = await api.calendar.caseworkerWeek({ monday: "2025-03-10" });
    expect(week.days.map((d) => d.date)).toEqual(["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"]);
    expect(summary(week)).toEqual([
      "2025-03-10 10:00–11:00 individuel/planlagt Dagmar Dagpenge a ↔ 2025-03-10 10:30",
      "2025-03-10 10:30–11:30 individuel/planlagt Karl Kontanthjælp a ↔ 2025-03-10 10:00",
      "2025-03-11 10:00–10:45 ledig tid ↔ 2025-03-11 10:30",
      "2025-03-11 10:30–11:30 individuel/planlagt Karl Kontanthjælp a ↔ 2025-03-11 10:00",
      "2025-03-12 09:00–10:00 individuel/planlagt Karl Kontanthjælp a",
      "2025-03-12 09:00–10:00 individuel/aflyst Karl Kontanthjælp a",
      "2025-03-13 09:00–10:00 individuel/planlagt Karl Kontanthjælp a",
      "2025-03-13 10:00–11:00 individuel/planlagt Karl Kontanthjælp a",
      "2025-03-14 13:00–13:45 faelles/planlagt Ulla Uden Sagsbehandler",
    ]);
    expect(week.conflicts).toBe(4);
    expect(week.days.find((d) => d.date === "2025-03-10")!.items[1]).toMatchObject({ form: "telefon", citizenId: a.kontanthjaelp.citizenId });

    const audited = (await auditRows(env.database)).filter((r) => r.action === "calendar.caseworkerWeek");
    expect(new Set(audited.map((r) => r.citizenId))).toEqual(new Set([a.dagpenge.citizenId, a.kontanthjaelp.citizenId, member.citizenId]));
    expect(audited.every((r) => r.userId === a.caseworker.id && (r.details as { monday: string }).monday === "2025-03-10")).toBe(true);

    // The jobcentre's administrator has no caseload and no slots of their own.
    const admin = await callerAs(env.database, a.admin.id);
    expect(summary(await admin.calendar.caseworkerWeek({ monday: "2025-03-10" }))).toEqual([]);
  });

  it("shows an a-kasse the fællessamtaler it booked for its members, a moved one once at its new time, conflicts only per member", async () => {
    const { a, b } = env.world;
    const caseworker = await callerAs(env.database, a.caseworker.id);
    const { created } = await caseworker.slots.publish({ date: "2025-03-12", time: "09:00", durationMinutes: 30, weeks: 1 });
    const later = await caseworker.slots.publish({ date: "2025-03-12", time: "13:00", durationMinutes: 30 });
    const member = await unassignedMember();
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const booked = await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: created[0]!.id, rule: "joint-by-3-months", occurrence: 1 });
    await akasse.joint.reschedule({ meetingId: booked.meeting.id, slotId: later.created[0]!.id, reason: "Medlemmet er til jobsamtale" });
    // A second member at the same time is no conflict for the a-kasse: different people.
    const { created: same } = await callerAs(env.database, a.admin.id).then((admin) =>
      admin.slots.publish({ date: "2025-03-12", time: "13:00", durationMinutes: 30 }),
    );
    await akasse.joint.book({ forloebId: member.forloebId, slotId: same[0]!.id, rule: "joint-by-3-months", occurrence: 1 });

    const week = await akasse.calendar.akasseWeek({ monday: "2025-03-10" });
    expect(summary(week)).toEqual([
      "2025-03-12 13:00–13:30 faelles/planlagt Dagmar Dagpenge a",
      "2025-03-12 13:00–13:30 faelles/planlagt Ulla Uden Sagsbehandler",
    ]);
    expect(week.conflicts).toBe(0);
    expect(week.days[2]!.items[0]).toMatchObject({ forloebId: a.dagpenge.forloebId, rule: "joint-by-3-months", occurrence: 1 });
    // The world's fællessamtale on 20 March was planned by the jobcentre, not booked by the a-kasse.
    expect(summary(await akasse.calendar.akasseWeek({ monday: "2025-03-17" }))).toEqual([]);
    // The other a-kasse sees none of it.
    const otherAkasse = await callerAs(env.database, b.akasseStaff.id);
    expect(summary(await otherAkasse.calendar.akasseWeek({ monday: "2025-03-10" }))).toEqual([]);
  });

  it("marks the days the jobcentre is closed, and asks for the week by its Monday", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const easter = await api.calendar.caseworkerWeek({ monday: "2025-04-14" });
    expect(easter.days.map((d) => d.closed)).toEqual([null, null, null, "Jobcentret holder lukket (Skærtorsdag)", "Jobcentret holder lukket (Langfredag)"]);
    const tuesday = await refusal(api.calendar.caseworkerWeek({ monday: "2025-03-11" }));
    expect(shapeOf(tuesday).data.fieldErrors).toEqual([{ path: "monday", message: "Ugen skal angives ved sin mandag" }]);
    const akasse = await callerAs(env.database, env.world.a.akasseStaff.id);
    expect((await refusal(akasse.calendar.caseworkerWeek({ monday: "2025-03-10" }))).code).toBe("FORBIDDEN");
  });
});
