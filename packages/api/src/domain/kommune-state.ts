/**
 * What a kommune's computed views depend on besides the day: its data version (kommune_versions,
 * raised in every transaction that writes its change_log) and the rule set in force. Concurrent
 * requests read it with one query per turn (batch.ts).
 */
import { inArray } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { RuleSet } from "@kontaktplan/schema";
import { batchedLookup, perDatabase } from "../batch.js";
import { ruleSetResolver } from "./rule-set.js";

export interface KommuneState {
  version: number;
  ruleSet: RuleSet;
}

const lookup = perDatabase((db: Db) =>
  batchedLookup(async (kommunekoder: readonly string[]) => {
    const { kommuneVersions } = tables;
    const [versions, resolveRuleSet] = await Promise.all([
      db.select().from(kommuneVersions).where(inArray(kommuneVersions.kommunekode, [...kommunekoder])),
      ruleSetResolver(db),
    ]);
    const versionOf = new Map(versions.map((v) => [v.kommunekode, v.version]));
    return new Map(kommunekoder.map((k): [string, KommuneState] => [k, { version: versionOf.get(k) ?? 0, ruleSet: resolveRuleSet(k).ruleSet }]));
  }),
);

export async function kommuneState(db: Db, kommunekode: string): Promise<KommuneState> {
  const state = await lookup(db)(kommunekode);
  // The lookup answers every key it is asked for.
  return state!;
}
