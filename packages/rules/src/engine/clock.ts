import { addMonths, type Day } from "../dates/day.js";
import type { Span } from "../definitions/types.js";

/** A closed range of days, both ends inclusive. */
export interface DayRange {
  readonly from: Day;
  readonly to: Day;
}

/** Merge overlapping or touching pauses so that each pause day counts once (RULES.md §1). */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  const merged: DayRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && r.from <= last.to + 1) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else merged.push({ ...r });
  }
  return merged;
}

function pauseDaysIn(pauses: readonly DayRange[], from: Day, to: Day): number {
  let days = 0;
  for (const p of pauses) {
    const lo = p.from > from ? p.from : from;
    const hi = p.to < to ? p.to : to;
    if (hi >= lo) days += hi - lo + 1;
  }
  return days;
}

function rawEnd(anchor: Day, span: Span): Day {
  return span.unit === "months" ? addMonths(anchor, span.n) - 1 : anchor + 7 * span.n - 1;
}

/**
 * end(n) on the benefit clock (RULES.md §2.2 and §2.4): the last day of the first n units
 * counted from the anchor, moved one day later for every pause day on or before it,
 * repeated until stable. Always computed from the anchor in one step.
 */
export function periodEnd(anchor: Day, span: Span, pauses: readonly DayRange[]): Day {
  return pausedEnd(anchor, rawEnd(anchor, span), pauses);
}

/** `raw`, a period's last day counted from the anchor as if nothing paused it, moved on for the pauses as `periodEnd` does. */
export function pausedEnd(anchor: Day, raw: Day, pauses: readonly DayRange[]): Day {
  if (pauses.length === 0) return raw;
  let end = raw;
  for (;;) {
    const next = raw + pauseDaysIn(pauses, anchor, end);
    if (next === end) return end;
    end = next;
  }
}

/** begin(n) = end(n) + 1 day; begin(0) is the anchor itself. */
export function periodBegin(anchor: Day, span: Span | null, pauses: readonly DayRange[]): Day {
  return span === null || span.n === 0 ? anchor : periodEnd(anchor, span, pauses) + 1;
}
