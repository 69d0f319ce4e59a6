/**
 * Dates a person types are checked against the forløb they belong to and today: a date before the
 * forløb began, after it ended, or far in the future is a typing mistake, and stored it would
 * become a permanent, wrong obligation ("01.01.1990" as a request: overdue forever).
 */
import { formatDanishDate, parseDay } from "@kontaktplan/rules";
import { fieldError } from "../errors.js";
import type { ForloebRow } from "../tenancy/visibility.js";

/** How far ahead something may be planned (meetings, pauses): a year is the longest plan anyone makes. */
export const PLAN_AHEAD_DAYS = 366;

export interface DateBounds {
  /** What is recorded after the fact (a request, a held CV-samtale) cannot lie after today. */
  pastOnly: boolean;
}

/** Why `date` (ISO) is implausible for the forløb, in Danish, or null when it is plausible. */
export function implausibleDate(date: string, forloeb: Pick<ForloebRow, "start" | "end">, today: string, bounds: DateBounds): string | null {
  if (date < forloeb.start) return `Datoen ligger før forløbets start (${formatDanishDate(parseDay(forloeb.start))})`;
  if (forloeb.end !== null && date > forloeb.end) return `Datoen ligger efter forløbets slutdato (${formatDanishDate(parseDay(forloeb.end))})`;
  if (bounds.pastOnly && date > today) return "Datoen ligger i fremtiden; registrér det, når det er sket";
  if (parseDay(date) - parseDay(today) > PLAN_AHEAD_DAYS) return "Datoen ligger mere end et år ude i fremtiden";
  return null;
}

/** A field error at `path` unless `date` is plausible for the forløb. */
export function requirePlausibleDate(path: string, date: string, forloeb: Pick<ForloebRow, "start" | "end">, today: string, bounds: DateBounds): void {
  const reason = implausibleDate(date, forloeb, today, bounds);
  if (reason !== null) throw fieldError(path, reason);
}
