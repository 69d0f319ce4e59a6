/**
 * What the desktop does with the server's answers to a push: applied changes leave the outbox;
 * conflicts stay in it for the caseworker, and the server's versions replace the local ones.
 */
import { inArray, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { PushResult, SyncResult } from "@kontaktplan/schema";
import { applyEach } from "./apply.js";
import type { OutboxRow } from "./outbox.js";

const { syncHeads, syncOutbox } = tables;

type Conflict = Extract<SyncResult, { status: "conflict" }>;

export interface Answered {
  applied: number;
  conflicts: number;
  duplicates: number;
}

/** Raise each entity's known server version to at least the given position. */
async function raiseHeads(db: Db, seqs: readonly { entity: string; id: string; seq: number }[]): Promise<void> {
  if (seqs.length === 0) return;
  const values = sql.join(
    seqs.map((s) => sql`(${s.entity}, ${s.id}, ${s.seq}::bigint)`),
    sql`, `,
  );
  await db.execute(
    sql`update ${syncHeads} as h set seq = greatest(h.seq, v.seq)
        from (values ${values}) as v(entity, entity_id, seq)
        where h.entity = v.entity and h.entity_id = v.entity_id`,
  );
}

/** The changes are answered: later changes of their entities no longer wait on them. */
async function releaseHeads(db: Db, changeIds: readonly string[]): Promise<void> {
  if (changeIds.length > 0)
    await db
      .update(syncHeads)
      .set({ changeId: null })
      .where(inArray(syncHeads.changeId, [...changeIds]));
}

export async function recordAnswers(db: Db, batch: readonly OutboxRow[], response: PushResult): Promise<Answered> {
  const answers = new Map(response.results.map((r) => [r.id, r]));
  const applied: string[] = [];
  const conflicts: { row: OutboxRow; result: Conflict }[] = [];
  const seqs: { entity: string; id: string; seq: number }[] = [];
  let duplicates = 0;
  for (const row of batch) {
    const answer = answers.get(row.id);
    if (!answer) throw new Error(`push: no answer for change ${row.id}`);
    if (answer.duplicate) duplicates++;
    if (answer.result.status === "applied") {
      applied.push(row.id);
      seqs.push(...answer.result.seqs);
    } else {
      conflicts.push({ row, result: answer.result });
    }
  }
  if (applied.length > 0) await db.delete(syncOutbox).where(inArray(syncOutbox.id, applied));
  await raiseHeads(db, seqs);
  for (const { row, result } of conflicts) {
    await db
      .update(syncOutbox)
      .set({ status: "conflict", result })
      .where(sql`${syncOutbox.id} = ${row.id}`);
    // The server kept its version: from now on the desktop shows it and builds on it.
    await applyEach(db, result.server);
    const touched = [...row.base.map((b) => ({ entity: b.entity, id: b.id })), ...row.local.map((l) => ({ entity: l.entity, id: l.entityId }))];
    await raiseHeads(
      db,
      touched.map((t) => ({ ...t, seq: result.serverSeq })),
    );
  }
  await releaseHeads(db, [...applied, ...conflicts.map((c) => c.row.id)]);
  return { applied: applied.length, conflicts: conflicts.length, duplicates };
}
