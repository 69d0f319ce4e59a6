/**
 * The outbox: every mutation of the local router becomes one row, written by the change hook in
 * the mutation's own transaction, so a local change and its outbox entry exist together or not at
 * all. The row holds what the server needs to replay the call: procedure, raw input, the ids it
 * created and the versions of the entities it modified.
 */
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { ChangeHook, RecordedChange } from "@kontaktplan/api";
import { tables, type Database, type Db } from "@kontaktplan/db";
import type { ChangeEntity, LoggedChange, SyncBaseEntity, SyncChange } from "@kontaktplan/schema";

const { syncHeads, syncOutbox, syncState } = tables;

export type OutboxRow = typeof syncOutbox.$inferSelect;

// Who wants to hear of new outbox rows of a database (the engine's status).
const watchers = new WeakMap<Database, Set<() => void>>();

/** Call `listener` after each local change reaches the outbox; returns the unsubscribe function. */
export function watchOutbox(database: Database, listener: () => void): () => void {
  let set = watchers.get(database);
  if (!set) watchers.set(database, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

function notify(database: Database): void {
  // After the current turn: the listener's queries then queue behind the writing transaction.
  setImmediate(() => {
    for (const listener of watchers.get(database) ?? []) listener();
  });
}

/** The ids this transaction created so far (see migration 0006) and the pull position, in one query. */
async function createdIdsAndCursor(tx: Db): Promise<{ createdIds: [string, string][]; cursor: number }> {
  const result = await tx.execute(
    sql`select current_setting('kontaktplan.capture_ids', true) as capture,
               current_setting('kontaktplan.created_ids', true) as created,
               (select ${syncState.cursor} from ${syncState}) as cursor`,
  );
  const [row] = (result as unknown as { rows: { capture: string | null; created: string | null; cursor: number | string | null }[] }).rows;
  if (row?.capture !== "on") throw new Error("outbox: id capture is off; open the local database with prepareLocalDatabase first");
  return { createdIds: row.created ? (JSON.parse(row.created) as [string, string][]) : [], cursor: Number(row.cursor ?? 0) };
}

/** The change-log position the local database has pulled up to (0 before the first download). */
export async function cursorOf(db: Db): Promise<number> {
  const [state] = await db.select({ cursor: syncState.cursor }).from(syncState);
  return state?.cursor ?? 0;
}

/**
 * What a change of this entity is based on: the newest server version known locally, and this
 * desktop's last change of it whose answer has not come back yet.
 */
export async function baseOf(db: Db, entity: LoggedChange["entity"], id: string, cursor: number): Promise<SyncBaseEntity> {
  const [head] = await db
    .select()
    .from(syncHeads)
    .where(and(eq(syncHeads.entity, entity), eq(syncHeads.entityId, id)));
  return { entity, id, seq: Math.max(cursor, head?.seq ?? 0), after: head?.changeId ?? null };
}

/** Mark `changeId` as the latest local change of each entity. */
export async function advanceHeads(db: Db, changeId: string, entities: readonly { entity: ChangeEntity; id: string }[]): Promise<void> {
  const unique = new Map(entities.map((e) => [`${e.entity}:${e.id}`, e]));
  if (unique.size === 0) return;
  await db
    .insert(syncHeads)
    .values([...unique.values()].map((e) => ({ entity: e.entity, entityId: e.id, changeId })))
    .onConflictDoUpdate({ target: [syncHeads.entity, syncHeads.entityId], set: { changeId: sql`excluded.change_id` } });
}

function uniqueEntities(changes: readonly RecordedChange[]): { entity: RecordedChange["entity"]; id: string }[] {
  const seen = new Map<string, { entity: RecordedChange["entity"]; id: string }>();
  for (const c of changes) seen.set(`${c.entity}:${c.entityId}`, { entity: c.entity, id: c.entityId });
  return [...seen.values()];
}

/**
 * The hook for the local router's context: each mutation call gets one outbox row, grown by every
 * change-log write of the call.
 */
export function outboxHook(database: Database, now: () => Date = () => new Date()): ChangeHook {
  return (call) => {
    let changeId: string | null = null;
    const base = new Map<string, SyncBaseEntity>();
    const local: LoggedChange[] = [];
    return async (tx, changes) => {
      const { createdIds, cursor } = await createdIdsAndCursor(tx);
      const created = new Set(createdIds.map(([, id]) => id));
      const entities = uniqueEntities(changes);
      for (const e of entities) {
        const key = `${e.entity}:${e.id}`;
        if (!created.has(e.id) && !base.has(key)) base.set(key, await baseOf(tx, e.entity, e.id, cursor));
      }
      local.push(...changes.map(({ entity, entityId, op, payload }) => ({ entity, entityId, op, payload })));
      const values = { createdIds, base: [...base.values()], local };
      if (changeId === null) {
        changeId = randomUUID();
        await tx.insert(syncOutbox).values({
          id: changeId,
          idempotencyKey: randomUUID(),
          path: call.path,
          input: call.input ?? null,
          madeAt: now().toISOString(),
          ...values,
        });
      } else {
        await tx.update(syncOutbox).set(values).where(eq(syncOutbox.id, changeId));
      }
      await advanceHeads(tx, changeId, entities);
      notify(database);
    };
  };
}

/** The next pending changes, oldest first. */
export async function pendingBatch(db: Db, limit: number): Promise<OutboxRow[]> {
  return db.select().from(syncOutbox).where(eq(syncOutbox.status, "pending")).orderBy(asc(syncOutbox.position)).limit(limit);
}

export async function outboxCounts(db: Db): Promise<{ pending: number; conflicts: number }> {
  const rows = await db.select({ status: syncOutbox.status, n: count() }).from(syncOutbox).groupBy(syncOutbox.status);
  const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { pending: of("pending"), conflicts: of("conflict") };
}

export function toSyncChange(row: OutboxRow): SyncChange {
  return {
    id: row.id,
    idempotencyKey: row.idempotencyKey,
    path: row.path,
    input: row.input,
    createdIds: row.createdIds,
    base: row.base as SyncBaseEntity[],
    local: row.local as LoggedChange[],
    madeAt: new Date(row.madeAt).toISOString(),
  };
}
