import { TZDate } from "@date-fns/tz";
import { formatDay, parseDay, type Day } from "@kontaktplan/rules";

/** Meetings happen in Danish local time; the machines run on UTC, so the zone is always explicit. */
const ZONE = "Europe/Copenhagen";

/** The exact instant (ISO, UTC) of a local Copenhagen clock time on a calendar day. */
export function copenhagenInstant(day: Day, hour: number, minute: number): string {
  const iso = formatDay(day);
  const local = new TZDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), hour, minute, ZONE);
  return new Date(local.getTime()).toISOString();
}

/** Today's calendar date in Copenhagen, the anchor the demo data is laid out around. */
export function copenhagenToday(now: Date): Day {
  const local = new TZDate(now.getTime(), ZONE);
  const iso = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
  return parseDay(iso);
}
