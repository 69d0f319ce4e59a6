import { openDatabase, type Database } from "@kontaktplan/db";
import { lockDataDir } from "@kontaktplan/db/data-lock";
import { resolve } from "node:path";

/** A profile's local database, open in this process until `close`. */
export interface LocalStore {
  readonly dataDir: string;
  readonly database: Database;
  /** Close PGlite, then release the data folder; safe to call more than once. */
  close(): Promise<void>;
}

/** The same data folder is already open in this process. */
export class StoreAlreadyOpenError extends Error {
  constructor(readonly dataDir: string) {
    super(`Den lokale database i ${dataDir} er allerede åben i Kontaktplan.`);
  }
}

// PGlite has no lock of its own and two handles on one folder corrupt it: the folder's lock keeps
// other processes out, and this set keeps a second open in this process out.
const openFolders = new Set<string>();

/**
 * Open (creating on first use) and migrate the embedded PGlite in `dataDir`, with the same
 * migrations as the server. Refused when another process or this one already has it open.
 */
export async function openLocalStore(dataDir: string): Promise<LocalStore> {
  const folder = resolve(dataDir);
  if (openFolders.has(folder)) throw new StoreAlreadyOpenError(folder);
  openFolders.add(folder);
  const lock = await lockDataDir(folder).catch((error: unknown) => {
    openFolders.delete(folder);
    throw error;
  });
  let database: Database | null = null;
  const release = async () => {
    openFolders.delete(folder);
    await lock.release();
  };
  try {
    database = await openDatabase({ dataDir: folder });
    await database.migrate();
  } catch (error) {
    await database?.close().catch(() => undefined);
    await release();
    throw error;
  }
  const opened = database;
  let closing: Promise<void> | null = null;
  return {
    dataDir: folder,
    database: opened,
    close: () => (closing ??= opened.close().finally(release)),
  };
}
