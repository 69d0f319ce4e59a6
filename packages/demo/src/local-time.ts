import { copenhagenInstant, formatDay, type Day } from "@kontaktplan/rules/dates";

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** The instant (ISO, UTC) of a Copenhagen clock time on one of the demo's days. */
export function instantOn(day: Day, hour: number, minute: number): string {
  return copenhagenInstant(formatDay(day), `${twoDigits(hour)}:${twoDigits(minute)}`).toISOString();
}
