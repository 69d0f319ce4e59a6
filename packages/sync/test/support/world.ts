/** Each test's server: a fresh PostgreSQL database with a seeded kommune, served over real HTTP. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterEach, beforeEach } from "vitest";
import { tables, type Database } from "@kontaktplan/db";
import { freshDatabase } from "@kontaktplan/testing";
import { seedKommune, type Kommune } from "./fixture.js";
import { startServer, type RunningServer } from "./server.js";

export interface ServerWorld {
  database: Database;
  kommune: Kommune;
  server: RunningServer;
}

/** A fresh server for every test; `cleanup` registers what the test opens (desktops, restarted servers). */
export function useServer(citizens = 6): { readonly world: ServerWorld; cleanup(close: () => Promise<void>): void } {
  let world: ServerWorld | undefined;
  let closers: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    const database = await freshDatabase("postgres");
    const kommune = await seedKommune(database.db, { citizens });
    world = { database, kommune, server: await startServer(database) };
  });
  afterEach(async () => {
    for (const close of closers.reverse()) await close();
    closers = [];
    await world?.server.stop();
    await world?.database.close();
  });
  return {
    get world() {
      if (!world) throw new Error("useServer: no server outside a test");
      return world;
    },
    cleanup(close) {
      closers.push(close);
    },
  };
}

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
  const rows = await database.db.select().from(tables.syncApplied).where(and(eq(tables.syncApplied.userId, userId)));
  return rows.length;
}

/** Wait for a condition the engine reaches on its own (status updates after a local write). */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("until: condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
