import { defined } from "@kontaktplan/rules";
import { tables, type Db } from "@kontaktplan/db";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { DemoData } from "./demo-data.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (meetings, 14 columns). */
const BATCH = 1000;

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.insert(table).values(rows.slice(i, i + BATCH));
}

/** Insert the demo rows, parents before children, inside the caller's transaction. */
export async function insertDemoData(tx: Tx, data: DemoData, passwordHashes: ReadonlyMap<string, string>): Promise<void> {
  await insertAll(tx, tables.organisations, data.organisations);
  await insertAll(tx, tables.teams, data.teams);
  await insertAll(
    tx,
    tables.users,
    data.users.map((u) => ({ ...u, passwordHash: defined(passwordHashes.get(u.id), "the hash of each demo user's password") })),
  );
  await insertAll(tx, tables.citizens, data.citizens);
  await insertAll(tx, tables.forloeb, data.forloeb);
  await insertAll(tx, tables.pauses, data.pauses);
  await insertAll(tx, tables.meetings, data.meetings);
  await insertAll(tx, tables.requests, data.requests);
  await insertAll(tx, tables.slots, data.slots);
  // Proposals first: a booking made by accepting one points at it.
  await insertAll(tx, tables.jointProposals, data.jointProposals);
  await insertAll(tx, tables.jointBookings, data.jointBookings);
}
