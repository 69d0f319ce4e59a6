import { dayNumber, formatMonthLabel, isoOfDay } from "./dates.js";

export interface MonthTick {
  iso: string;
  x: number;
  label: string;
}

export interface TimelineScale {
  x(iso: string): number;
  ticks: MonthTick[];
}

/** A linear day scale from `fromIso` to `toIso` onto [left, right], with a tick on each 1st of the month. */
export function timelineScale(fromIso: string, toIso: string, left: number, right: number): TimelineScale {
  const from = dayNumber(fromIso);
  // A one-day span would divide by zero; such a forløb is still drawn, just very short.
  const span = Math.max(1, dayNumber(toIso) - from);
  const x = (iso: string) => left + ((dayNumber(iso) - from) / span) * (right - left);
  const ticks: MonthTick[] = [];
  const start = new Date(from * 86_400_000);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    if (month > 11) {
      year += 1;
      month = 0;
    }
    const iso = isoOfDay(Date.UTC(year, month, 1) / 86_400_000);
    if (iso > toIso) break;
    ticks.push({ iso, x: x(iso), label: formatMonthLabel(year, month) });
    month += 1;
  }
  return { x, ticks };
}

/** The later of two ISO dates. */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
