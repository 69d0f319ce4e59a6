/** Joint meetings happen when the jobcentre is open: never on a weekend, a public holiday or a closing day. */
import { closedReason, parseDay, type Day } from "@kontaktplan/rules";
import { fieldError } from "../errors.js";

/** Why the jobcentre is closed on `day`, as users read it, or null on a working day. */
export function closedNotice(day: Day): string | null {
  const reason = closedReason(day);
  return reason === null ? null : `Jobcentret holder lukket (${reason})`;
}

/** A field error at `path` when the date (ISO) is not a jobcentre working day. */
export function requireOpenDay(date: string, path: string): void {
  const closed = closedNotice(parseDay(date));
  if (closed !== null) throw fieldError(path, `${closed}. Vælg en anden dag.`);
}
