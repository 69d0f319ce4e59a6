import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { cprsOf } from "./support/world.js";

describe.each(DATABASE_KINDS)("joint meetings on %s", (kind) => {
  const env = useWorld(kind);
  const akasseA = () => callerAs(env.database, env.world.a.akasseStaff.id);
  const caseworkerA = () => callerAs(env.database, env.world.a.caseworker.id);

  async function slotOn(date: string, time = "10:00") {
    const { created } = await (await caseworkerA()).slots.publish({ date, time });
    return created[0]!.id;
  }

  it("lists the members' joint meetings due, with windows, days left, masked CPR, overdue first", async () => {
    const { a } = env.world;
    // A member of a-kasse A living in kommune 751, whose 3-month joint meeting is overdue.
    const [late] = await env.database.db
      .insert(tables.citizens)
      .values({ kommunekode: "751", cpr: "0303700001", name: "Ane Andersen", akasseId: a.akasse.id })
      .returning();
    await env.database.db.insert(tables.forloeb).values({ citizenId: late!.id, ydelse: "dagpenge", start: "2024-10-01", akasseId: a.akasse.id });

    const due = await (await akasseA()).joint.due();
    expect(due.asOf).toBe("2025-03-03");
    expect(due.rows.map((r) => [r.name, r.rule, r.status, r.to, r.daysLeft])).toEqual([
      ["Ane Andersen", "joint-by-3-months", "missed", "2024-12-31", -62],
      ["Ane Andersen", "joint-by-6-months", "open", "2025-03-31", 28],
      ["Dagmar Dagpenge a", "joint-by-3-months", "open", "2025-04-05", 33],
      ["Dagmar Dagpenge a", "joint-by-6-months", "open", "2025-07-05", 124],
      ["Ane Andersen", "joint-by-16-months", "upcoming", "2026-01-31", 334],
      ["Dagmar Dagpenge a", "joint-by-16-months", "upcoming", "2026-05-05", 428],
    ]);
    const dagmar = due.rows.find((r) => r.name === "Dagmar Dagpenge a" && r.rule === "joint-by-3-months")!;
    expect(dagmar).toMatchObject({ cprMasked: "010190-xxxx", from: "2025-01-06", required: 1, held: 0, akasseFravalgt: false });
    expect(dagmar.planned.map((m) => m.id)).toEqual([a.dagpenge.jointMeetingId]);
    const text = JSON.stringify(due);
    for (const cpr of [...cprsOf(env.world), "0303700001"]) expect(text).not.toContain(cpr);
    expect((await auditRows(env.database)).map((r) => r.action)).toEqual(["joint.due", "joint.due"]);
  });

  it("books a slot inside the window: a planned fællessamtale, and the slot is taken", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const { meeting } = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    expect(meeting).toMatchObject({ kind: "faelles", status: "planlagt", date: "2025-03-27", time: "10:00", forloebId: a.dagpenge.forloebId });
    const jobcentreView = await (await caseworkerA()).slots.list({ from: "2025-03-27", to: "2025-03-27" });
    expect(jobcentreView).toEqual([expect.objectContaining({ id: a.slotId, booked: true })]);
    expect(await api.slots.list({ from: "2025-03-01", to: "2025-04-30", forloebId: a.dagpenge.forloebId })).toEqual([]);
    const again = await refusal(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-6-months", occurrence: 1 }));
    expect(again.code).toBe("CONFLICT");
    expect(shapeOf(again).message).toBe("Tiden er netop blevet booket af en anden. Vælg en anden tid.");
  });

  it("refuses a slot outside the obligation's window, in the past, or of another jobcentre", async () => {
    const { a, b } = env.world;
    const api = await akasseA();
    const april = await slotOn("2025-04-10");
    const outside = await refusal(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: april, rule: "joint-by-3-months", occurrence: 1 }));
    expect(shapeOf(outside).data.fieldErrors).toEqual([
      { path: "slotId", message: "Tiden ligger uden for vinduet for fællessamtalen: den skal holdes mellem 6. januar 2025 og 5. april 2025" },
    ]);
    // The same slot suits the 6-month obligation.
    await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: april, rule: "joint-by-6-months", occurrence: 1 });
    const foreign = await refusal(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: b.slotId, rule: "joint-by-3-months", occurrence: 1 }));
    expect(foreign.code).toBe("NOT_FOUND");
    const noSuch = await refusal(api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "akasse-4-to-6-months", occurrence: 1 }));
    expect(shapeOf(noSuch).data.fieldErrors[0]?.path).toBe("rule");
    const later = await callerAs(env.database, a.akasseStaff.id, () => new Date("2025-03-28T09:00:00Z"));
    const past = await refusal(later.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 }));
    expect(shapeOf(past).data.fieldErrors[0]?.path).toBe("slotId");
  });

  it("reschedules to another free slot with a reason, freeing the first", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const { meeting } = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    const nextSlot = await slotOn("2025-04-01", "08:30");
    const moved = await api.joint.reschedule({ meetingId: meeting.id, slotId: nextSlot, reason: "Medlemmet er på kursus" });
    expect(moved).toMatchObject({ id: meeting.id, date: "2025-04-01", time: "08:30", version: 2, status: "planlagt" });
    const slotsNow = await (await caseworkerA()).slots.list({ from: "2025-03-01", to: "2025-04-30" });
    expect(slotsNow.map((s) => [s.id, s.booked])).toEqual([
      [a.slotId, false],
      [nextSlot, true],
    ]);
    // Planned inside both the 3- and the 6-month window, it may not leave the 3-month one.
    const tooLate = await slotOn("2025-04-08");
    const outside = await refusal(api.joint.reschedule({ meetingId: meeting.id, slotId: tooLate, reason: "Igen" }));
    expect(shapeOf(outside).data.fieldErrors).toEqual([
      { path: "slotId", message: "Tiden ligger uden for vinduet for fællessamtalen: den skal holdes mellem 6. januar 2025 og 5. april 2025" },
    ]);
  });

  it("cancels a fællessamtale from either side with a reason; individual meetings are not the a-kasse's", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const { meeting } = await api.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
    expect(await api.joint.cancel({ meetingId: meeting.id, reason: "Medlemmet er i job" })).toMatchObject({
      status: "aflyst",
      cancelReason: "Medlemmet er i job",
    });
    expect((await (await caseworkerA()).slots.list({ from: "2025-03-27", to: "2025-03-27" }))[0]?.booked).toBe(false);
    expect(await (await caseworkerA()).joint.cancel({ meetingId: a.dagpenge.jointMeetingId, reason: "Flyttes" })).toMatchObject({ status: "aflyst" });
    expect((await refusal(api.joint.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "x" }))).code).toBe("NOT_FOUND");
    const individual = await refusal((await caseworkerA()).joint.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "x" }));
    expect(shapeOf(individual).data.fieldErrors[0]?.path).toBe("meetingId");
  });

  it("proposes times; the jobcentre accepts one, which becomes the meeting, or declines with a reason", async () => {
    const { a, b } = env.world;
    const api = await akasseA();
    const proposal = await api.joint.propose({
      forloebId: a.dagpenge.forloebId,
      rule: "joint-by-3-months",
      occurrence: 1,
      times: [
        { date: "2025-03-24", time: "09:00" },
        { date: "2025-03-25", time: "14:00" },
      ],
    });
    expect(proposal).toMatchObject({
      status: "pending",
      citizenName: "Dagmar Dagpenge a",
      times: [
        { date: "2025-03-24", time: "09:00" },
        { date: "2025-03-25", time: "14:00" },
      ],
    });
    const jobcentre = await caseworkerA();
    expect((await jobcentre.joint.proposals({})).map((p) => p.id)).toEqual([a.proposalId, proposal.id]);
    expect((await (await callerAs(env.database, b.caseworker.id)).joint.proposals({})).map((p) => p.id)).toEqual([b.proposalId]);
    const accepted = await jobcentre.joint.decide({ proposalId: proposal.id, decision: "accept", timeIndex: 1 });
    expect(accepted).toMatchObject({ status: "accepted", acceptedTime: { date: "2025-03-25", time: "14:00" }, meetingId: expect.any(String) });
    const detail = await jobcentre.citizen.get({ citizenId: a.dagpenge.citizenId });
    expect(detail.meetings.find((m) => m.id === accepted.meetingId)).toMatchObject({ kind: "faelles", date: "2025-03-25", time: "14:00" });
    expect((await refusal(jobcentre.joint.decide({ proposalId: proposal.id, decision: "decline", reason: "Nej" }))).code).toBe("CONFLICT");

    const second = await api.joint.propose({
      forloebId: a.dagpenge.forloebId,
      rule: "joint-by-6-months",
      occurrence: 1,
      times: [{ date: "2025-05-05", time: "10:00" }],
    });
    const declined = await jobcentre.joint.decide({ proposalId: second.id, decision: "decline", reason: "Ingen ledige lokaler" });
    expect(declined).toMatchObject({ status: "declined", declineReason: "Ingen ledige lokaler", meetingId: null });
    expect((await api.joint.proposals({ status: "declined" })).map((p) => p.id)).toEqual([second.id]);
  });

  it("refuses proposals outside the window, in the past, or with more than three times", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const base = { forloebId: a.dagpenge.forloebId, rule: "joint-by-3-months" as const, occurrence: 1 };
    const outside = await refusal(
      api.joint.propose({
        ...base,
        times: [
          { date: "2025-03-24", time: "09:00" },
          { date: "2025-04-07", time: "09:00" },
        ],
      }),
    );
    expect(shapeOf(outside).data.fieldErrors[0]?.path).toBe("times.1.date");
    const past = await refusal(api.joint.propose({ ...base, times: [{ date: "2025-03-03", time: "09:00" }] }));
    expect(shapeOf(past).data.fieldErrors[0]?.path).toBe("times.0.date");
    const four = Array.from({ length: 4 }, () => ({ date: "2025-03-24", time: "09:00" }));
    const tooMany = await refusal(api.joint.propose({ ...base, times: four }));
    expect(shapeOf(tooMany).data.fieldErrors).toEqual([{ path: "times", message: "Foreslå højst tre tidspunkter" }]);
  });

  it("refuses proposed times on a weekend, a public holiday or a closing day, each at its own field", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const base = { forloebId: a.dagpenge.forloebId, rule: "joint-by-6-months" as const, occurrence: 1 };
    const closed = [
      ["2025-03-22", "Lørdag"],
      ["2025-04-20", "Påskedag"],
      ["2025-04-21", "2. påskedag"],
      ["2025-06-05", "Grundlovsdag"],
    ] as const;
    for (const [date, reason] of closed) {
      const refused = await refusal(
        api.joint.propose({
          ...base,
          times: [
            { date: "2025-03-24", time: "09:00" },
            { date, time: "10:00" },
          ],
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(shapeOf(refused).data.fieldErrors).toEqual([{ path: "times.1.date", message: `Jobcentret holder lukket (${reason}). Vælg en anden dag.` }]);
    }
    expect((await api.joint.proposals({})).map((p) => p.id)).toEqual([a.proposalId]);
    // Store bededag is an ordinary working day from 2024.
    const proposal = await api.joint.propose({ ...base, times: [{ date: "2025-05-16", time: "09:00" }] });
    expect(proposal.times.map((t) => t.date)).toEqual(["2025-05-16"]);
  });

  it("records the CV-samtale and the member's opt-out", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const future = await refusal(api.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-03-04" }));
    expect(shapeOf(future).data.fieldErrors[0]?.path).toBe("date");
    expect(await api.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-01-15" })).toMatchObject({
      kind: "cv",
      status: "afholdt",
      date: "2025-01-15",
    });
    expect(await api.joint.setOptOut({ forloebId: a.dagpenge.forloebId, optOut: true })).toEqual({ forloebId: a.dagpenge.forloebId, akasseFravalgt: true });
    const due = (await api.joint.due()).rows;
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((r) => r.akasseFravalgt)).toBe(true);
    const detail = await (await caseworkerA()).citizen.get({ citizenId: a.dagpenge.citizenId });
    expect(detail.forloeb[0]).toMatchObject({ akasseFravalgt: true, version: 2 });
    expect(detail.meetings.some((m) => m.kind === "cv")).toBe(true);
  });
  it("shows one member: every joint obligation, only the fællessamtaler and CV-samtaler, proposals newest first", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const cv = await api.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-01-15" });
    const newer = await api.joint.propose({
      forloebId: a.dagpenge.forloebId,
      rule: "joint-by-6-months",
      occurrence: 1,
      times: [{ date: "2025-05-05", time: "10:00" }],
    });
    const member = await api.joint.member({ forloebId: a.dagpenge.forloebId });
    expect(member).toMatchObject({
      asOf: "2025-03-03",
      citizenId: a.dagpenge.citizenId,
      name: "Dagmar Dagpenge a",
      cprMasked: "010190-xxxx",
      start: "2025-01-06",
      end: null,
      akasseFravalgt: false,
    });
    expect(member.obligations.map((o) => [o.rule, o.status, o.from, o.to])).toEqual([
      ["joint-by-3-months", "open", "2025-01-06", "2025-04-05"],
      ["joint-by-6-months", "open", "2025-01-06", "2025-07-05"],
      ["joint-by-16-months", "upcoming", "2025-07-06", "2026-05-05"],
    ]);
    expect(member.obligations[0]!.planned.map((m) => m.id)).toEqual([a.dagpenge.jointMeetingId]);
    // The individual meeting on the same forløb is the jobcentre's alone.
    expect(member.meetings.map((m) => [m.id, m.kind])).toEqual([
      [cv.id, "cv"],
      [a.dagpenge.jointMeetingId, "faelles"],
    ]);
    expect(JSON.stringify(member)).not.toContain(a.dagpenge.plannedMeetingId);
    expect(member.proposals.map((p) => [p.id, p.status])).toEqual([
      [newer.id, "pending"],
      [a.proposalId, "pending"],
    ]);
    for (const cpr of cprsOf(env.world)) expect(JSON.stringify(member)).not.toContain(cpr);
    expect((await auditRows(env.database)).filter((r) => r.action === "joint.member").map((r) => r.citizenId)).toEqual([a.dagpenge.citizenId]);
  });

  it("after the member opts out, a held individual meeting meets the joint obligation, on the member page and in the worklist", async () => {
    const { a } = env.world;
    const jobcentre = await caseworkerA();
    const held = await jobcentre.meeting.plan({ forloebId: a.dagpenge.forloebId, date: "2025-02-10", time: "10:00", kind: "individuel" });
    await jobcentre.meeting.record({ meetingId: held.id, form: "fremmoede", participants: ["borger", "jobcenter", "akasse"] });
    const api = await akasseA();
    const threeMonths = async () => (await api.joint.member({ forloebId: a.dagpenge.forloebId })).obligations.find((o) => o.rule === "joint-by-3-months")!;
    expect(await threeMonths()).toMatchObject({ status: "open", held: 0 });

    await api.joint.setOptOut({ forloebId: a.dagpenge.forloebId, optOut: true });
    expect(await threeMonths()).toMatchObject({ status: "met", held: 1, akasseFravalgt: true });
    const dagmarDue = (await api.joint.due()).rows.filter((r) => r.forloebId === a.dagpenge.forloebId).map((r) => r.rule);
    expect(dagmarDue).toEqual(["joint-by-6-months", "joint-by-16-months"]);

    await api.joint.setOptOut({ forloebId: a.dagpenge.forloebId, optOut: false });
    expect(await threeMonths()).toMatchObject({ status: "open", held: 0, akasseFravalgt: false });
  });

  it("withdraws a pending proposal once; the jobcentre can no longer answer it", async () => {
    const { a } = env.world;
    const api = await akasseA();
    const withdrawn = await api.joint.withdraw({ proposalId: a.proposalId });
    expect(withdrawn).toMatchObject({ id: a.proposalId, status: "withdrawn", meetingId: null });
    const again = await refusal(api.joint.withdraw({ proposalId: a.proposalId }));
    expect(again.code).toBe("CONFLICT");
    expect(shapeOf(again).message).toBe("Forslaget er allerede besvaret og kan ikke trækkes tilbage");
    const jobcentre = await caseworkerA();
    expect((await refusal(jobcentre.joint.decide({ proposalId: a.proposalId, decision: "accept", timeIndex: 0 }))).code).toBe("CONFLICT");
    expect(await jobcentre.joint.proposals({})).toEqual([]);
    expect((await jobcentre.joint.proposals({ status: "withdrawn" })).map((p) => p.id)).toEqual([a.proposalId]);
    const changes = (await changeRows(env.database)).filter((c) => c.entity === "joint_proposal");
    expect(changes.map((c) => [c.kommunekode, c.entityId, (c.payload as { status: string }).status])).toEqual([["101", a.proposalId, "withdrawn"]]);
    expect((await auditRows(env.database)).filter((r) => r.action === "joint.withdraw").map((r) => r.citizenId)).toEqual([a.dagpenge.citizenId]);
  });
});
