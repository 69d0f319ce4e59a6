import { isAkasseKind } from "@kontaktplan/schema";
import { addMonthsToParts, partsFromDay, type Day } from "../dates/day.js";
import type { RuleDefinition } from "../definitions/types.js";
import { pausedEnd, periodBegin, periodEnd } from "./clock.js";
import type { EvaluationContext, ForloebFacts, MeetingFacts } from "./facts.js";

/** One occurrence of a rule for one forløb; `event` is the meeting an every-4-weeks window follows. */
export interface Window {
  readonly occurrence: number;
  readonly from: Day;
  readonly to: Day;
  readonly event?: Day;
}

/**
 * The windows a rule opens for a forløb (RULES.md §2–§5). Requests are windowed by
 * `requestWindows`, since they depend on the requests rather than on the rule.
 */
export function ruleWindows(
  rule: RuleDefinition,
  f: ForloebFacts,
  meetings: readonly MeetingFacts[],
  ctx: EvaluationContext,
): Window[] {
  const w = rule.window;
  switch (w.type) {
    case "from-start-days":
      return [{ occurrence: 1, from: f.start, to: f.start + w.days }];
    case "benefit-period": {
      const from = periodBegin(f.start, w.from, f.pauses);
      return from <= f.end ? [{ occurrence: 1, from, to: periodEnd(f.start, w.to, f.pauses) }] : [];
    }
    case "chain":
      return chainWindows(w, f, ctx);
    case "after-each-held-meeting":
      return afterEachHeldMeeting(w.days, f, meetings, ctx);
    case "per-request":
      return [];
  }
}

function chainWindows(
  w: Extract<RuleDefinition["window"], { type: "chain" }>,
  f: ForloebFacts,
  ctx: EvaluationContext,
): Window[] {
  const anchor = w.anchor === "start" ? f.start : f.visitationsdato;
  // Fixed occurrences ignore the horizon; open chains stop at min(end, horizon) (§2.3).
  const limit = w.occurrences ? f.end : Math.min(f.end, ctx.horizon);
  const first = w.occurrences?.first ?? 1;
  const last = w.occurrences?.last ?? Number.POSITIVE_INFINITY;
  const windows: Window[] = [];
  // end(n) for this chain; the anchor is split into year, month and day once for all its periods.
  const parts = partsFromDay(anchor);
  const endOf = (n: number): Day => pausedEnd(anchor, addMonthsToParts(parts, n) - 1, f.pauses);
  // Periods are back to back: each one begins the day after the previous one's end.
  const before = w.offsetMonths + (first - 1) * w.months;
  let from = before === 0 ? anchor : endOf(before) + 1;
  for (let k = first; k <= last && from <= limit; k++) {
    const to = endOf(w.offsetMonths + k * w.months);
    // A chain anchored before the start (ledighedsydelse from visitationsdato) keeps its numbering.
    if (to >= f.start) windows.push({ occurrence: k, from, to });
    from = to + 1;
  }
  return windows;
}

/** Tabel 1, sygedagpenge: "følges op mindst hver 4. uge" restarts from each held jobcentre meeting. */
function afterEachHeldMeeting(
  days: number,
  f: ForloebFacts,
  meetings: readonly MeetingFacts[],
  ctx: EvaluationContext,
): Window[] {
  const limit = Math.min(f.end, ctx.horizon);
  const held = meetings
    .filter((m) => m.status === "afholdt" && !isAkasseKind(m.kind) && m.day >= f.start && m.day <= f.end)
    .map((m) => m.day)
    .sort((a, b) => a - b);
  const windows: Window[] = [];
  for (const day of held) {
    if (day + 1 > limit) break;
    windows.push({ occurrence: windows.length + 1, from: day + 1, to: day + days, event: day });
  }
  return windows;
}
