import { readFileSync } from "node:fs";
import { tables, type Database } from "@kontaktplan/db";
import { DATABASE_KINDS, emptyDatabase } from "@kontaktplan/db/testing";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rows, SETUP_TIMEOUT_MS } from "./support.js";

const journal = JSON.parse(readFileSync(new URL("../migrations/meta/_journal.json", import.meta.url), "utf8")) as { entries: unknown[] };
const schemaTables = Object.values(tables)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();

describe.each(DATABASE_KINDS)("migrations on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await emptyDatabase(kind);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => database.close());

  const appliedMigrations = async () =>
    (await rows<{ count: number }>(database.db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`))[0]?.count;

  it("apply cleanly to an empty database and create every table of the schema", async () => {
    await database.migrate();
    const created = await rows<{ name: string }>(
      database.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(created.map((t) => t.name)).toEqual(schemaTables);
    expect(await appliedMigrations()).toBe(journal.entries.length);
  });

  it("change nothing when applied again", async () => {
    await database.migrate();
    expect(await appliedMigrations()).toBe(journal.entries.length);
  });
});
