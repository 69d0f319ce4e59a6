import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("slots on %s", (kind) => {
  const env = useWorld(kind);

  it("publishes weekly slots, skipping days the jobcentre is closed", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const result = await api.slots.publish({ date: "2025-04-14", time: "13:00", durationMinutes: 45, weeks: 3 });
    expect(result.created.map((s) => [s.date, s.time, s.caseworkerId, s.booked])).toEqual([
      ["2025-04-14", "13:00", a.caseworker.id, false],
      ["2025-04-28", "13:00", a.caseworker.id, false],
    ]);
    expect(result.created[0]).toMatchObject({ startsAt: "2025-04-14T11:00:00.000Z", endsAt: "2025-04-14T11:45:00.000Z", jobcenterName: "Jobcenter A" });
    expect(result.skipped).toEqual([{ date: "2025-04-21", reason: expect.stringMatching(/^Jobcentret holder lukket \(.*påskedag\)$/) }]);
    const changes = await changeRows(env.database);
    expect(changes.map((c) => [c.kommunekode, c.entity])).toEqual([
      ["101", "slot"],
      ["101", "slot"],
    ]);
  });

  it("refuses a first date on a weekend, a public holiday or a closing day beside the date, and publishes nothing", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const closed = {
      "2025-04-12": "Lørdag",
      "2025-04-13": "Søndag",
      "2025-04-21": "2. påskedag",
      "2025-05-29": "Kristi himmelfartsdag",
      "2025-06-05": "Grundlovsdag",
      "2025-12-24": "Juleaftensdag",
    };
    for (const [date, reason] of Object.entries(closed)) {
      const refused = await refusal(api.slots.publish({ date, time: "09:00", weeks: 3 }));
      expect(shapeOf(refused).data.fieldErrors).toEqual([{ path: "date", message: `Jobcentret holder lukket (${reason}). Vælg en anden dag.` }]);
    }
    expect(await api.slots.list({ from: "2025-04-01", to: "2026-01-31" })).toEqual([]);
    // Store bededag is an ordinary working day from 2024.
    expect((await api.slots.publish({ date: "2025-05-16", time: "09:00" })).created.map((s) => s.date)).toEqual(["2025-05-16"]);
  });

  it("refuses slots in the past and caseworkers of another jobcentre", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.admin.id);
    const past = await refusal(api.slots.publish({ date: "2025-03-03", time: "09:00" }));
    expect(shapeOf(past).data.fieldErrors[0]?.path).toBe("date");
    const foreign = await refusal(api.slots.publish({ date: "2025-04-14", time: "09:00", caseworkerId: b.caseworker.id }));
    expect(shapeOf(foreign).data.fieldErrors).toEqual([{ path: "caseworkerId", message: "Sagsbehandleren findes ikke i dit jobcenter" }]);
    const own = await api.slots.publish({ date: "2025-04-14", time: "09:00", caseworkerId: a.caseworker.id });
    expect(own.created[0]?.caseworkerId).toBe(a.caseworker.id);
  });

  it("refuses a number of weeks outside 1–52 with a field error, and writes nothing", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    for (const weeks of [0, 53, 2.5]) {
      const refused = await refusal(api.slots.publish({ date: "2025-04-15", time: "09:00", weeks }));
      expect(shapeOf(refused).data.fieldErrors.map((e) => e.path)).toEqual(["weeks"]);
    }
    expect(await api.slots.list({ from: "2025-04-01", to: "2026-12-31" })).toEqual([]);
  });

  it("shows the jobcentre who booked its slots and for which caseworker they were published, and audits it", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const { meeting } = await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    const admin = await callerAs(env.database, a.admin.id);
    const { created } = await admin.slots.publish({ date: "2025-03-28", time: "09:00" });
    const list = await admin.slots.list({ from: "2025-03-27", to: "2025-03-28" });
    expect(list.map((s) => [s.id, s.caseworkerName, s.booked, s.booking])).toEqual([
      [
        a.slotId,
        "sagsbehandler a",
        true,
        {
          citizenId: a.dagpenge.citizenId,
          citizenName: "Dagmar Dagpenge a",
          akasseName: "A-kasse A",
          meetingId: meeting.id,
          rule: "joint-by-3-months",
          occurrence: 1,
        },
      ],
      [created[0]!.id, null, false, null],
    ]);
    expect((await auditRows(env.database)).filter((r) => r.action === "slots.list").map((r) => [r.userId, r.citizenId])).toEqual([
      [a.admin.id, a.dagpenge.citizenId],
    ]);
    // The a-kasse only ever sees free slots, so never a booking.
    const free = await akasse.slots.list({ from: "2025-03-01", to: "2025-04-30", forloebId: a.dagpenge.forloebId });
    expect(free.map((s) => [s.id, s.booking])).toEqual([[created[0]!.id, null]]);
  });

  it("lists the jobcentre's own slots; a-kasse staff see the free slots of their member's jobcentre", async () => {
    const { a, b } = env.world;
    const jobcentre = await (await callerAs(env.database, a.caseworker.id)).slots.list({ from: "2025-03-01", to: "2025-03-31" });
    expect(jobcentre.map((s) => s.id)).toEqual([a.slotId]);
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const free = await akasse.slots.list({ from: "2025-01-01", to: "2025-12-31", forloebId: a.dagpenge.forloebId });
    expect(free.map((s) => s.id)).toEqual([a.slotId]);
    const noMember = await refusal(akasse.slots.list({ from: "2025-01-01", to: "2025-12-31" }));
    expect(shapeOf(noMember).data.fieldErrors[0]?.path).toBe("forloebId");
    const foreign = await refusal(akasse.slots.list({ from: "2025-01-01", to: "2025-12-31", forloebId: b.dagpenge.forloebId }));
    expect(foreign.code).toBe("NOT_FOUND");
  });

  it("refuses a slot on top of the caseworker's own slot or planned meeting, and allows it for a colleague", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    // The world's slot is 27 March 2025 10:00–11:00 (Copenhagen) for this caseworker.
    const onSlot = await refusal(api.slots.publish({ date: "2025-03-27", time: "10:30", durationMinutes: 45 }));
    expect(shapeOf(onSlot).data.fieldErrors).toEqual([{ path: "time", message: "Tiden overlapper en anden af dine tider 27. marts 2025 kl. 10:00" }]);
    // A weekly series is refused as a whole when one repeat clashes.
    const series = await refusal(api.slots.publish({ date: "2025-03-20", time: "10:00", weeks: 2 }));
    expect(shapeOf(series).data.fieldErrors[0]?.path).toBe("time");
    // The dagpenge member's planned individual meeting: 10 March 2025 10:00 (an hour).
    const onMeeting = await refusal(api.slots.publish({ date: "2025-03-10", time: "10:30", durationMinutes: 30 }));
    expect(shapeOf(onMeeting).data.fieldErrors).toEqual([{ path: "time", message: "Tiden overlapper en planlagt samtale 10. marts 2025 kl. 10:00" }]);
    expect((await api.slots.publish({ date: "2025-03-27", time: "11:00" })).created).toHaveLength(1);
    const admin = await callerAs(env.database, a.admin.id);
    expect((await admin.slots.publish({ date: "2025-03-27", time: "10:00" })).created).toHaveLength(1);
  });

  it("keeps slots inside the kommune's opening hours and horizon, as its admin sets them", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const message = async (call: Promise<unknown>) => shapeOf(await refusal(call)).data.fieldErrors;
    expect(await message(api.slots.publish({ date: "2025-04-14", time: "03:00" }))).toEqual([
      { path: "time", message: "Tiden skal ligge inden for jobcentrets åbningstid (08:00–16:00)" },
    ]);
    expect(await message(api.slots.publish({ date: "2025-04-14", time: "15:30", durationMinutes: 45 }))).toEqual([
      { path: "time", message: "Tiden skal ligge inden for jobcentrets åbningstid (08:00–16:00)" },
    ]);
    expect(await message(api.slots.publish({ date: "2099-04-14", time: "10:00" }))).toEqual([
      { path: "date", message: "Tider kan højst udbydes 6 måneder frem, til og med 3. september 2025. Vælg en tidligere dato eller færre uger." },
    ]);
    expect((await message(api.slots.publish({ date: "2025-08-25", time: "10:00", weeks: 3 })))[0]?.path).toBe("date");
    expect(await api.settings.slotRules()).toEqual({ opensAt: "08:00", closesAt: "16:00", horizonMonths: 6 });
    const admin = await callerAs(env.database, a.admin.id);
    expect((await refusal(api.settings.setSlotRules({ opensAt: "07:00", closesAt: "18:00", horizonMonths: 12 }))).code).toBe("FORBIDDEN");
    expect(await message(admin.settings.setSlotRules({ opensAt: "18:00", closesAt: "07:00", horizonMonths: 12 }))).toEqual([
      { path: "closesAt", message: "Lukketiden skal ligge efter åbningstiden" },
    ]);
    await admin.settings.setSlotRules({ opensAt: "07:00", closesAt: "18:00", horizonMonths: 12 });
    expect((await api.slots.publish({ date: "2026-02-02", time: "17:00" })).created).toHaveLength(1);
    // Another kommune keeps the defaults.
    const other = await callerAs(env.database, env.world.b.caseworker.id);
    expect((await refusal(other.slots.publish({ date: "2025-04-14", time: "17:00" }))).code).toBe("BAD_REQUEST");
  });

  it("withdraws an unbooked slot, or the unbooked rest of a weekly series, so no a-kasse is offered them", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const offered = async () => (await akasse.slots.list({ from: "2025-03-01", to: "2025-06-30", forloebId: a.dagpenge.forloebId })).map((s) => s.id);
    // 25 March, 1 and 8 April: the first two inside the member's 3-month window (to 5 April).
    const { created } = await api.slots.publish({ date: "2025-03-25", time: "13:00", weeks: 3 });
    const [first, second, third] = created.map((s) => s.id) as [string, string, string];
    expect(new Set(created.map((s) => s.seriesId)).size).toBe(1);
    await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: second, rule: "joint-by-3-months", occurrence: 1 });

    expect(await api.slots.withdraw({ slotId: first })).toEqual({ withdrawn: [first], keptBooked: [] });
    expect(await offered()).not.toContain(first);
    const late = await refusal(akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: first, rule: "joint-by-6-months", occurrence: 2 }));
    expect(late.code).toBe("CONFLICT");
    expect((await refusal(api.slots.withdraw({ slotId: second }))).code).toBe("CONFLICT");
    expect(await api.slots.withdraw({ slotId: third, series: true })).toEqual({ withdrawn: [third], keptBooked: [second] });
    expect(await offered()).toEqual([a.slotId]);
    // The jobcentre's list keeps the booked one only.
    const listed = await api.slots.list({ from: "2025-03-20", to: "2025-04-30" });
    expect(listed.map((s) => s.id)).toEqual([a.slotId, second]);
    expect(
      (await changeRows(env.database))
        .filter((c) => c.entity === "slot" && c.op === "delete")
        .map((c) => c.entityId)
        .sort(),
    ).toEqual([first, third].sort());
    // Another jobcentre's slot is not there to withdraw; a past one cannot be withdrawn.
    expect((await refusal((await callerAs(env.database, b.caseworker.id)).slots.withdraw({ slotId: second }))).code).toBe("NOT_FOUND");
    const later = await callerAs(env.database, a.caseworker.id, () => new Date("2025-05-01T08:00:00Z"));
    expect((await refusal(later.slots.withdraw({ slotId: a.slotId }))).code).toBe("BAD_REQUEST");
  });
});
