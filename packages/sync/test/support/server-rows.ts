/** What the server holds after a sync: read straight from its database (no vitest here, so the bench can use it). */
import { and, eq, inArray, sql } from "drizzle-orm";
import { tables, type Database } from "@kontaktplan/db";

/** How many change-log rows the server wrote for each entity: 1 means applied exactly once. */
export async function changesPerEntity(database: Database, ids: readonly string[]): Promise<Record<string, number>> {
  const rows = await database.db
    .select({ id: tables.changeLog.entityId, n: sql<number>`count(*)::int` })
    .from(tables.changeLog)
    .where(inArray(tables.changeLog.entityId, [...ids]))
    .groupBy(tables.changeLog.entityId);
  return Object.fromEntries(ids.map((id) => [id, rows.find((r) => r.id === id)?.n ?? 0]));
}

export async function meetingOn(database: Database, id: string) {
  const [row] = await database.db.select().from(tables.meetings).where(eq(tables.meetings.id, id));
  return row;
}

export async function syncedKeys(database: Database, userId: string): Promise<number> {
  const rows = await database.db
    .select()
    .from(tables.syncApplied)
    .where(and(eq(tables.syncApplied.userId, userId)));
  return rows.length;
}
