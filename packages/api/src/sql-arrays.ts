/**
 * Lists as ONE query parameter (a PostgreSQL array literal): a query then stays the same size and
 * cheap to build however many values it carries, and never meets the protocol's 65,535-parameter
 * limit. Works alike on node-postgres and PGlite, since the parameter is plain text.
 */
import { sql, type SQL } from "drizzle-orm";

function element(value: string | null): string {
  return value === null ? "NULL" : `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `values` as a typed array parameter, e.g. `pgArray(ids, "uuid")` for `= any(...)`. */
export function pgArray(values: readonly (string | null)[], type: "uuid" | "text" | "jsonb"): SQL {
  return sql`${`{${values.map(element).join(",")}}`}::${sql.raw(type)}[]`;
}
