/**
 * What the rules engine needs about a set of citizens, loaded in four queries, and the engine's
 * input built from it. Obligations are always computed from this, never stored.
 */
import { eq, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { EvaluationInput, RuleSet } from "@kontaktplan/schema";
import type { ForloebRow, MeetingRow, PauseRow } from "../tenancy/visibility.js";
import { anmodningOf, forloebOf, samtaleOf, type RequestRow } from "./records.js";

const { citizens, forloeb, meetings, pauses, requests } = tables;

export interface CaseData {
  forloeb: ForloebRow[];
  pauses: PauseRow[];
  meetings: MeetingRow[];
  requests: RequestRow[];
}

/**
 * `where` is a condition on `citizens` and `forloeb` (a tenancy condition from `visibility.ts`,
 * usually narrowed further); the same condition selects the forløb and everything hanging off them.
 */
export async function loadCaseData(db: Db, where: SQL | undefined): Promise<CaseData> {
  const onCitizen = eq(citizens.id, forloeb.citizenId);
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const f = await db.select({ row: forloeb }).from(forloeb).innerJoin(citizens, onCitizen).where(where);
  const p = await db
    .select({ row: pauses })
    .from(pauses)
    .innerJoin(forloeb, eq(forloeb.id, pauses.forloebId))
    .innerJoin(citizens, onCitizen)
    .where(where);
  const m = await db
    .select({ row: meetings })
    .from(meetings)
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, onCitizen)
    .where(where);
  const r = await db
    .select({ row: requests })
    .from(requests)
    .innerJoin(forloeb, eq(forloeb.id, requests.forloebId))
    .innerJoin(citizens, onCitizen)
    .where(where);
  return { forloeb: f.map((x) => x.row), pauses: p.map((x) => x.row), meetings: m.map((x) => x.row), requests: r.map((x) => x.row) };
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function evaluationInputOf(data: CaseData, ruleSet: RuleSet, asOf: string): EvaluationInput {
  const pausesByForloeb = groupBy(data.pauses, (p) => p.forloebId);
  return {
    ruleSet,
    asOf,
    forloeb: data.forloeb.map((row) => forloebOf(row, pausesByForloeb.get(row.id) ?? [])),
    samtaler: data.meetings.map(samtaleOf),
    anmodninger: data.requests.map(anmodningOf),
  };
}
