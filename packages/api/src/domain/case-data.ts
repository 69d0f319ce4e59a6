/**
 * What the rules engine needs about a set of citizens, loaded in four queries, and the engine's
 * input built from it. Obligations are always computed from this, never stored.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { EvaluationInput, RuleSet } from "@kontaktplan/schema";
import { pgArray } from "../sql-arrays.js";
import type { ForloebRow, MeetingRow, PauseRow } from "../tenancy/visibility.js";
import { anmodningOf, forloebOf, samtaleOf, type EngineMeeting, type RequestRow } from "./records.js";

export type { EngineMeeting };

const { citizens, forloeb, meetings, pauses, requests } = tables;

/** The columns of `EngineMeeting`. */
const ENGINE_MEETING = {
  id: meetings.id,
  forloebId: meetings.forloebId,
  date: meetings.date,
  kind: meetings.kind,
  status: meetings.status,
  form: meetings.form,
};

export interface CaseData<Meeting extends EngineMeeting = MeetingRow> {
  forloeb: ForloebRow[];
  pauses: PauseRow[];
  meetings: Meeting[];
  requests: RequestRow[];
}

/**
 * `where` is a condition on `citizens` and `forloeb` (a tenancy condition from `visibility.ts`,
 * usually narrowed further). It selects the forløb; what hangs off them is then fetched by forløb
 * id, so each of those queries is a plain index lookup instead of a repeat of the join. Meetings
 * are whole rows (what the records and the sync send).
 */
export function loadCaseData(db: Db, where: SQL | undefined): Promise<CaseData> {
  return load(db, where, (ids) =>
    db
      .select()
      .from(meetings)
      .where(sql`${meetings.forloebId} = any(${ids})`),
  );
}

/**
 * The same for evaluation only, with just the meeting columns the engine reads: for a whole
 * kommune or a-kasse, the meetings are most of the rows, and whole rows took about three times as
 * long to fetch and parse (measured on bench:api's data).
 */
export function loadEvaluationData(db: Db, where: SQL | undefined): Promise<CaseData<EngineMeeting>> {
  return load(db, where, (ids) =>
    db
      .select(ENGINE_MEETING)
      .from(meetings)
      .where(sql`${meetings.forloebId} = any(${ids})`),
  );
}

async function load<Meeting extends EngineMeeting>(db: Db, where: SQL | undefined, meetingsOf: (ids: SQL) => Promise<Meeting[]>): Promise<CaseData<Meeting>> {
  const f = await db.select({ row: forloeb }).from(forloeb).innerJoin(citizens, eq(citizens.id, forloeb.citizenId)).where(where);
  const rows = f.map((x) => x.row);
  if (rows.length === 0) return { forloeb: [], pauses: [], meetings: [], requests: [] };
  const ids = pgArray(
    rows.map((r) => r.id),
    "uuid",
  );
  // One after another: inside a transaction they share one connection, which takes one query at a time.
  const p = await db
    .select()
    .from(pauses)
    .where(sql`${pauses.forloebId} = any(${ids})`);
  const m = await meetingsOf(ids);
  const r = await db
    .select()
    .from(requests)
    .where(sql`${requests.forloebId} = any(${ids})`);
  return { forloeb: rows, pauses: p, meetings: m, requests: r };
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

export function evaluationInputOf(data: CaseData<EngineMeeting>, ruleSet: RuleSet, asOf: string): EvaluationInput {
  const pausesByForloeb = groupBy(data.pauses, (p) => p.forloebId);
  return {
    ruleSet,
    asOf,
    forloeb: data.forloeb.map((row) => forloebOf(row, pausesByForloeb.get(row.id) ?? [])),
    samtaler: data.meetings.map(samtaleOf),
    anmodninger: data.requests.map(anmodningOf),
  };
}
