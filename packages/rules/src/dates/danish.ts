/** Dates as Danish users read them: "6. januar 2025", "mandag 6. januar 2025". */
import { defined } from "../defined.js";
import { isoWeekday, partsFromDay, type Day } from "./day.js";
import { memoByDay } from "./memo.js";

const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"] as const;

// Indexed by ISO weekday - 1 (Monday first).
const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] as const;

export const formatDanishDate = memoByDay((d: Day): string => {
  const { year, month, day } = partsFromDay(d);
  // partsFromDay yields months 1..12.
  return `${day}. ${defined(MONTHS[month - 1], "a month 1..12")} ${year}`;
});

export const formatDanishWeekdayDate = memoByDay(
  // isoWeekday yields 1..7.
  (d: Day): string => `${defined(WEEKDAYS[isoWeekday(d) - 1], "a weekday 1..7")} ${formatDanishDate(d)}`,
);
