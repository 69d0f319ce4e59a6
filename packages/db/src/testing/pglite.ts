import { dumpPgliteDataDir, openDatabase, type Database } from "../index.js";

let template: Promise<Blob> | undefined;

/**
 * A new, isolated, migrated in-memory PGlite. Migrating an empty PGlite takes seconds, so this
 * process migrates one once and starts every fresh database from its snapshot. Close it when done.
 */
export async function freshPglite(): Promise<Database> {
  template ??= migratedSnapshot();
  return openDatabase({ loadDataDir: await template });
}

/** A new in-memory PGlite with no migrations applied, for testing the migrations themselves. Close it when done. */
export function emptyPglite(): Promise<Database> {
  return openDatabase({});
}

async function migratedSnapshot(): Promise<Blob> {
  const database = await emptyPglite();
  try {
    await database.migrate();
    return await dumpPgliteDataDir(database);
  } finally {
    await database.close();
  }
}
