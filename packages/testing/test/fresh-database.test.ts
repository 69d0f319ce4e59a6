import { tables, type Database } from "@kontaktplan/db";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS, freshDatabase, postgresUrl } from "../src/index.js";

/** The first database of a kind in a process migrates its template, which is slow on a busy machine. */
const SETUP_TIMEOUT_MS = 180_000;

describe.each(DATABASE_KINDS)("freshDatabase(%s)", (kind) => {
  const opened: Database[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
  });
  const open = async () => {
    const database = await freshDatabase(kind);
    opened.push(database);
    return database;
  };

  it(
    "gives every caller its own migrated database",
    async () => {
      const [one, other] = [await open(), await open()];
      expect(one.kind).toBe(kind);
      await one.db.insert(tables.settings).values({ key: "regelsaet", value: "forenklet" });
      expect(await one.db.select().from(tables.settings)).toHaveLength(1);
      expect(await other.db.select().from(tables.settings)).toHaveLength(0);
    },
    SETUP_TIMEOUT_MS,
  );
});

describe("freshDatabase(postgres)", () => {
  it(
    "drops the database when it is closed",
    async () => {
      const database = await freshDatabase("postgres");
      const result = (await database.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
      const name = result.rows[0]?.name;
      expect(name).toMatch(/^kontaktplan_test_/);
      await database.close();
      const admin = new pg.Client({ connectionString: await postgresUrl() });
      await admin.connect();
      try {
        expect((await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount).toBe(0);
      } finally {
        await admin.end();
      }
    },
    SETUP_TIMEOUT_MS,
  );
});
