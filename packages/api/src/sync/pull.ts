/**
 * Pull: the kommune's change log after a position, answered with the current version of every
 * entity it names (so repeating a pull is harmless), in order of each entity's first change.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { PullPage, SyncScope } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { currentRecords, ownersOf } from "./records.js";
import type { JobcentreScope } from "./scope.js";

const { changeLog } = tables;

export async function pullPage(db: Db, scope: JobcentreScope, input: { scope: SyncScope; since: number; limit: number }): Promise<PullPage> {
  const rows = await db
    .select({ seq: changeLog.seq, entity: changeLog.entity, entityId: changeLog.entityId, payload: changeLog.payload })
    .from(changeLog)
    .where(and(eq(changeLog.kommunekode, scope.kommunekode), gt(changeLog.seq, input.since)))
    .orderBy(asc(changeLog.seq))
    .limit(input.limit);
  const firstSeq = new Map<string, number>();
  for (const row of rows) {
    // Every setting row stands for the kommune's rule set: one record answers them all.
    const key = row.entity === "setting" ? "setting" : `${row.entity}:${row.entityId}`;
    if (!firstSeq.has(key)) firstSeq.set(key, row.seq);
  }
  const refs = rows.map((r) => ({ entity: r.entity, id: r.entityId, previousCaseworkerId: previousCaseworkerOf(r.payload) }));
  const changed = await currentRecords(db, scope, input.scope, refs);
  // A caseworker's own caseload gains citizens by assignment, after their records last changed.
  const located = input.scope === "mine" ? [...changed, ...(await ownersOf(db, changed))] : changed;
  // Records the log did not name come with one it did (a citizen entering the caseload brings all it
  // holds; a changed forløb brings its citizen): they take the citizen's position, else the page's first.
  const seqOf = ({ record, citizenId }: (typeof located)[number]) =>
    firstSeq.get(record.entity === "setting" ? "setting" : `${record.entity}:${record.id}`) ??
    firstSeq.get(`citizen:${citizenId}`) ??
    rows[0]?.seq ??
    input.since;
  const changes = located.map((l) => ({ seq: seqOf(l), record: l.record })).sort((a, b) => a.seq - b.seq);
  const citizenIds = located.flatMap((l) => (l.citizenId === null ? [] : [l.citizenId]));
  if (citizenIds.length > 0) await auditRead(db, scope, "sync.pull", citizenIds, { since: input.since });
  return {
    changes,
    cursor: rows.at(-1)?.seq ?? input.since,
    more: rows.length === input.limit,
  };
}

/** Who held a citizen before the change the row records: assignments say so in their payload. */
function previousCaseworkerOf(payload: Record<string, unknown>): string | null {
  const value = payload.previousCaseworkerId;
  return typeof value === "string" ? value : null;
}
