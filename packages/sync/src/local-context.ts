import { createContext, type Context, type CreateContextOptions } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import { prepareLocalDatabase } from "./local-database.js";
import { outboxHook } from "./outbox.js";

export interface LocalContextOptions extends Omit<CreateContextOptions, "db" | "dbKind" | "changeHook" | "localReplica"> {
  /** The desktop's PGlite database. */
  database: Database;
}

/**
 * The context for running the app router on the desktop: the same procedures as the server, on the
 * local database, with every mutation also written to the sync outbox in its own transaction.
 */
export async function createLocalContext(options: LocalContextOptions): Promise<Context> {
  const { database, ...rest } = options;
  await prepareLocalDatabase(database);
  // A local copy: notifications are the server's to write, and what needs live data says so.
  return createContext({ ...rest, db: database.db, dbKind: database.kind, changeHook: outboxHook(database, rest.now), localReplica: true });
}
