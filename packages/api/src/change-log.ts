/**
 * The change log the desktop app syncs from: one row per written entity, in the same transaction
 * as the write, tagged with the kommune whose jobcentre may pull it.
 */
import { tables, type Db } from "@kontaktplan/db";

export interface Change {
  kommunekode: string;
  /** `setting` rows carry the jobcentre's organisation id: settings are keyed by text, not by uuid. */
  entity: "forloeb" | "pause" | "meeting" | "request" | "slot" | "joint_booking" | "joint_proposal" | "setting";
  entityId: string;
  op: "upsert" | "delete";
  payload: Record<string, unknown>;
}

export async function recordChanges(db: Db, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insert(tables.changeLog).values([...changes]);
}
