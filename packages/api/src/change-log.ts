/**
 * The change log the desktop app syncs from: one row per written entity, in the same transaction
 * as the write, tagged with the kommune whose jobcentre may pull it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { tables, type Db } from "@kontaktplan/db";
import type { ChangeEntity } from "@kontaktplan/schema";

export interface Change {
  kommunekode: string;
  /** `setting` rows carry the jobcentre's organisation id: settings are keyed by text, not by uuid. */
  entity: ChangeEntity;
  entityId: string;
  op: "upsert" | "delete";
  payload: Record<string, unknown>;
}

export interface RecordedChange extends Change {
  /** The row's position in the change log. */
  seq: number;
}

/** A mutation as it was called: what the desktop's outbox needs to replay it on the server. */
export interface MutationCall {
  path: string;
  /** The raw input, before the procedure parsed it. */
  input: unknown;
}

/**
 * Told of every change-log write of one mutation, inside the writing transaction, so whatever it
 * writes commits or rolls back with the change itself.
 */
export type ChangeListener = (tx: Db, changes: readonly RecordedChange[]) => Promise<void>;

/**
 * Opens a listener for each mutation call. The desktop passes one in its context
 * (`createContext({ changeHook })`) to fill its sync outbox; the server passes none.
 */
export type ChangeHook = (call: MutationCall) => ChangeListener;

// The listener of the mutation running in this async context: every write path reaches
// recordChanges, but not every one has the request context at hand.
const listeners = new AsyncLocalStorage<ChangeListener>();

/** Run `work` (a mutation) with `listener` told of its change-log writes. */
export function withChangeListener<T>(listener: ChangeListener, work: () => Promise<T>): Promise<T> {
  return listeners.run(listener, work);
}

export async function recordChanges(db: Db, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const listener = listeners.getStore();
  if (!listener) {
    await db.insert(tables.changeLog).values([...changes]);
    return;
  }
  const rows = await db.insert(tables.changeLog).values([...changes]).returning({ seq: tables.changeLog.seq });
  await listener(
    db,
    changes.map((change, i) => ({ ...change, seq: rows[i]!.seq })),
  );
}
