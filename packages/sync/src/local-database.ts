/**
 * Preparing the desktop's PGlite database for the outbox: with `kontaktplan.capture_ids` on, every
 * id the API draws for a new row is noted in the transaction (migration 0006), so the outbox can
 * tell the server which ids the change created.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@kontaktplan/db";

const prepared = new WeakMap<Database, Promise<void>>();

/**
 * Turn id capture on for this connection and, persistently, for every later opening of the
 * database. Only for the desktop's own database: the server never captures.
 */
export function prepareLocalDatabase(database: Database): Promise<void> {
  if (database.kind !== "pglite") return Promise.reject(new Error("prepareLocalDatabase: the desktop's database is PGlite"));
  let done = prepared.get(database);
  if (!done) {
    done = (async () => {
      await database.db.execute(sql`set kontaktplan.capture_ids = 'on'`);
      await database.db.execute(sql`do $$ begin execute format('alter database %I set kontaktplan.capture_ids = on', current_database()); end $$`);
    })();
    prepared.set(database, done);
  }
  return done;
}
