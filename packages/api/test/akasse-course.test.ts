import { describe, expect, it } from "vitest";
import { isAkasseObligation } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { cprsOf } from "./support/world.js";

/**
 * The a-kasse's own contact course (RULES.md §8, from 2024) through the API, under the law in force:
 * the world's dagpenge forløb began 2025-01-06, so it follows `lab2024` (the a-kasse holds the first
 * 3 months: a first jobsamtale within 2 weeks and 3 in the first 3 months).
 */
describe.each(DATABASE_KINDS)("the a-kasse's own jobsamtaler on %s", (kind) => {
  const env = useWorld(kind, { nationalRuleSet: null });
  const akasseA = (now?: Date) => callerAs(env.database, env.world.a.akasseStaff.id, now ? () => now : undefined);
  const caseworkerA = (now?: Date) => callerAs(env.database, env.world.a.caseworker.id, now ? () => now : undefined);
  const MAY = new Date("2025-05-02T08:00:00Z");

  it("plans and records a jobsamtale in the a-kasse: it meets the a-kasse's deadlines, and the jobcentre sees it read-only", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const before = await api.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(before.akasseObligations.map((o) => [o.rule, o.status, o.held, o.required, o.ruleSet, o.legalBasis.source])).toEqual([
      ["akasse-first-meeting", "missed", 0, 1, "lab2024", "LAB § 31, stk. 4"],
      ["akasse-three-in-3-months", "open", 0, 3, "lab2024", "LAB § 31, stk. 1"],
    ]);
    expect(before.obligations.map((o) => o.rule)).toEqual(["joint-by-16-months"]);
    // The jobcentre takes over with month 4.
    expect(before).toMatchObject({ regime: "lab2024", handover: "2025-04-06" });
    // The plan's a-kasse part: the a-kasse's own jobsamtaler, inside the 3 months.
    expect(before.akasseSuggestions.length).toBe(3);
    expect(before.akasseSuggestions.every((s) => s.holder === "akasse" && s.kind === "akasse" && s.date <= "2025-04-05")).toBe(true);

    const planned = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-01-15", time: "10:00", form: "telefon" });
    expect(planned).toMatchObject({ kind: "akasse", status: "planlagt", date: "2025-01-15", time: "10:00", form: "telefon" });
    const held = await api.akasse.record({ meetingId: planned.id, form: "fremmoede" });
    expect(held).toMatchObject({ status: "afholdt", form: "fremmoede", participants: ["borger", "akasse"], version: 2 });

    const after = await api.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(after.akasseObligations.map((o) => [o.rule, o.status, o.held])).toEqual([
      ["akasse-first-meeting", "met", 1],
      ["akasse-three-in-3-months", "open", 1],
    ]);
    expect(after.meetings.map((m) => [m.kind, m.status])).toContainEqual(["akasse", "afholdt"]);
    // The a-kasse still sees no individual jobcentre meeting.
    expect(after.meetings.some((m) => m.kind === "individuel")).toBe(false);

    const detail = await (await caseworkerA()).citizen.get({ citizenId: a.dagpenge.citizenId });
    expect(detail.meetings.find((m) => m.id === planned.id)).toMatchObject({ kind: "akasse", status: "afholdt" });
    expect(detail.handovers).toEqual([{ forloebId: a.dagpenge.forloebId, date: "2025-04-06" }]);
    // Compared under the seed's simplified rules, the jobcentre holds the course from the start.
    expect((await (await caseworkerA()).citizen.get({ citizenId: a.dagpenge.citizenId, ruleSet: "forenklet" })).handovers).toEqual([]);
    const own = detail.evaluation.obligations.filter((o) => o.forloebId === a.dagpenge.forloebId);
    expect(own.find((o) => o.rule === "akasse-first-meeting")).toMatchObject({ status: "met", satisfiedBy: [planned.id] });
    expect(own.filter((o) => !isAkasseObligation(o)).every((o) => !o.satisfiedBy.includes(planned.id) && !o.plannedBy.includes(planned.id))).toBe(true);

    expect((await auditRows(env.database)).filter((r) => r.action.startsWith("akasse.")).map((r) => [r.action, r.citizenId])).toEqual([
      ["akasse.plan", a.dagpenge.citizenId],
      ["akasse.record", a.dagpenge.citizenId],
    ]);
    // The kommune's desktops receive both writes through the change log.
    const logged = (await changeRows(env.database)).filter((c) => c.entity === "meeting" && c.entityId === planned.id);
    expect(logged.map((c) => [c.kommunekode, (c.payload as { status: string }).status])).toEqual([
      [a.jobcentre.kommunekode, "planlagt"],
      [a.jobcentre.kommunekode, "afholdt"],
    ]);
  });

  it("counts an a-kasse jobsamtale toward no jobcentre deadline, and a jobcentre meeting toward no a-kasse deadline", async () => {
    const { a } = env.world;
    const api = await akasseA(MAY);
    // Month 4 of the forløb (from 2025-04-06) is the jobcentre's: three jobcentre meetings by 6 months.
    const late = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-04-15", time: "10:00" });
    await api.akasse.record({ meetingId: late.id, form: "telefon" });
    // The jobcentre's planned individual meeting of 2025-03-10 lies in the a-kasse's 3 months.
    await (await caseworkerA(MAY)).meeting.record({ meetingId: a.dagpenge.plannedMeetingId, form: "fremmoede", participants: ["borger", "jobcenter"] });
    const detail = await (await caseworkerA(MAY)).citizen.get({ citizenId: a.dagpenge.citizenId });
    const byRule = new Map(detail.evaluation.obligations.filter((o) => o.forloebId === a.dagpenge.forloebId).map((o) => [o.rule, o]));
    expect(byRule.get("jobcenter-three-by-6-months")).toMatchObject({ held: 0, satisfiedBy: [] });
    expect(byRule.get("akasse-three-in-3-months")).toMatchObject({ held: 0, status: "missed" });
    const member = await api.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(member.akasseObligations.find((o) => o.rule === "akasse-three-in-3-months")).toMatchObject({ held: 0, status: "missed" });
  });

  it("lists the a-kasse's own due deadlines in its worklist beside the fællessamtaler, until they are met", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const due = await api.joint.due();
    expect(due.akasseRows.map((r) => [r.name, r.rule, r.status, r.to, r.daysLeft])).toEqual([
      ["Dagmar Dagpenge a", "akasse-first-meeting", "missed", "2025-01-20", -42],
      ["Dagmar Dagpenge a", "akasse-three-in-3-months", "open", "2025-04-05", 33],
    ]);
    expect(due.akasseRows[0]).toMatchObject({ cprMasked: "010190-xxxx", ruleSet: "lab2024", kinds: ["akasse", "cv"], planned: [] });
    const text = JSON.stringify(due);
    for (const cpr of cprsOf(env.world)) expect(text).not.toContain(cpr);

    const planned = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-20", time: "09:00" });
    expect((await api.joint.due()).akasseRows.find((r) => r.rule === "akasse-three-in-3-months")?.planned.map((m) => m.id)).toEqual([planned.id]);
    for (const date of ["2025-01-14", "2025-02-11", "2025-03-03"]) {
      const m = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date, time: "08:00" });
      await api.akasse.record({ meetingId: m.id, form: "video" });
    }
    expect((await api.joint.due()).akasseRows).toEqual([]);
  });

  it("cancels with a reason, records a no-show, and corrects an outcome and a time, audited with before and after", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const first = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-01-14", time: "09:00" });
    const second = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-20", time: "09:00" });
    const cancelled = await api.akasse.cancel({ meetingId: second.id, reason: "Medlemmet er syg" });
    expect(cancelled).toMatchObject({ status: "aflyst", cancelReason: "Medlemmet er syg" });
    const missed = await api.akasse.markNoShow({ meetingId: first.id });
    expect(missed).toMatchObject({ status: "udeblevet", version: 2 });

    // The member did turn up, a day later than planned: held on 15 January.
    const corrected = await api.akasse.correct({ meetingId: first.id, version: 2, status: "afholdt", date: "2025-01-15", time: "09:00" });
    expect(corrected).toMatchObject({ status: "afholdt", date: "2025-01-15", participants: ["borger", "akasse"], version: 3 });
    const member = await api.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(member.akasseObligations.find((o) => o.rule === "akasse-first-meeting")).toMatchObject({ status: "met", held: 1 });
    const audit = (await auditRows(env.database)).find((r) => r.action === "akasse.correct");
    expect(audit?.details).toEqual({
      meetingId: first.id,
      status: "afholdt",
      before: { status: "udeblevet", date: "2025-01-14", time: "09:00" },
      after: { status: "afholdt", date: "2025-01-15", time: "09:00" },
    });

    // The cancelled one is brought back as planned, without its cancellation reason.
    const restored = await api.akasse.correct({ meetingId: second.id, version: cancelled.version, status: "planlagt", date: "2025-03-21", time: "13:00" });
    expect(restored).toMatchObject({ status: "planlagt", date: "2025-03-21", time: "13:00", cancelReason: null });

    const stale = await refusal(api.akasse.correct({ meetingId: first.id, version: 2, status: "udeblevet", date: "2025-01-15", time: "09:00" }));
    expect(stale.code).toBe("CONFLICT");
    const unchanged = await refusal(api.akasse.correct({ meetingId: first.id, version: 3, status: "afholdt", date: "2025-01-15", time: "09:00" }));
    expect(shapeOf(unchanged).data.fieldErrors.map((e) => e.path)).toEqual(["status"]);
    const ahead = await refusal(api.akasse.correct({ meetingId: first.id, version: 3, status: "afholdt", date: "2025-03-10", time: "09:00" }));
    expect(shapeOf(ahead).data.fieldErrors.map((e) => e.path)).toEqual(["date"]);
    const beforeStart = await refusal(api.akasse.correct({ meetingId: first.id, version: 3, status: "afholdt", date: "2024-12-30", time: "09:00" }));
    expect(shapeOf(beforeStart).data.fieldErrors[0]?.message).toMatch(/^Datoen ligger før forløbets start/);
  });

  it("corrects the CV-samtale's date, and refuses to record a meeting ahead of time or plan one before the forløb", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const cv = await api.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-01-08" });
    const moved = await api.akasse.correct({ meetingId: cv.id, version: cv.version, status: "afholdt", date: "2025-01-09", time: "00:00" });
    expect(moved).toMatchObject({ kind: "cv", date: "2025-01-09", status: "afholdt" });
    const early = await refusal(api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2024-12-01", time: "10:00" }));
    expect(shapeOf(early).data.fieldErrors.map((e) => e.path)).toEqual(["date"]);
    const coming = await api.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-04", time: "10:00" });
    const tooSoon = await refusal(api.akasse.record({ meetingId: coming.id, form: "telefon" }));
    expect(shapeOf(tooSoon).data.fieldErrors.map((e) => e.path)).toEqual(["meetingId"]);
  });

  it("lets only the a-kasse change its own meetings: the jobcentre reads them, and the a-kasse cannot record a fællessamtale", async () => {
    const { a } = env.world;
    const planned = await (await akasseA()).akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-03", time: "08:00" });
    const jobcentre = await caseworkerA();
    // Each call starts only when the previous one is handled (no unhandled rejections).
    for (const call of [
      () => jobcentre.meeting.record({ meetingId: planned.id, form: "telefon", participants: ["borger", "jobcenter"] }),
      () => jobcentre.meeting.markNoShow({ meetingId: planned.id }),
      () => jobcentre.meeting.cancel({ meetingId: planned.id, reason: "Forsøg" }),
    ]) {
      const refused = await refusal(call());
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toBe("Samtalen er a-kassens egen; kun a-kassen kan registrere, aflyse eller rette den");
    }
    const asAkasse = await refusal(jobcentre.meeting.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-10", time: "10:00", kind: "akasse" } as never));
    expect(shapeOf(asAkasse).data.fieldErrors.map((e) => e.path)).toEqual(["kind"]);
    // The jobcentre's own procedures for the a-kasse's course are closed to it.
    expect((await refusal(jobcentre.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-10", time: "10:00" }))).code).toBe("FORBIDDEN");

    const akasse = await akasseA();
    const joint = await refusal(akasse.akasse.record({ meetingId: a.dagpenge.jointMeetingId, form: "telefon" }));
    expect(joint.code).toBe("FORBIDDEN");
    expect((await refusal(akasse.akasse.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "Forsøg" }))).code).toBe("NOT_FOUND");
    // Another a-kasse finds neither the member's forløb nor the meeting.
    const other = await callerAs(env.database, env.world.b.akasseStaff.id);
    expect((await refusal(other.akasse.record({ meetingId: planned.id, form: "telefon" }))).code).toBe("NOT_FOUND");
    expect((await refusal(other.akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-10", time: "10:00" }))).code).toBe("NOT_FOUND");
    // The a-kasse's administrator manages users, not members' cases.
    expect(
      (await refusal((await callerAs(env.database, a.akasseAdmin.id)).akasse.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-10", time: "10:00" })))
        .code,
    ).toBe("FORBIDDEN");
    const stored = (await jobcentre.citizen.get({ citizenId: a.dagpenge.citizenId })).meetings.find((m) => m.id === planned.id);
    expect(stored).toMatchObject({ status: "planlagt", version: 1 });
  });
});
