/**
 * Danish date formatting without Intl: browsers and Node disagree on Danish locale output
 * ("mandag den 6. januar"), and the product writes "mandag 6. januar 2025" everywhere.
 */
const WEEKDAYS = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"] as const;
const MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
] as const;
const SHORT_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO calendar date (yyyy-mm-dd); time zones play no part. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The ISO calendar date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "mandag 6. januar 2025". */
export function formatDanishDate(iso: string): string {
  const date = new Date(dayNumber(iso) * MS_PER_DAY);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "6. januar 2025": for tight places such as windows "fra … til …". */
export function formatDanishShortDate(iso: string): string {
  const date = new Date(dayNumber(iso) * MS_PER_DAY);
  return `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "mandag 6. januar 2025 kl. 09:30". */
export function formatDanishDateTime(iso: string, time: string): string {
  return `${formatDanishDate(iso)} kl. ${time}`;
}

/** Axis label of a month: "jan 2025". */
export function formatMonthLabel(year: number, monthIndex: number): string {
  return `${SHORT_MONTHS[monthIndex]} ${year}`;
}
