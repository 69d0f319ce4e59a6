import { isAkasseKind } from "@kontaktplan/schema";
import { addMonthsToParts, partsFromDay, type Day } from "../dates/day.js";
import type { RuleDefinition } from "../definitions/types.js";
import { pausedEnd, periodBegin, periodEnd } from "./clock.js";
import type { EvaluationContext, ForloebFacts, MeetingFacts } from "./facts.js";

/**
 * Receives each window a rule opens for a forløb: occurrence `occurrence` of the rule, the days
 * [from, to], and for an every-4-weeks window the meeting it follows. Windows are handed over one
 * by one rather than collected, as the engine turns each into an obligation straight away.
 */
export type WindowSink = (occurrence: number, from: Day, to: Day, event: Day | undefined) => void;

/**
 * The windows a rule opens for a forløb (RULES.md §2–§5), in occurrence order. Requests are
 * windowed by `requestObligations`, since they depend on the requests rather than on the rule.
 */
export function ruleWindows(rule: RuleDefinition, f: ForloebFacts, meetings: readonly MeetingFacts[], ctx: EvaluationContext, emit: WindowSink): void {
  const w = rule.window;
  switch (w.type) {
    case "from-start-days":
      emit(1, f.start, f.start + w.days, undefined);
      return;
    case "benefit-period": {
      const from = periodBegin(f.start, w.from, f.pauses);
      if (from <= f.end) emit(1, from, periodEnd(f.start, w.to, f.pauses), undefined);
      return;
    }
    case "chain":
      chainWindows(w, f, ctx, emit);
      return;
    case "after-each-held-meeting":
      afterEachHeldMeeting(w.days, f, meetings, ctx, emit);
      return;
    case "per-request":
      return;
  }
}

function chainWindows(w: Extract<RuleDefinition["window"], { type: "chain" }>, f: ForloebFacts, ctx: EvaluationContext, emit: WindowSink): void {
  const anchor = w.anchor === "start" ? f.start : f.visitationsdato;
  // Fixed occurrences ignore the horizon; open chains stop at min(end, horizon) (§2.3).
  const limit = w.occurrences ? f.end : Math.min(f.end, ctx.horizon);
  const first = w.occurrences?.first ?? 1;
  const last = w.occurrences?.last ?? Number.POSITIVE_INFINITY;
  // end(n) for this chain; the anchor is split into year, month and day once for all its periods.
  const parts = partsFromDay(anchor);
  const endOf = (n: number): Day => pausedEnd(anchor, addMonthsToParts(parts, n) - 1, f.pauses);
  // Periods are back to back: each one begins the day after the previous one's end.
  const before = w.offsetMonths + (first - 1) * w.months;
  let from = before === 0 ? anchor : endOf(before) + 1;
  for (let k = first; k <= last && from <= limit; k++) {
    const to = endOf(w.offsetMonths + k * w.months);
    // A chain anchored before the start (ledighedsydelse from visitationsdato) keeps its numbering.
    if (to >= f.start) emit(k, from, to, undefined);
    from = to + 1;
  }
}

/** Tabel 1, sygedagpenge: "følges op mindst hver 4. uge" restarts from each held jobcentre meeting. */
function afterEachHeldMeeting(days: number, f: ForloebFacts, meetings: readonly MeetingFacts[], ctx: EvaluationContext, emit: WindowSink): void {
  const limit = Math.min(f.end, ctx.horizon);
  const held = meetings
    .filter((m) => m.status === "afholdt" && !isAkasseKind(m.kind) && m.day >= f.start && m.day <= f.end)
    .map((m) => m.day)
    .sort((a, b) => a - b);
  let occurrence = 0;
  for (const day of held) {
    if (day + 1 > limit) break;
    emit(++occurrence, day + 1, day + days, day);
  }
}
