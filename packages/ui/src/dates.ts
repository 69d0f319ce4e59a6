/**
 * Danish dates for screens, on ISO calendar dates from the API. The formatting itself is the
 * engine's (`@kontaktplan/rules/dates`, browser-safe), so screens and explanations agree.
 * No Intl: browsers and Node disagree on Danish locale output ("mandag den 6. januar").
 */
import { formatDanishDate as dayDate, formatDanishWeekdayDate, formatDay, parseDay } from "@kontaktplan/rules/dates";
import { isValidIsoDate } from "@kontaktplan/schema";

const SHORT_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

/** Days since 1970-01-01 for an ISO calendar date (yyyy-mm-dd); anything else is a programming error. */
export function dayNumber(iso: string): number {
  if (!isValidIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return parseDay(iso);
}

/** Whole days from one ISO date to another (negative when `toIso` comes first). */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** The ISO calendar date of a day number. */
export const isoOfDay = (day: number): string => formatDay(day);

/** "mandag 6. januar 2025". */
export const formatDanishDate = (iso: string): string => formatDanishWeekdayDate(dayNumber(iso));

/** "6. januar 2025": for tight places such as windows "fra … til …". */
export const formatDanishShortDate = (iso: string): string => dayDate(dayNumber(iso));

/** "mandag 6. januar 2025 kl. 09:30". */
export function formatDanishDateTime(iso: string, time: string): string {
  return `${formatDanishDate(iso)} kl. ${time}`;
}

/** Axis label of a month: "jan 2025". */
export function formatMonthLabel(year: number, monthIndex: number): string {
  return `${SHORT_MONTHS[monthIndex]} ${year}`;
}
