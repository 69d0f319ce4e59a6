/**
 * Time as the API uses it: Danish wall-clock time (one definition, in the rules' date helpers)
 * and instants as the database returns them.
 */
export { COPENHAGEN, copenhagenDateTime, copenhagenInstant, copenhagenToday } from "@kontaktplan/rules/dates";

/** A timestamp as the database returns it (`2025-03-10 08:30:00+00`), as ISO 8601 in UTC. */
export function isoInstant(value: string): string {
  return new Date(value).toISOString();
}
