/**
 * The two traces a write leaves in its transaction: the audit row (who did what to which citizen)
 * and the change-log rows (what the desktops pull). Writes call this one function, so neither can
 * be left out of a write; the change-log test lists every mutation and proves what it records.
 */
import type { Db } from "@kontaktplan/db";
import { audit, type Actor } from "./audit.js";
import { recordChanges, type Change } from "./change-log.js";

export async function logWrite(
  tx: Db,
  actor: Actor,
  action: string,
  citizenIds: string | readonly string[] | null,
  details: Record<string, unknown>,
  changes: readonly Change[],
): Promise<void> {
  await audit(tx, actor, action, citizenIds, details);
  await recordChanges(tx, changes);
}
