import type { Database, DbKind } from "../index.js";
import { emptyPglite, freshPglite } from "./pglite.js";
import { emptyPostgres, freshPostgres } from "./postgres.js";

/** Every database kind Kontaktplan runs on; database tests run on each: `describe.each(DATABASE_KINDS)`. */
export const DATABASE_KINDS = ["pglite", "postgres"] as const satisfies readonly DbKind[];

/** A new, isolated, migrated database of this kind. Close it when done. */
export function freshDatabase(kind: DbKind): Promise<Database> {
  return kind === "pglite" ? freshPglite() : freshPostgres();
}

/** A new database of this kind with no migrations applied. Close it when done. */
export function emptyDatabase(kind: DbKind): Promise<Database> {
  return kind === "pglite" ? emptyPglite() : emptyPostgres();
}
