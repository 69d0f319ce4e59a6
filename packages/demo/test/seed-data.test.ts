import { formatDay, handoverDay, parseDay } from "@kontaktplan/rules";
import { isAkasseObligation, SAMTALE_KINDS, SAMTALE_STATUSES, USER_ROLE_CODES, VISITATIONS, YDELSER } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { isFictitiousCpr } from "../src/cpr.js";
import { buildDemoData, demoLogins } from "../src/demo-data.js";
import { evaluateCitizen } from "./support/demo-evaluation.js";

const TODAY = parseDay("2025-11-25");
const data = buildDemoData(TODAY);

describe("the demo data", () => {
  it("is the same for the same day, ids included, and moves with the day", () => {
    expect(buildDemoData(TODAY)).toEqual(data);
    const later = buildDemoData(TODAY + 30);
    expect(later.citizens.map((c) => c.cpr)).toEqual(data.citizens.map((c) => c.cpr));
    expect(later.meetings.map((m) => m.date)).not.toEqual(data.meetings.map((m) => m.date));
  });

  it("has a few hundred citizens in four kommuner, several a-kasser and every role", () => {
    expect(data.citizens.length).toBeGreaterThanOrEqual(250);
    expect(new Set(data.citizens.map((c) => c.kommunekode))).toEqual(new Set(["101", "751", "461", "851"]));
    expect(data.organisations.filter((o) => o.kind === "akasse").length).toBeGreaterThanOrEqual(3);
    expect(new Set(data.users.map((u) => u.role))).toEqual(new Set(USER_ROLE_CODES));
    expect(demoLogins()).toEqual(data.logins);
  });

  it("uses only fictitious, distinct CPR numbers", () => {
    const cprs = data.citizens.map((c) => c.cpr);
    expect(cprs.every(isFictitiousCpr)).toBe(true);
    expect(new Set(cprs).size).toBe(cprs.length);
  });

  it("covers every benefit, visitation, meeting kind and status, and cancellations carry a reason", () => {
    expect(new Set(data.forloeb.map((f) => f.ydelse))).toEqual(new Set(YDELSER));
    expect(new Set(data.forloeb.map((f) => f.visitation).filter((v) => v != null))).toEqual(new Set(VISITATIONS));
    expect(new Set(data.meetings.map((m) => m.kind))).toEqual(new Set(SAMTALE_KINDS));
    expect(new Set(data.meetings.map((m) => m.status))).toEqual(new Set(SAMTALE_STATUSES));
    expect(data.meetings.filter((m) => m.status === "aflyst").every((m) => m.cancelReason)).toBe(true);
    // Nothing is recorded as held or missed ahead of time; a coming meeting may already be cancelled.
    expect(new Set(data.meetings.filter((m) => m.date >= formatDay(TODAY)).map((m) => m.status))).toEqual(new Set(["planlagt", "aflyst"]));
  });

  it("has ended forløb, ydelsesskift, pauses and requests", () => {
    const perCitizen = new Map<string, number>();
    for (const f of data.forloeb) perCitizen.set(f.citizenId, (perCitizen.get(f.citizenId) ?? 0) + 1);
    expect([...perCitizen.values()].filter((n) => n === 2).length).toBeGreaterThan(10);
    expect(data.forloeb.filter((f) => f.end != null).length).toBeGreaterThan(40);
    expect(data.pauses.length).toBeGreaterThan(5);
    expect(new Set(data.requests.map((r) => r.by))).toEqual(new Set(["borger", "jobcenter"]));
  });

  it("gives members who began on dagpenge from 2024 the a-kasse's own jobsamtaler, in the a-kasse's first months only", () => {
    const own = data.meetings.filter((m) => m.kind === "akasse");
    expect(new Set(own.map((m) => m.status))).toEqual(new Set(SAMTALE_STATUSES));
    const forloebById = new Map(data.forloeb.map((f) => [f.id, f]));
    const staffOf = new Map(data.users.filter((u) => u.role === "akasse").map((u) => [u.id, u.organisationId]));
    for (const m of own) {
      const f = forloebById.get(m.forloebId)!;
      expect(f).toMatchObject({ ydelse: "dagpenge" });
      expect(staffOf.get(m.createdBy!)).toBe(f.akasseId);
      const pauses = data.pauses.filter((p) => p.forloebId === f.id).map((p) => ({ from: p.from, to: p.to }));
      const handover = handoverDay({ id: f.id, borgerId: f.citizenId, ydelse: "dagpenge", start: f.start, end: f.end ?? null, pauses }, "gaeldende");
      expect(handover).not.toBeNull();
      expect(m.date >= f.start && m.date < handover!).toBe(true);
      expect(m.participants).toEqual(["borger", "akasse"]);
    }
    // Under the law in force their deadlines are met for some members and still to meet for others.
    const members = new Set(own.map((m) => forloebById.get(m.forloebId)!.citizenId));
    const states = new Set(
      [...members].flatMap((c) =>
        evaluateCitizen(data, c, TODAY)
          .obligations.filter(isAkasseObligation)
          .map((o) => o.status),
      ),
    );
    expect(states).toContain("met");
    expect(states.has("open") || states.has("missed")).toBe(true);
  });

  it("gives the rules engine valid input for every citizen", () => {
    for (const citizen of data.citizens) expect(() => evaluateCitizen(data, citizen.id, TODAY)).not.toThrow();
  });

  it("has free slots, bookings (one cancelled and moved) and proposals in every state, all consistent", () => {
    expect(data.slots.length).toBeGreaterThan(20);
    expect(new Set(data.jointBookings.map((b) => b.status))).toEqual(new Set(["booked", "cancelled"]));
    expect(new Set(data.jointProposals.map((p) => p.status))).toEqual(new Set(["pending", "accepted", "declined"]));
    const booked = data.jointBookings.filter((b) => b.status === "booked" && b.slotId).map((b) => b.slotId);
    expect(new Set(booked).size).toBe(booked.length);
    // Each serves the first fællessamtale, and a deadline is held at most once (slot or accepted proposal).
    for (const joint of [...data.jointBookings, ...data.jointProposals]) expect([joint.rule, joint.occurrence]).toEqual(["joint-by-3-months", 1]);
    const held = data.jointBookings.filter((b) => b.status === "booked").map((b) => b.forloebId);
    expect(new Set(held).size).toBe(held.length);
    const accepted = data.jointProposals.filter((p) => p.status === "accepted");
    expect(accepted.map((p) => data.jointBookings.find((b) => b.proposalId === p.id)?.meetingId)).toEqual(accepted.map((p) => p.meetingId));
    const forloebById = new Map(data.forloeb.map((f) => [f.id, f]));
    const slotById = new Map(data.slots.map((s) => [s.id, s]));
    const jobcentreByKommune = new Map(data.organisations.map((o) => [o.kommunekode, o.id]));
    const citizenById = new Map(data.citizens.map((c) => [c.id, c]));
    for (const joint of [...data.jointBookings, ...data.jointProposals]) {
      const f = forloebById.get(joint.forloebId)!;
      expect(f.ydelse).toBe("dagpenge");
      expect(f.akasseId).toBe(joint.akasseId);
    }
    for (const b of data.jointBookings) {
      if (!b.slotId) continue; // made by accepting a proposal (above)
      const kommune = citizenById.get(forloebById.get(b.forloebId)!.citizenId)!.kommunekode;
      expect(slotById.get(b.slotId)!.jobcenterId).toBe(jobcentreByKommune.get(kommune));
      const meeting = data.meetings.find((m) => m.id === b.meetingId)!;
      expect(meeting.startsAt).toBe(slotById.get(b.slotId)!.startsAt);
    }
  });

  it("puts meetings on Copenhagen working hours", () => {
    const copenhagen = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" });
    for (const m of data.meetings) {
      const local = copenhagen.format(new Date(m.startsAt));
      const [date, time] = local.split(", ") as [string, string];
      expect(date.split("/").reverse().join("-")).toBe(m.date);
      expect(time >= "09:00" && time <= "14:30").toBe(true);
    }
  });
});
