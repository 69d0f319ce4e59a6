import type { Db } from "@kontaktplan/db";
import { kommuneResults } from "../domain/citizen-results.js";
import { kommuneState, type KommuneState } from "../domain/kommune-state.js";
import { copenhagenToday } from "../time.js";

interface JobcentreCall {
  db: Db;
  now: () => Date;
  scope: { kommunekode: string };
  /** As read with the session (null when the call had none of its own: a sync push's replay). */
  kommuneState: KommuneState | null;
}

/** The caller's kommune's per-citizen results as of today in Denmark, at its state when the call began. */
export async function callerKommuneResults(ctx: JobcentreCall) {
  const { kommunekode } = ctx.scope;
  const asOf = copenhagenToday(ctx.now());
  const state = ctx.kommuneState ?? (await kommuneState(ctx.db, kommunekode));
  return { asOf, state, results: await kommuneResults(ctx.db, kommunekode, state, asOf) };
}
