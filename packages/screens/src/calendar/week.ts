/**
 * The calendar's week as it lives in the URL ("#/kalender?uge=2026-W11") and as users read it
 * ("Uge 11: 9.–13. marts 2026"). Weeks are ISO weeks, as Danes number them.
 */
import { formatDanishDate, formatDay, isoWeekOf, mondayOf, mondayOfIsoWeek, parseDay, partsFromDay } from "@kontaktplan/rules/dates";
import { hashParams, hashWith } from "../hash-state.js";

export const CALENDAR_PATH = "#/kalender";
const PARAM = "uge";
const WORKING_DAYS = 5;

/** The Monday of the week that holds `date`. */
export function mondayOfDate(date: string): string {
  return formatDay(mondayOf(parseDay(date)));
}

/** The week named in the hash (its Monday), or null for the current week (also for a week that does not exist). */
export function weekFromHash(hash: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(hashParams(hash).get(PARAM) ?? "");
  if (!match) return null;
  const monday = mondayOfIsoWeek({ year: Number(match[1]), week: Number(match[2]) });
  return monday === null ? null : formatDay(monday);
}

/** "2026-W11" for the week starting on `monday`. */
export function weekParam(monday: string): string {
  const { year, week } = isoWeekOf(parseDay(monday));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The calendar's hash for a week; the current week (null) has none. */
export function weekHash(monday: string | null): string {
  const params = new URLSearchParams();
  if (monday !== null) params.set(PARAM, weekParam(monday));
  return hashWith(CALENDAR_PATH, params);
}

/** The Monday `weeks` weeks later (or earlier). */
export function shiftWeek(monday: string, weeks: number): string {
  return formatDay(parseDay(monday) + weeks * 7);
}

/** "Uge 11: 9.–13. marts 2026", "Uge 14: 30. marts – 3. april 2026", "Uge 1: 29. december 2025 – 2. januar 2026". */
export function weekTitle(monday: string): string {
  const first = parseDay(monday);
  const last = first + WORKING_DAYS - 1;
  const from = partsFromDay(first);
  const to = partsFromDay(last);
  const end = formatDanishDate(last);
  let start = formatDanishDate(first);
  if (from.year === to.year) start = from.month === to.month ? `${from.day}.` : start.replace(/ \d{4}$/, "");
  const range = from.year === to.year && from.month === to.month ? `${start}–${end}` : `${start} – ${end}`;
  return `Uge ${isoWeekOf(first).week}: ${range}`;
}
