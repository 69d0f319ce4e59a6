/**
 * Europe/Copenhagen wall-clock time. Machines run in UTC and browsers in any zone, while users
 * live in Denmark: every "today" and every meeting time goes through here, never through the
 * process's time zone. Pure: the caller passes the instant (the engine has no clock).
 */
import { tz, TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The zone every Danish date and time is in. */
export const COPENHAGEN = "Europe/Copenhagen";
const inCopenhagen = { in: tz(COPENHAGEN) };

/** Today's calendar date in Denmark (yyyy-mm-dd) at `now`: the engine's `asOf`. */
export function copenhagenToday(now: Date): string {
  return format(now, "yyyy-MM-dd", inCopenhagen);
}

/** An instant as the Danish calendar date (yyyy-mm-dd) and wall-clock time (HH:mm) it fell on. */
export function copenhagenDateTime(instant: Date | string): { date: string; time: string } {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  return { date: format(d, "yyyy-MM-dd", inCopenhagen), time: format(d, "HH:mm", inCopenhagen) };
}

/** Copenhagen's UTC offset (ms) at noon of each date, looked up once: zone lookups dominated building the demo. */
const noonOffsets = new Map<string, number>();

/**
 * The moment a Danish date and time denote. Daylight saving changes at night, so from 04:00 on a
 * day's noon offset holds; earlier times take the zone's own rules, and a time skipped by the
 * spring change (02:30 on the last Sunday of March) is moved forward by the hour, as clocks do.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  if (hh < 4) return new Date(new TZDate(y, m - 1, d, hh, mm, COPENHAGEN).getTime());
  let offset = noonOffsets.get(date);
  if (offset === undefined) {
    offset = Date.UTC(y, m - 1, d, 12) - new TZDate(y, m - 1, d, 12, 0, COPENHAGEN).getTime();
    noonOffsets.set(date, offset);
  }
  return new Date(Date.UTC(y, m - 1, d, hh, mm) - offset);
}
