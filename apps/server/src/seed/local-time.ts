import { TZDate } from "@date-fns/tz";
import { formatDay, parseDay, type Day } from "@kontaktplan/rules";

/** Meetings happen in Danish local time; the machines run on UTC, so the zone is always explicit. */
const ZONE = "Europe/Copenhagen";

/** Copenhagen's UTC offset (ms) at noon of each day, looked up once per day: zone lookups dominated building the demo. */
const noonOffsets = new Map<Day, number>();

function offsetAtNoon(day: Day, year: number, month: number, date: number): number {
  let offset = noonOffsets.get(day);
  if (offset === undefined) {
    offset = Date.UTC(year, month, date, 12) - new TZDate(year, month, date, 12, 0, ZONE).getTime();
    noonOffsets.set(day, offset);
  }
  return offset;
}

/**
 * The exact instant (ISO, UTC) of a local Copenhagen clock time on a calendar day. Daylight saving
 * changes at night, so the day's noon offset holds for every hour from 04:00 on.
 */
export function copenhagenInstant(day: Day, hour: number, minute: number): string {
  if (hour < 4) throw new RangeError("copenhagenInstant is for daytime hours (the noon offset)");
  const iso = formatDay(day);
  const [year, month, date] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))];
  return new Date(Date.UTC(year, month, date, hour, minute) - offsetAtNoon(day, year, month, date)).toISOString();
}

/** Today's calendar date in Copenhagen, the anchor the demo data is laid out around. */
export function copenhagenToday(now: Date): Day {
  const local = new TZDate(now.getTime(), ZONE);
  const iso = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
  return parseDay(iso);
}
