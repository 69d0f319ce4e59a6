/**
 * `@kontaktplan/demo`: the fictitious demo world (kommuner, a-kasser, citizens, meetings) laid out
 * around a given day, and the seed that writes it into an empty database. The server seeds it on
 * first start; tests seed it to have every state at hand.
 */
import { hashPassword } from "@kontaktplan/api";
import { tables, type Db } from "@kontaktplan/db";
import type { Day } from "@kontaktplan/rules";
import { inArray, sql } from "drizzle-orm";
import { buildDemoData, demoLogins, type DemoData } from "./demo-data.js";
import { insertDemoData } from "./insert.js";
import { DEMO_PASSWORD, type DemoLogin } from "./organisations.js";

export { buildDemoData, demoLogins, type DemoData } from "./demo-data.js";
export { FIRST_NAMES, LAST_NAMES } from "./names.js";
export { DEMO_PASSWORD, type DemoLogin } from "./organisations.js";

/** Serialises seeding when several servers start on one empty PostgreSQL at once. */
const SEED_LOCK_KEY = 7_301_018;

export interface SeedOutcome {
  /** False when the database already held organisations, so nothing was written. */
  seeded: boolean;
  /** Rows written per table (empty when nothing was seeded). */
  counts: Record<string, number>;
  ms: number;
}

/**
 * Seed the fictitious demo data when the database has no organisations at all, in one
 * transaction, so a failed seed leaves an empty database that the next start seeds again.
 */
export async function seedDemoDataIfEmpty(db: Db, today: Day): Promise<SeedOutcome> {
  const started = performance.now();
  const skipped = (): SeedOutcome => ({ seeded: false, counts: {}, ms: performance.now() - started });
  if ((await db.$count(tables.organisations)) > 0) return skipped();

  const data = buildDemoData(today);
  // Hashing is the slow part (a memory-hard KDF), so it happens before the transaction opens, and
  // once: every demo user has the same published password, so a salt per user would protect nothing.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const passwordHashes = new Map(data.users.map((u) => [u.id, demoHash] as const));
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if ((await tx.$count(tables.organisations)) > 0) return false;
    await insertDemoData(tx, data, passwordHashes);
    return true;
  });
  if (!seeded) return skipped();
  return { seeded, counts: countRows(data), ms: performance.now() - started };
}

/** The demo logins that exist in the database: all of them after a seed, none in a database without demo data. */
export async function demoLoginsPresent(db: Db): Promise<DemoLogin[]> {
  const logins = demoLogins();
  const present = await db
    .select({ email: tables.users.email })
    .from(tables.users)
    .where(
      inArray(
        tables.users.email,
        logins.map((l) => l.email),
      ),
    );
  const emails = new Set(present.map((p) => p.email));
  return logins.filter((l) => emails.has(l.email));
}

function countRows(data: DemoData): Record<string, number> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => key !== "logins")
      .map(([table, rows]) => [table, rows.length]),
  );
}
