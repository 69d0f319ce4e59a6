/**
 * The days Danish jobcentres are closed besides weekends: the public holidays that
 * `date-holidays` knows (it tracks law changes such as store bededag's abolition from
 * 2024), plus the days jobcentres close although the law does not make them holidays.
 */
import Holidays from "date-holidays";
import { dayFromParts, parseDay, partsFromDay, type Day } from "../dates/day.js";

export interface NamedDay {
  day: Day;
  name: string;
}

/** Closed by custom, not law; date-holidays has 5/6 and 24/12 only as observances and lacks 31/12. */
const CLOSING_DAYS: readonly { month: number; day: number; name: string }[] = [
  { month: 6, day: 5, name: "Grundlovsdag" },
  { month: 12, day: 24, name: "Juleaftensdag" },
  { month: 12, day: 31, name: "Nytårsaftensdag" },
];

/** The library's spelling is inconsistent ("Anden påskedag" but "Anden Pinsedag"); users get one style. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ["Anden påskedag", "2. påskedag"],
  ["Store Bededag", "Store bededag"],
  ["Kristi Himmelfartsdag", "Kristi himmelfartsdag"],
  ["Anden Pinsedag", "2. pinsedag"],
  ["Anden Juledag", "2. juledag"],
]);

interface YearCalendar {
  first: Day;
  last: Day;
  byDay: ReadonlyMap<Day, string>;
  list: readonly NamedDay[];
}

let library: Holidays | undefined;
const years = new Map<number, YearCalendar>();
// Planner loops walk through one year at a time: checking its bounds skips the year lookup.
let recent: YearCalendar | undefined;

function buildYear(year: number): YearCalendar {
  library ??= new Holidays("DK");
  const byDay = new Map<Day, string>();
  const add = (day: Day, name: string): void => {
    const existing = byDay.get(day);
    // Pinse can fall on grundlovsdag (2022): name both rather than hide one.
    byDay.set(day, existing === undefined ? name : `${existing} / ${name}`);
  };
  for (const h of library.getHolidays(year, "da")) {
    // `date` is the wall-clock date in Copenhagen; `start` is an instant and would drag in time zones.
    if (h.type === "public") add(parseDay(h.date), LABELS.get(h.name) ?? h.name);
  }
  for (const c of CLOSING_DAYS) add(dayFromParts(year, c.month, c.day), c.name);
  const list = [...byDay].map(([day, name]) => ({ day, name })).sort((a, b) => a.day - b.day);
  return { first: dayFromParts(year, 1, 1), last: dayFromParts(year, 12, 31), byDay, list };
}

function yearCalendar(year: number): YearCalendar {
  let cal = years.get(year);
  if (cal === undefined) {
    cal = buildYear(year);
    years.set(year, cal);
  }
  return cal;
}

/** Holidays and closing days of `year`, ascending, also those on a weekend; plain weekends are not listed. */
export function holidaysInYear(year: number): NamedDay[] {
  return yearCalendar(year).list.map((h) => ({ ...h }));
}

/** Name of the holiday or closing day on `d`, or null on an ordinary day (weekends included). */
export function holidayName(d: Day): string | null {
  if (recent === undefined || d < recent.first || d > recent.last) recent = yearCalendar(partsFromDay(d).year);
  return recent.byDay.get(d) ?? null;
}
