/** ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), as Danes number them ("uge 11"). */
import { dayFromParts, isoWeekday, partsFromDay, type Day } from "./day.js";

export interface IsoWeek {
  year: number;
  week: number;
}

/** The Monday of the week `d` lies in. */
export function mondayOf(d: Day): Day {
  return d - (isoWeekday(d) - 1);
}

/** The ISO week (and its year, which differs from the calendar year around New Year) of `d`. */
export function isoWeekOf(d: Day): IsoWeek {
  const thursday = mondayOf(d) + 3;
  const { year } = partsFromDay(thursday);
  return { year, week: Math.floor((thursday - dayFromParts(year, 1, 1)) / 7) + 1 };
}

/** The Monday of ISO week `week` of `year`, or null when the year has no such week (53 in most years). */
export function mondayOfIsoWeek({ year, week }: IsoWeek): Day | null {
  if (!Number.isInteger(week) || week < 1) return null;
  const monday = mondayOf(dayFromParts(year, 1, 4)) + (week - 1) * 7;
  return isoWeekOf(monday).year === year ? monday : null;
}
