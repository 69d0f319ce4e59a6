import { tables, type Db, type DbKind, type Database } from "@kontaktplan/db";
import { freshDatabase } from "@kontaktplan/db/testing";
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";

/** The first database of a kind in a process migrates its template, which is slow on a busy machine. */
export const SETUP_TIMEOUT_MS = 180_000;

/** One fresh database of `kind` for the enclosing suite; tests keep apart by creating their own rows. */
export function useFreshDatabase(kind: DbKind): () => Db {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => database?.close());
  return () => {
    if (!database) throw new Error("the database is opened in beforeAll");
    return database.db;
  };
}

/** Rows of a raw query; both drivers answer with `{ rows }`. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Expects the database itself (not our code) to refuse `query` by the named constraint. */
export async function expectRefusedBy(query: PromiseLike<unknown>, constraint: string): Promise<void> {
  const error: unknown = await Promise.resolve(query).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `the database accepted what ${constraint} should refuse`).toBeDefined();
  // Drizzle wraps the driver's error; node-postgres and PGlite both name the violated constraint.
  const cause = error instanceof Error ? (error.cause as { constraint?: string; message?: string } | undefined) : undefined;
  expect(cause?.constraint, cause?.message ?? String(error)).toBe(constraint);
}

export interface Organisations {
  readonly kommunekode: string;
  readonly jobcenterId: string;
  readonly akasseId: string;
  readonly otherAkasseId: string;
}

/** One jobcentre and two a-kasser, so tests can book with the right and the wrong a-kasse. */
export async function addOrganisations(db: Db): Promise<Organisations> {
  const kommunekode = "101";
  const [jobcenter, akasse, otherAkasse] = await db
    .insert(tables.organisations)
    .values([
      { kind: "jobcenter", name: "Jobcenter København", kommunekode },
      { kind: "akasse", name: "A-kasse Nord" },
      { kind: "akasse", name: "A-kasse Syd" },
    ])
    .returning({ id: tables.organisations.id });
  if (!jobcenter || !akasse || !otherAkasse) throw new Error("organisations were not inserted");
  return { kommunekode, jobcenterId: jobcenter.id, akasseId: akasse.id, otherAkasseId: otherAkasse.id };
}

let citizenCount = 0;

/** A citizen with a fictitious CPR number, unique within this test process. */
export async function addCitizen(db: Db, organisations: Organisations): Promise<string> {
  citizenCount += 1;
  const [citizen] = await db
    .insert(tables.citizens)
    .values({ kommunekode: organisations.kommunekode, cpr: `0101${String(citizenCount).padStart(6, "0")}`, name: `Borger ${citizenCount}` })
    .returning({ id: tables.citizens.id });
  if (!citizen) throw new Error("citizen was not inserted");
  return citizen.id;
}

export type NewForloeb = typeof tables.forloeb.$inferInsert;

export async function addForloeb(db: Db, values: NewForloeb): Promise<string> {
  const [forloeb] = await db.insert(tables.forloeb).values(values).returning({ id: tables.forloeb.id });
  if (!forloeb) throw new Error("forløb was not inserted");
  return forloeb.id;
}
