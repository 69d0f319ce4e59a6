import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { fileURLToPath } from "node:url";
import * as schema from "./schema.js";

/** The query API both drivers share; everything above this package sees only this. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

export interface Database {
  readonly db: Db;
  readonly kind: DbKind;
  /** Apply every pending migration (the same SQL files on both kinds). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL("../migrations", import.meta.url));

export type OpenOptions =
  /** PostgreSQL at a connection URL. */
  | { url: string; maxConnections?: number }
  /** Embedded PGlite in a data folder (created on first open), or in memory when absent. */
  | { dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if ("url" in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // pg emits a lost connection (server restart, dropped socket) as an `error` event, and an
    // unhandled one would end the process: on the pool for idle connections, on the client itself
    // for one checked out (in a transaction, between two queries). The pool discards such a
    // connection and the work using it fails on its own; report only the code, since driver
    // messages may quote query parameters.
    const report = (state: string) => (error: Error & { code?: string }) => {
      process.stderr.write(`PostgreSQL: en ${state} forbindelse blev afbrudt (${error.code ?? "ukendt kode"})\n`);
    };
    pool.on("error", report("ledig"));
    pool.on("connect", (client) => client.on("error", report("aktiv")));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS }),
      close: () => pool.end(),
    };
  }
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { btree_gist },
  });
  const db = drizzlePglite(client, { schema });
  const database: Database = {
    db: db as unknown as Db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS }),
    close: () => client.close(),
  };
  pgliteClients.set(database, client);
  return database;
}

/** The PGlite client behind each embedded database, kept out of `Database` so callers never reach past Drizzle. */
const pgliteClients = new WeakMap<Database, PGlite>();

/**
 * A snapshot of an embedded database's data folder, to open copies from with `loadDataDir`:
 * tests migrate one template and start each fresh database from it in a fraction of the time.
 */
export function dumpPgliteDataDir(database: Database): Promise<File | Blob> {
  const client = pgliteClients.get(database);
  if (!client) throw new Error("dumpPgliteDataDir: not an embedded (PGlite) database");
  // Uncompressed: the snapshot stays in memory and is loaded many times, so gzip would only cost time.
  return client.dumpDataDir("none");
}
