/**
 * The audit trail: who read or wrote which citizen's data. Writers pass their transaction so the
 * row commits or rolls back with the change. Details hold ids and field names, never a CPR number.
 */
import { tables, type Db } from "@kontaktplan/db";

export interface Actor {
  userId: string;
}

export async function audit(
  db: Db,
  actor: Actor,
  action: string,
  citizenIds: string | readonly string[] | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  const ids = citizenIds === null ? [null] : typeof citizenIds === "string" ? [citizenIds] : [...new Set(citizenIds)];
  if (ids.length === 0) return;
  await db.insert(tables.auditLog).values(ids.map((citizenId) => ({ userId: actor.userId, action, citizenId, details })));
}
