/**
 * `value`, which the caller's own logic guarantees is there (a key it put in the map, an index
 * inside the array it walks). TypeScript cannot see such guarantees; this states them and fails
 * loudly, naming `what`, if the logic is ever wrong, where a non-null assertion would go on with
 * `undefined` (or `null`).
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`internal error: ${what} is missing`);
  return value;
}
