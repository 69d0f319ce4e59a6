/** The conflicts waiting in the outbox, and the caseworker's choice for one. */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { LoggedChange, SyncRecord, SyncResult } from "@kontaktplan/schema";
import { advanceHeads, baseOf, cursorOf, type OutboxRow } from "./outbox.js";
import type { ConflictChoice, SyncConflict } from "./types.js";

const { citizens, forloeb, syncOutbox } = tables;

type Conflict = Extract<SyncResult, { status: "conflict" }>;

function conflictOf(row: OutboxRow): Conflict {
  const result = row.result as SyncResult | null;
  if (result?.status !== "conflict") throw new Error(`outbox: change ${row.id} has no conflict`);
  return result;
}

/** The forløb a change is about: its own id, or the one its meeting, pause or request belongs to. */
function forloebIdOf(local: readonly LoggedChange[]): string | null {
  const first = local[0];
  if (!first) return null;
  if (first.entity === "forloeb") return first.entityId;
  const forloebId = first.payload.forloebId;
  return typeof forloebId === "string" ? forloebId : null;
}

async function citizenOf(db: Db, forloebId: string | null): Promise<{ id: string; name: string } | null> {
  if (forloebId === null) return null;
  const [row] = await db
    .select({ id: citizens.id, name: citizens.name })
    .from(forloeb)
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(eq(forloeb.id, forloebId));
  return row ?? null;
}

export async function listConflicts(db: Db): Promise<SyncConflict[]> {
  const rows = await db.select().from(syncOutbox).where(eq(syncOutbox.status, "conflict")).orderBy(asc(syncOutbox.position));
  const conflicts: SyncConflict[] = [];
  for (const row of rows) {
    const result = conflictOf(row);
    const local = row.local as LoggedChange[];
    const citizen = await citizenOf(db, forloebIdOf(local));
    conflicts.push({
      id: row.id,
      reason: result.reason,
      message: result.message,
      path: row.path,
      input: row.input,
      subject: local[0] ? { entity: local[0].entity, id: local[0].entityId } : null,
      citizenId: citizen?.id ?? null,
      citizenName: citizen?.name ?? null,
      mine: local,
      theirs: result.server,
      madeAt: new Date(row.madeAt).toISOString(),
    });
  }
  return conflicts;
}

/** The inputs that name the version of what they change: by which id, of which entity. */
const VERSIONED = [
  ["forloebId", "forloeb"],
  ["meetingId", "meeting"],
] as const;

/**
 * An edit of a forløb or a meeting carries the version it was made on; kept against the server's
 * newer version it must name that one, or the procedure would refuse it as stale.
 */
function rebased(input: unknown, server: readonly SyncRecord[]): unknown {
  if (input === null || typeof input !== "object" || !("version" in input)) return input;
  for (const [key, entity] of VERSIONED) {
    const id = (input as Record<string, unknown>)[key];
    const current = server.find((r) => r.entity === entity && r.id === id);
    if ((current?.entity === "forloeb" || current?.entity === "meeting") && current.record) return { ...input, version: current.record.version };
  }
  return input;
}

/**
 * `theirs`: the local database already shows the server's version; the change is dropped.
 * `mine`: the change is queued again as a new change, based on the server's version, so the next
 * push applies it over the server's (unless the server refuses it again).
 */
export async function resolveConflict(db: Db, conflictId: string, choice: ConflictChoice, now: Date): Promise<void> {
  const [row] = await db
    .select()
    .from(syncOutbox)
    .where(and(eq(syncOutbox.id, conflictId), eq(syncOutbox.status, "conflict")));
  if (!row) throw new Error("Konflikten findes ikke; den er måske allerede løst");
  const result = conflictOf(row);
  await db.delete(syncOutbox).where(eq(syncOutbox.id, row.id));
  if (choice === "theirs") return;
  const floor = Math.max(await cursorOf(db), result.serverSeq);
  const base = [];
  for (const b of row.base) base.push(await baseOf(db, b.entity, b.id, floor));
  const id = randomUUID();
  await db.insert(syncOutbox).values({
    id,
    idempotencyKey: randomUUID(),
    path: row.path,
    input: rebased(row.input, result.server),
    createdIds: row.createdIds,
    base,
    local: row.local,
    madeAt: now.toISOString(),
  });
  await advanceHeads(db, id, [...row.base.map((b) => ({ entity: b.entity, id: b.id })), ...row.local.map((l) => ({ entity: l.entity, id: l.entityId }))]);
}
