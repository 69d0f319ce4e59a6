/** Dates as Danish users read them: "6. januar 2025", "mandag 6. januar 2025". */
import { isoWeekday, partsFromDay, type Day } from "./day.js";

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

// Indexed by ISO weekday - 1 (Monday first).
const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] as const;

// Memoised: letters and reports print the same few hundred dates over and over.
const dateCache = new Map<Day, string>();
const weekdayDateCache = new Map<Day, string>();

export function formatDanishDate(d: Day): string {
  let text = dateCache.get(d);
  if (text === undefined) {
    const { year, month, day } = partsFromDay(d);
    // partsFromDay yields months 1..12.
    text = `${day}. ${MONTHS[month - 1]!} ${year}`;
    dateCache.set(d, text);
  }
  return text;
}

export function formatDanishWeekdayDate(d: Day): string {
  let text = weekdayDateCache.get(d);
  if (text === undefined) {
    // isoWeekday yields 1..7.
    text = `${WEEKDAYS[isoWeekday(d) - 1]!} ${formatDanishDate(d)}`;
    weekdayDateCache.set(d, text);
  }
  return text;
}
