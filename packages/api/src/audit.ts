/**
 * The audit trail: who read or wrote which citizen's data. Writers pass their transaction so the
 * row commits or rolls back with the change; reads use `auditRead`, whose rows concurrent requests
 * insert together. Details hold ids and field names, never a CPR number.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { batchedInsert, perDatabase } from "./batch.js";
import { pgArray } from "./sql-arrays.js";

export interface Actor {
  /** Null for what an operator did on the server itself (the `kontakt admin` command). */
  userId: string | null;
}

type AuditRow = typeof tables.auditLog.$inferInsert;

/** Who did what to which citizens (none: null), with ids and field names as details. */
type AuditArgs = [actor: Actor, action: string, citizenIds: string | readonly string[] | null, details?: Record<string, unknown>];

function rowsOf(...[actor, action, citizenIds, details = {}]: AuditArgs): AuditRow[] {
  const ids = citizenIds === null ? [null] : typeof citizenIds === "string" ? [citizenIds] : [...new Set(citizenIds)];
  return ids.map((citizenId) => ({ userId: actor.userId, action, citizenId, details }));
}

/** Arrays in, rows out: the statement costs the same to build for one row or for a hundred. */
async function insertRows(db: Db, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into audit_log (user_id, action, citizen_id, details)
    select * from unnest(
      ${pgArray(
        rows.map((r) => r.userId ?? null),
        "uuid",
      )},
      ${pgArray(
        rows.map((r) => r.action),
        "text",
      )},
      ${pgArray(
        rows.map((r) => r.citizenId ?? null),
        "uuid",
      )},
      ${pgArray(
        rows.map((r) => JSON.stringify(r.details ?? {})),
        "jsonb",
      )})`);
}

// The rows held back by `withAuditsTogether` for the writes running in this async context.
const heldBack = new AsyncLocalStorage<AuditRow[]>();

/** Audit inside a write's transaction. */
export async function audit(db: Db, ...args: AuditArgs): Promise<void> {
  const rows = rowsOf(...args);
  const held = heldBack.getStore();
  if (held) held.push(...rows);
  else await insertRows(db, rows);
}

/**
 * Run many writes on `db` (one transaction) and insert all their audit rows in one statement at
 * the end, still inside that transaction: a sync push replays thousands of changes, and a round
 * trip per audit row would be a large share of its time. If `work` fails, nothing is inserted.
 */
export async function withAuditsTogether<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const rows: AuditRow[] = [];
  const result = await heldBack.run(rows, work);
  await insertRows(db, rows);
  return result;
}

const groupInsert = perDatabase((db: Db) => batchedInsert<AuditRow>((rows) => insertRows(db, rows)));

/**
 * Audit a read (outside any transaction): resolves once the row is committed, so no data leaves the
 * server unaudited; concurrent reads share one insert (group commit).
 */
export function auditRead(db: Db, ...args: AuditArgs): Promise<void> {
  return groupInsert(db)(rowsOf(...args));
}
