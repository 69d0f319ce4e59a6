/**
 * Migrations that move data, applied the way a deployment meets them: over a database the earlier
 * migrations built and filled, not over an empty one.
 */
import { readFileSync } from "node:fs";
import type { Database } from "@kontaktplan/db";
import { DATABASE_KINDS, emptyDatabase } from "@kontaktplan/db/testing";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { rows, SETUP_TIMEOUT_MS } from "./support.js";

const journal = JSON.parse(readFileSync(new URL("../migrations/meta/_journal.json", import.meta.url), "utf8")) as { entries: { idx: number; tag: string }[] };

/** Run one migration's statements as drizzle does (split at its breakpoints). */
async function apply(database: Database, tag: string): Promise<void> {
  const text = readFileSync(new URL(`../migrations/${tag}.sql`, import.meta.url), "utf8");
  for (const statement of text.split("--> statement-breakpoint")) if (statement.trim() !== "") await database.db.execute(sql.raw(statement));
}

async function migrateUntil(database: Database, tag: string): Promise<void> {
  for (const entry of journal.entries) {
    if (entry.tag === tag) return;
    await apply(database, entry.tag);
  }
  throw new Error(`no migration ${tag}`);
}

describe.each(DATABASE_KINDS)("data migrations on %s", (kind) => {
  let database: Database | undefined;
  afterEach(() => database?.close());

  it(
    "0012 moves rule-set settings on the old default forenklet to gaeldende and keeps a kommune's lab",
    async () => {
      database = await emptyDatabase(kind);
      await migrateUntil(database, "0012_rule_regimes");
      await database.db.execute(
        sql`insert into settings (key, value) values ('ruleSet', '"forenklet"'), ('ruleSet:101', '"lab"'), ('ruleSet:751', '"forenklet"'), ('other', '"forenklet"')`,
      );
      await apply(database, "0012_rule_regimes");
      const settings = await rows<{ key: string; value: string }>(database.db, sql`select key, value #>> '{}' as value from settings order by key`);
      expect(settings).toEqual([
        { key: "other", value: "forenklet" },
        { key: "ruleSet", value: "gaeldende" },
        { key: "ruleSet:101", value: "lab" },
        { key: "ruleSet:751", value: "gaeldende" },
      ]);
    },
    SETUP_TIMEOUT_MS,
  );
});
