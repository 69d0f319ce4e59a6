/**
 * The demo data is laid out around the day the server first starts, so what a newcomer sees
 * differs from day to day. This guard builds it for 400 consecutive days and checks that every
 * state the demo promises is there on each of them, for the first caseworker of every kommune
 * (the login the README points to), in every kommune's joint-meeting planning, and in every
 * a-kasse's own jobsamtaler.
 */
import { formatDay, parseDay, type Day } from "@kontaktplan/rules";
import { isAkasseObligation, OBLIGATION_STATUSES, SAMTALE_STATUSES } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { buildDemoData, type DemoData } from "../src/demo-data.js";
import { evaluateCitizen } from "./support/demo-evaluation.js";

const FIRST_DAY = parseDay("2026-01-01");
const DAYS = 400;

/** What is missing from the demo on `today`, in words a failing test can show (empty when complete). */
export function missingDemoStates(data: DemoData, today: Day): string[] {
  const iso = formatDay(today);
  const missing: string[] = [];
  const jobcentres = data.organisations.filter((o) => o.kind === "jobcenter");
  for (const jobcentre of jobcentres) {
    const login = data.users.find((u) => u.organisationId === jobcentre.id && u.role === "sagsbehandler" && u.email.startsWith("sagsbehandler1@"));
    if (!login) {
      missing.push(`${jobcentre.name}: no sagsbehandler1 login`);
      continue;
    }
    const citizens = data.citizens.filter((c) => c.caseworkerId === login.id);
    const forloebIds = new Set(data.forloeb.filter((f) => citizens.some((c) => c.id === f.citizenId)).map((f) => f.id));
    // Evaluating stops once every status is seen: 400 days of whole caseloads would be slow.
    const obligationStates = new Set<string>();
    for (const c of citizens) {
      if (obligationStates.size === OBLIGATION_STATUSES.length) break;
      for (const o of evaluateCitizen(data, c.id, today).obligations) obligationStates.add(o.status);
    }
    for (const status of OBLIGATION_STATUSES) if (!obligationStates.has(status)) missing.push(`${login.email}: no ${status} obligation`);
    const meetings = data.meetings.filter((m) => forloebIds.has(m.forloebId));
    for (const status of SAMTALE_STATUSES) if (!meetings.some((m) => m.status === status)) missing.push(`${login.email}: no ${status} meeting`);
    if (!meetings.some((m) => m.status === "planlagt" && m.date >= iso)) missing.push(`${login.email}: no coming planned meeting`);

    const kommuneForloeb = new Set(
      data.forloeb.filter((f) => data.citizens.find((c) => c.id === f.citizenId)?.kommunekode === jobcentre.kommunekode).map((f) => f.id),
    );
    const bookings = data.jointBookings.filter((b) => kommuneForloeb.has(b.forloebId) && b.status === "booked");
    const comingBooking = bookings.some((b) => (data.meetings.find((m) => m.id === b.meetingId)?.date ?? "") >= iso);
    if (!comingBooking) missing.push(`${jobcentre.name}: no coming booked fællessamtale`);
    if (!data.jointProposals.some((p) => kommuneForloeb.has(p.forloebId) && p.status === "pending")) missing.push(`${jobcentre.name}: no pending proposal`);
    if (!data.slots.some((s) => s.jobcenterId === jobcentre.id && s.startsAt.slice(0, 10) > iso)) missing.push(`${jobcentre.name}: no coming slot`);
  }
  for (const akasse of data.organisations.filter((o) => o.kind === "akasse")) missing.push(...missingAkasseStates(data, today, akasse));
  return missing;
}

/**
 * The a-kasse's own contact course (from 2024): every a-kasse has jobsamtaler of its own held and
 * coming, and deadlines for them that are met and still to meet (open or overdue).
 */
function missingAkasseStates(data: DemoData, today: Day, akasse: DemoData["organisations"][number]): string[] {
  const iso = formatDay(today);
  const missing: string[] = [];
  const members = data.forloeb.filter((f) => f.ydelse === "dagpenge" && f.akasseId === akasse.id);
  const ids = new Set(members.map((f) => f.id));
  const own = data.meetings.filter((m) => m.kind === "akasse" && ids.has(m.forloebId));
  if (!own.some((m) => m.status === "afholdt")) missing.push(`${akasse.name}: no held a-kasse jobsamtale`);
  if (!own.some((m) => m.status === "planlagt" && m.date >= iso)) missing.push(`${akasse.name}: no coming planned a-kasse jobsamtale`);
  const states = new Set<string>();
  for (const citizenId of new Set(members.map((f) => f.citizenId))) {
    if (states.has("met") && states.has("due")) break;
    for (const o of evaluateCitizen(data, citizenId, today).obligations) {
      if (!isAkasseObligation(o) || !ids.has(o.forloebId)) continue;
      if (o.status === "met") states.add("met");
      if (o.status === "open" || o.status === "missed") states.add("due");
    }
  }
  if (!states.has("met")) missing.push(`${akasse.name}: no met a-kasse deadline`);
  if (!states.has("due")) missing.push(`${akasse.name}: no open or overdue a-kasse deadline`);
  return missing;
}

describe("the demo on every day", () => {
  it(`shows every state for ${DAYS} consecutive days from ${formatDay(FIRST_DAY)}`, { timeout: 600_000 }, () => {
    const gaps: string[] = [];
    for (let day = FIRST_DAY; day < FIRST_DAY + DAYS; day++) {
      for (const gap of missingDemoStates(buildDemoData(day), day)) gaps.push(`${formatDay(day)} ${gap}`);
    }
    expect(gaps).toEqual([]);
  });

  it("notices a missing state", () => {
    const data = buildDemoData(FIRST_DAY);
    const withoutNoShows = { ...data, meetings: data.meetings.filter((m) => m.status !== "udeblevet") };
    expect(missingDemoStates(withoutNoShows, FIRST_DAY)).toContainEqual(expect.stringMatching(/no udeblevet meeting/));
    const withoutAkasse = { ...data, meetings: data.meetings.filter((m) => m.kind !== "akasse") };
    expect(missingDemoStates(withoutAkasse, FIRST_DAY)).toEqual(
      expect.arrayContaining([expect.stringMatching(/: no held a-kasse jobsamtale$/), expect.stringMatching(/: no coming planned a-kasse jobsamtale$/)]),
    );
  });
});
