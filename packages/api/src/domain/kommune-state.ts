/**
 * What a kommune's computed views depend on besides the day: its data version (kommune_versions,
 * raised in every transaction that writes its change_log) and the rule set in force. Concurrent
 * requests read it with one query per turn (batch.ts); a signed-in request has it from its session
 * lookup (`kommuneStateColumns`), read in the same query.
 */
import { defined } from "@kontaktplan/rules";
import { and, eq, gt, lte, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { RuleSet } from "@kontaktplan/schema";
import { batchedLookup, perDatabase } from "../batch.js";
import { pgArray } from "../sql-arrays.js";
import { resolveRuleSet, ruleSetColumns } from "./rule-set.js";

export interface KommuneState {
  version: number;
  ruleSet: RuleSet;
}

/**
 * A kommune's state as columns of a query about the kommune in `kommunekode` (an SQL expression),
 * for `kommuneStateOf`: the session lookup reads it in the same query as the signed-in user.
 */
export function kommuneStateColumns(kommunekode: SQL | AnyColumn) {
  const { kommuneVersions } = tables;
  return {
    kommuneVersion: sql<
      number | string | null
    >`(select ${kommuneVersions.version} from ${kommuneVersions} where ${kommuneVersions.kommunekode} = ${kommunekode})`,
    ...ruleSetColumns(kommunekode),
  };
}

type StateColumns = { [K in keyof ReturnType<typeof kommuneStateColumns>]: unknown };

export function kommuneStateOf(kommunekode: string, columns: StateColumns): KommuneState {
  // A bigint read by a raw subquery comes as a string from node-postgres.
  return { version: Number(columns.kommuneVersion ?? 0), ruleSet: resolveRuleSet(kommunekode, columns.ownRuleSet, columns.nationalRuleSet).ruleSet };
}

const lookup = perDatabase((db: Db) =>
  batchedLookup(async (kommunekoder: readonly string[]) => {
    const kommunekode = sql<string>`k.kommunekode`;
    const rows = await db.select({ kommunekode, ...kommuneStateColumns(kommunekode) }).from(sql`unnest(${pgArray(kommunekoder, "text")}) as k(kommunekode)`);
    return new Map(rows.map((row): [string, KommuneState] => [row.kommunekode, kommuneStateOf(row.kommunekode, row)]));
  }),
);

export async function kommuneState(db: Db, kommunekode: string): Promise<KommuneState> {
  const state = await lookup(db)(kommunekode);
  return defined(state, "the state of a kommune asked for (the lookup answers every key)");
}

/** A kommune's versions after `from` up to and including `to`. */
export interface VersionRange {
  kommunekode: string;
  from: number;
  to: number;
}

/** What a range of versions changed: the citizens named, and whether a change could touch anyone. */
export interface Changed {
  citizenIds: Set<string>;
  /** A change the log could not place on a citizen (a setting, say): every citizen may differ. */
  unplaced: boolean;
}

/** Per kommune, what its change log says changed in the range (kommuner with no change are absent). */
export async function changedIn(db: Db, ranges: readonly VersionRange[]): Promise<Map<string, Changed>> {
  const { changeLog } = tables;
  const changed = new Map<string, Changed>();
  if (ranges.length === 0) return changed;
  const rows = await db
    .selectDistinct({ kommunekode: changeLog.kommunekode, citizenId: changeLog.citizenId, entity: changeLog.entity })
    .from(changeLog)
    .where(or(...ranges.map((r) => and(eq(changeLog.kommunekode, r.kommunekode), gt(changeLog.version, r.from), lte(changeLog.version, r.to)))));
  for (const row of rows) {
    let entry = changed.get(row.kommunekode);
    if (!entry) changed.set(row.kommunekode, (entry = { citizenIds: new Set(), unplaced: false }));
    if (row.citizenId !== null) entry.citizenIds.add(row.citizenId);
    // Slots touch no citizen's results.
    else if (row.entity !== "slot") entry.unplaced = true;
  }
  return changed;
}
