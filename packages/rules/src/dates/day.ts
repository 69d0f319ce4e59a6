import { memoByDay } from "./memo.js";

/**
 * Calendar dates as whole day numbers (days since 1970-01-01). The engine does all
 * arithmetic on these: they are time-zone free, compare with `<`, and cost nothing
 * to add to. Conversion to and from ISO happens only at the engine's edges.
 */
export type Day = number;

/** Days-from-civil (H. Hinnant): exact for every proleptic Gregorian date; Date.UTC would map years 0–99 to 1900s. */
export function dayFromParts(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Civil-from-days (H. Hinnant): exact for every proleptic Gregorian date, no Date objects. */
export function partsFromDay(d: Day): DateParts {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Parse an ISO yyyy-mm-dd that the schema has already validated. */
export function parseDay(iso: string): Day {
  return dayFromParts(
    (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48),
    (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48),
    (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48),
  );
}

/** ISO yyyy-mm-dd. */
export const formatDay = memoByDay((d: Day): string => {
  const { year, month, day } = partsFromDay(d);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
});

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Add calendar months, clamping to the month's end as date-fns `addMonths` does (31 Jan + 1 = 28/29 Feb). */
export function addMonths(d: Day, months: number): Day {
  return addMonthsToParts(partsFromDay(d), months);
}

/** `addMonths` for a date already split into parts: a chain of periods splits its anchor once, not per period. */
export function addMonthsToParts({ year, month, day }: DateParts, months: number): Day {
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return dayFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(d: Day): number {
  return ((((d + 3) % 7) + 7) % 7) + 1;
}
