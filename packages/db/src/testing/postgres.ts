import { randomBytes } from "node:crypto";
import { openDatabase, type Database } from "../index.js";
import pg from "pg";
import { startCluster, stopCluster, stopClusterWhenProcessEnds } from "./cluster.js";

/** Set by `scripts/test.sh` to one cluster shared by the whole run. */
const URL_VARIABLE = "KONTAKTPLAN_TEST_PG_URL";
const TEMPLATE = "kontaktplan_template";
/** The template is migrated under this name and renamed when done, so a crash never leaves a half-migrated template. */
const TEMPLATE_BUILDING = "kontaktplan_template_building";
/** Serialises template creation across every test process on one cluster (advisory locks are per database). */
const TEMPLATE_LOCK = 4_746_218;

let url: Promise<string> | undefined;
let template: Promise<void> | undefined;

/**
 * The URL of a running PostgreSQL for tests: `KONTAKTPLAN_TEST_PG_URL` when set, otherwise a
 * private cluster started on first use and stopped when this process ends.
 */
export function postgresUrl(): Promise<string> {
  url ??= fromEnvironmentOrPrivateCluster();
  return url;
}

/** A new, isolated, migrated database, copied from a template migrated once per cluster. Close it when done. */
export async function freshPostgres(): Promise<Database> {
  const server = await postgresUrl();
  template ??= ensureTemplate(server);
  await template;
  const database = await createDatabase(server, TEMPLATE);
  // A template on a long-lived server may predate newer migrations; applying none costs a few milliseconds.
  await database.migrate();
  return database;
}

/** A new database with no migrations applied, for testing the migrations themselves. Close it when done. */
export async function emptyPostgres(): Promise<Database> {
  return createDatabase(await postgresUrl(), "template0");
}

async function fromEnvironmentOrPrivateCluster(): Promise<string> {
  const shared = process.env[URL_VARIABLE];
  if (shared) return shared;
  const cluster = await startCluster();
  process.once("exit", () => stopCluster(cluster.dataDir));
  stopClusterWhenProcessEnds(cluster.dataDir, process.pid);
  return cluster.url;
}

async function ensureTemplate(server: string): Promise<void> {
  await withClient(server, async (client) => {
    // Released when the session ends, also if migrating fails.
    await client.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    const existing = await client.query("select 1 from pg_database where datname = $1", [TEMPLATE]);
    if (existing.rowCount) return;
    await client.query(`drop database if exists ${TEMPLATE_BUILDING}`);
    await client.query(`create database ${TEMPLATE_BUILDING}`);
    const building = await openDatabase({ url: databaseUrl(server, TEMPLATE_BUILDING), maxConnections: 1 });
    try {
      await building.migrate();
    } finally {
      await building.close();
    }
    await client.query(`alter database ${TEMPLATE_BUILDING} rename to ${TEMPLATE}`);
  });
}

/** A uniquely named copy of `template` that is dropped again when it is closed. */
async function createDatabase(server: string, template: string): Promise<Database> {
  const name = `kontaktplan_test_${randomBytes(8).toString("hex")}`;
  await withClient(server, (client) => client.query(`create database ${name} template ${template}`));
  const database = await openDatabase({ url: databaseUrl(server, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      // Not `with (force)`: the pool's connections are still closing, and a connection the server
      // terminates raises an error on a pool that has no listener left, which kills the process.
      // A plain drop waits for them to go.
      await withClient(server, (client) => client.query(`drop database ${name}`));
    },
  };
}

async function withClient<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
