import type { Database, Db } from "@kontaktplan/db";
import { DATABASE_KINDS, freshDatabase } from "@kontaktplan/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rows, SETUP_TIMEOUT_MS } from "./support.js";

/**
 * What the migrations built, in a form that does not depend on the server version: PGlite is
 * PostgreSQL 18, Debian's server 15, and 18 also lists NOT NULL as constraints (already in `columns`).
 * The settings that change how text and times come back are part of it.
 */
const describeSchema = async (db: Db) => ({
  settings: await rows(
    db,
    sql`select current_setting('server_encoding') as encoding, datcollate, datctype, current_setting('TimeZone') as time_zone
        from pg_database where datname = current_database()`,
  ),
  columns: await rows(
    db,
    sql`select table_name, column_name, data_type, is_nullable, column_default
        from information_schema.columns where table_schema = 'public' order by table_name, column_name`,
  ),
  constraints: await rows(
    db,
    sql`select conrelid::regclass::text as table_name, conname, contype, pg_get_constraintdef(oid) as definition
        from pg_constraint where connamespace = 'public'::regnamespace and contype <> 'n' order by conname`,
  ),
  indexes: await rows(db, sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`),
});

describe("the schema", () => {
  const databases: Database[] = [];
  beforeAll(async () => {
    for (const kind of DATABASE_KINDS) databases.push(await freshDatabase(kind));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => Promise.all(databases.map((database) => database.close())));

  it("is the same on every database kind, down to encoding, sort order and time zone", async () => {
    const [first, ...others] = await Promise.all(databases.map((database) => describeSchema(database.db)));
    expect(first?.constraints).toContainEqual(expect.objectContaining({ conname: "forloeb_no_overlap_per_citizen", contype: "x" }));
    expect(others).toHaveLength(DATABASE_KINDS.length - 1);
    for (const other of others) expect(other).toEqual(first);
  });
});
