/**
 * The jobcentre working-day calendar: Monday to Friday except holidays and closing days.
 * Pure and cached per year, because the planner asks about the same days in tight loops.
 */
import { isoWeekday, type Day } from "../dates/day.js";
import { holidayName } from "./holidays.js";

export function isWorkingDay(d: Day): boolean {
  // The weekday test is free; only weekdays need the holiday table.
  return isoWeekday(d) <= 5 && holidayName(d) === null;
}

/** Why `d` is closed, in Danish, or null on a working day. A holiday's name wins over "Søndag" (påskedag). */
export function closedReason(d: Day): string | null {
  const holiday = holidayName(d);
  if (holiday !== null) return holiday;
  const weekday = isoWeekday(d);
  if (weekday === 6) return "Lørdag";
  if (weekday === 7) return "Søndag";
  return null;
}

// Both searches stop within days: the longest closed run is five (påske, or jul with juleaftensdag on a Wednesday).
export function nextWorkingDayOnOrAfter(d: Day): Day {
  let day = d;
  while (!isWorkingDay(day)) day++;
  return day;
}

export function previousWorkingDayOnOrBefore(d: Day): Day {
  let day = d;
  while (!isWorkingDay(day)) day--;
  return day;
}

/** Working days from `from` to `to`, both included, ascending; empty when `from` is after `to`. */
export function workingDaysBetween(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let day = from; day <= to; day++) if (isWorkingDay(day)) days.push(day);
  return days;
}
