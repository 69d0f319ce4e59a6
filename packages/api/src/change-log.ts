/**
 * The change log the desktop app syncs from: one row per written entity, in the same transaction
 * as the write, tagged with the kommune whose jobcentre may pull it.
 */
import { defined } from "@kontaktplan/rules";
import { AsyncLocalStorage } from "node:async_hooks";
import { tables, type Db } from "@kontaktplan/db";
import type {
  ChangeEntity,
  ForloebRecord,
  JointBookingRecord,
  JointProposal,
  MeetingRecord,
  RequestRecord,
  SlotRecord,
  SyncPause,
  SyncSetting,
  UserRoleCode,
} from "@kontaktplan/schema";

/**
 * What an upsert carries, per entity: the API's record of it where the desktop replicates the
 * entity (its outbox keeps this as its own version of it, and shows it in a conflict), or the few
 * facts the pull needs where it re-reads the row anyway. Never a CPR number.
 */
interface UpsertPayloads {
  forloeb: ForloebRecord;
  pause: SyncPause;
  meeting: MeetingRecord;
  request: RequestRecord;
  slot: SlotRecord;
  joint_booking: JointBookingRecord;
  joint_proposal: JointProposal;
  setting: SyncSetting;
  /** The caseload the citizen is on now and, when it moved, the one it left (the pull sends it as gone there). */
  citizen: { caseworkerId: string | null; previousCaseworkerId?: string | null };
  user: { name: string; role: UserRoleCode; teamId: string | null; disabled: boolean };
  team: { name: string };
}

/** What a delete carries: the parent the desktop files the entity under. */
interface DeletePayloads {
  forloeb: { citizenId: string };
  pause: { forloebId: string };
  meeting: { forloebId: string };
  request: { forloebId: string };
  slot: { withdrawn: true };
}

interface ChangeOf<E extends ChangeEntity, Op extends "upsert" | "delete", P> {
  kommunekode: string;
  entity: E;
  /** `setting` rows carry the jobcentre's organisation id: settings are keyed by text, not by uuid. */
  entityId: string;
  op: Op;
  payload: P;
}

/** One change-log row to write: an entity's new version, or its removal, in the shape its entity fixes. */
export type Change =
  | { [E in keyof UpsertPayloads]: ChangeOf<E, "upsert", UpsertPayloads[E]> }[keyof UpsertPayloads]
  | { [E in keyof DeletePayloads]: ChangeOf<E, "delete", DeletePayloads[E]> }[keyof DeletePayloads];

/** A written change and the row's position in the change log. */
export type RecordedChange = Change & { seq: number };

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
  const rows = await db
    .insert(tables.changeLog)
    .values([...changes])
    .returning({ seq: tables.changeLog.seq });
  await listener(
    db,
    changes.map((change, i) => ({ ...change, seq: defined(rows[i], "the position of each change written").seq })),
  );
}
