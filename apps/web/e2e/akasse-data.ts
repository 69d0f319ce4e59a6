/**
 * Demo data for the a-kasse member-page tests, looked up and changed through the API as the
 * users themselves would. These tests use Fagfællernes A-kasse, whose members no other spec
 * touches, and each test takes a member nobody has worked on yet in this run.
 */
import { expect, type APIRequestContext } from "@playwright/test";
import type { CitizenDetail, JointDueList, JointDueRow, JointMember, SlotRecord } from "@kontaktplan/schema";
import { apiAs, query } from "./support.js";

export const FAGFAELLER = "medarbejder1@fagfaeller.akasse.example";
const KOMMUNE_SLUGS = ["koebenhavn", "aarhus", "odense", "aalborg"] as const;

export async function mutate<T>(api: APIRequestContext, path: string, input: unknown): Promise<T> {
  const res = await api.post(`/trpc/${path}`, { data: input });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** The day `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first Saturday after an ISO date: a day the jobcentre is closed. */
export function saturdayAfter(iso: string): string {
  let day = addDays(iso, 1);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 6) day = addDays(day, 1);
  return day;
}

export interface FreshMember {
  asOf: string;
  row: JointDueRow;
  member: JointMember;
  slots: SlotRecord[];
}

/**
 * An open joint deadline of a Fagfællernes member that `fits`, with at least `minSlots` free slots
 * left in its window, on a forløb with nothing booked, cancelled, proposed, opted out or cut short
 * yet: what a fresh test needs, and what every test here leaves behind changed.
 */
export async function freshMember(minSlots = 2, fits: (row: JointDueRow) => boolean = () => true): Promise<FreshMember> {
  const api = await apiAs(FAGFAELLER);
  try {
    const due = await query<JointDueList>(api, "joint.due");
    const touched = new Set(due.rows.filter((r) => r.planned.length > 0 || r.akasseFravalgt).map((r) => r.forloebId));
    for (const row of due.rows) {
      if (row.status !== "open" || touched.has(row.forloebId) || row.to <= addDays(due.asOf, 7) || !fits(row)) continue;
      const member = await query<JointMember>(api, "joint.member", { forloebId: row.forloebId });
      const cancelled = member.meetings.some((m) => m.kind === "faelles" && m.status === "aflyst");
      if (member.proposals.length > 0 || member.end !== null || cancelled) continue;
      const slots = await query<SlotRecord[]>(api, "slots.list", { forloebId: row.forloebId, from: due.asOf, to: row.to });
      if (slots.length >= minSlots) return { asOf: due.asOf, row, member, slots };
    }
    throw new Error("The seed has no untouched Fagfællernes member left with an open joint deadline and free slots");
  } finally {
    await api.dispose();
  }
}

/** A session of the caseworker whose jobcentre has the citizen (the a-kasse does not know the kommune). */
export async function jobcentreOf(citizenId: string): Promise<{ api: APIRequestContext; detail: CitizenDetail }> {
  for (const slug of KOMMUNE_SLUGS) {
    const api = await apiAs(`sagsbehandler1@${slug}.jobcenter.example`);
    const res = await api.get("/trpc/citizen.get", { params: { input: JSON.stringify({ citizenId }) } });
    if (res.ok()) return { api, detail: ((await res.json()) as { result: { data: CitizenDetail } }).result.data };
    await api.dispose();
  }
  throw new Error(`No jobcentre has citizen ${citizenId}`);
}
