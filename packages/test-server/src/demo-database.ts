import type { Database, DbKind } from "@kontaktplan/db";
import { seedDemoDataIfEmpty } from "@kontaktplan/demo";
import type { Day } from "@kontaktplan/rules";
import { freshDatabase } from "@kontaktplan/testing";

/**
 * A fresh, migrated database of `kind` with the demo data laid out around `today`, as the server
 * seeds it on its first start. Close it when done.
 */
export async function demoDatabase(kind: DbKind, today: Day): Promise<Database> {
  const database = await freshDatabase(kind);
  try {
    await seedDemoDataIfEmpty(database.db, today);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
