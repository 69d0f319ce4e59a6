/**
 * Europe/Copenhagen wall-clock time. The machine runs in UTC and users live in Denmark, so every
 * "today" and every meeting time goes through here, never through the process time zone.
 */
import { tz, TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const COPENHAGEN = "Europe/Copenhagen";
const inCopenhagen = { in: tz(COPENHAGEN) };

/** Today's calendar date in Denmark: the engine's `asOf`. */
export function copenhagenToday(now: Date): string {
  return format(now, "yyyy-MM-dd", inCopenhagen);
}

export function copenhagenDateTime(instant: Date | string): { date: string; time: string } {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  return { date: format(d, "yyyy-MM-dd", inCopenhagen), time: format(d, "HH:mm", inCopenhagen) };
}

/**
 * The moment a Danish date and time denote. A time skipped by the spring DST change (02:30 on the
 * last Sunday of March) is moved forward by the hour, as clocks do.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, COPENHAGEN).getTime());
}

/** A timestamp as the database returns it (`2025-03-10 08:30:00+00`), as ISO 8601 in UTC. */
export function isoInstant(value: string): string {
  return new Date(value).toISOString();
}
