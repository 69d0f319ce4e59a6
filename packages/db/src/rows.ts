/**
 * The one row a statement gives back: an INSERT … RETURNING, an UPDATE or SELECT of a row the
 * caller has already established exists (under its lock or in its transaction). Drizzle types every
 * answer as an array; anything but one row here is a fault in the caller, not a user's mistake.
 */
export function onlyRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined || rows.length > 1) throw new Error(`expected exactly one row, got ${rows.length}`);
  return row;
}
