import {
  parseEvaluationInput,
  type EvaluationInput,
  type InvalidResult,
  type Obligation,
  type ObligationRef,
  type PlanResult,
  type Samtale,
  type SuggestedMeeting,
  type UnplannableObligation,
} from "@kontaktplan/schema";
import { workingDaysBetween } from "../calendar/working-days.js";
import { formatDanishDate } from "../dates/danish.js";
import { formatDay, parseDay, type Day } from "../dates/day.js";
import { evaluateValid } from "../engine/evaluate.js";
import { labelOf } from "../engine/explain.js";
import { targetGroupOf } from "../definitions/groups.js";
import { spreadDays } from "./placement.js";

/** The a-kasse holds the CV-samtale at the latest after 2 weeks (Tabel 1); plan the first meeting after it. */
const CV_DEADLINE_DAYS = 14;

/**
 * Suggest meetings, on jobcentre working days from `asOf` on, so that every open or upcoming
 * obligation would be met. Existing planned meetings from `asOf` on are assumed to take place;
 * obligations whose deadline falls after the forløb's known end are left out, as they lapse.
 */
export function plan(raw: unknown): PlanResult | InvalidResult {
  const parsed = parseEvaluationInput(raw);
  return parsed.ok ? planValid(parsed.value) : { errors: parsed.errors };
}

export function planValid(input: EvaluationInput): PlanResult {
  const asOf = parseDay(input.asOf);
  const takenIds = new Set([...(input.samtaler ?? []).map((s) => s.id)]);
  const suggestions: SuggestedMeeting[] = [];
  const unplannable: UnplannableObligation[] = [];
  for (const f of input.forloeb) {
    if (targetGroupOf(f) === "not-covered") continue;
    const one: EvaluationInput = {
      ...input,
      forloeb: [f],
      samtaler: (input.samtaler ?? []).filter((s) => s.forloebId === f.id),
      anmodninger: (input.anmodninger ?? []).filter((a) => a.forloebId === f.id),
    };
    const result = planForloeb(one, asOf, takenIds);
    suggestions.push(...result.suggestions);
    unplannable.push(...result.unplannable);
  }
  return { ruleSet: input.ruleSet, asOf: input.asOf, suggestions, unplannable };
}

const keyOf = (o: Obligation) => `${o.rule}/${o.from}/${o.to}/${o.anmodningId ?? ""}`;

/** Most urgent first; fællessamtaler before the rest, since one can also serve a jobcentre-kind rule. */
function byPriority(a: Obligation, b: Obligation): number {
  const aJoint = a.kinds.length === 1 && a.kinds[0] === "faelles" ? 0 : 1;
  const bJoint = b.kinds.length === 1 && b.kinds[0] === "faelles" ? 0 : 1;
  return aJoint - bJoint || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
}

/**
 * A fixpoint over the engine: evaluate as if every suggestion (and every planned meeting from
 * asOf on) were held, place meetings for the most urgent unmet obligation, and repeat. Chains
 * that grow with each held meeting (sygedagpenge every 4 weeks) are thereby planned too.
 */
function planForloeb(input: EvaluationInput, asOf: Day, takenIds: Set<string>) {
  const f = input.forloeb[0]!;
  const start = parseDay(f.start);
  const end = f.end != null ? parseDay(f.end) : Number.POSITIVE_INFINITY;
  const assumed: Samtale[] = (input.samtaler ?? []).map((s) =>
    s.status === "planlagt" && parseDay(s.date) >= asOf ? { ...s, status: "afholdt" } : s,
  );
  const originalUnmet = new Set(evaluateValid(input).obligations.filter((o) => o.status !== "met").map(keyOf));
  const suggested: Samtale[] = [];
  const unplannable = new Map<string, UnplannableObligation>();

  for (;;) {
    const { obligations } = evaluateValid({ ...input, samtaler: [...assumed, ...suggested] });
    // A deadline after the forløb's known end lapses rather than being missed: nothing to plan.
    const next = obligations
      .filter((o) => (o.status === "open" || o.status === "upcoming") && parseDay(o.to) <= end && !unplannable.has(keyOf(o)))
      .sort(byPriority)[0];
    if (!next) return { suggestions: describe(suggested, obligations, originalUnmet), unplannable: [...unplannable.values()] };

    const meetingDays = [...assumed, ...suggested]
      .filter((s) => s.kind !== "cv" && s.status === "afholdt")
      .map((s) => parseDay(s.date));
    const lo = Math.max(parseDay(next.from), start, asOf, firstMeetingFloor(input, meetingDays, next));
    const hi = Math.min(parseDay(next.to), end);
    const busy = new Set(meetingDays);
    const candidates = workingDaysBetween(lo, hi).filter((d) => !busy.has(d));
    const needed = next.required - next.held;
    const days = spreadDays(candidates, meetingDays, hi, needed);
    const kind = next.kinds.includes("individuel") ? "individuel" : "faelles";
    for (const day of days) suggested.push(newMeeting(f.id, day, kind, takenIds));
    if (days.length < needed) {
      unplannable.set(keyOf(next), {
        forloebId: f.id,
        rule: next.rule,
        occurrence: next.occurrence,
        from: next.from,
        to: next.to,
        reason: unplannableReason(needed, days.length, lo, hi),
      });
    }
  }
}

/**
 * On dagpenge the first jobcentre meeting comes after the a-kasse's CV-samtale (Tabel 2):
 * after the recorded one, or after the 2 weeks the a-kasse has for it. Only when the window allows.
 */
function firstMeetingFloor(input: EvaluationInput, meetingDays: readonly Day[], o: Obligation): Day {
  const f = input.forloeb[0]!;
  if (f.ydelse !== "dagpenge" || meetingDays.length > 0) return Number.NEGATIVE_INFINITY;
  const cvDays = (input.samtaler ?? [])
    .filter((s) => s.kind === "cv" && (s.status === "afholdt" || s.status === "planlagt"))
    .map((s) => parseDay(s.date));
  const floor = cvDays.length > 0 ? Math.min(...cvDays) + 1 : parseDay(f.start) + CV_DEADLINE_DAYS;
  return floor <= parseDay(o.to) ? floor : Number.NEGATIVE_INFINITY;
}

function newMeeting(forloebId: string, day: Day, kind: "individuel" | "faelles", takenIds: Set<string>): Samtale {
  let n = takenIds.size + 1;
  while (takenIds.has(`forslag-${n}`)) n++;
  const id = `forslag-${n}`;
  takenIds.add(id);
  return { id, forloebId, date: formatDay(day), kind, status: "afholdt" };
}

function unplannableReason(needed: number, placed: number, lo: Day, hi: Day): string {
  if (lo > hi) return "Fristen kan ikke nås: der er ingen dage tilbage i vinduet.";
  const span = lo === hi ? formatDanishDate(lo) : `${formatDanishDate(lo)} – ${formatDanishDate(hi)}`;
  return placed === 0
    ? `Fristen kan ikke nås: ingen ledig arbejdsdag i jobcentret i perioden ${span}.`
    : `Fristen kan kun delvist nås: ${placed} af ${needed} samtaler kan placeres på arbejdsdage i perioden ${span}.`;
}

/** Turn the suggested meetings into the result, each with the unmet obligations it now satisfies. */
function describe(suggested: readonly Samtale[], finalObligations: readonly Obligation[], originalUnmet: ReadonlySet<string>): SuggestedMeeting[] {
  return suggested
    .map((s) => {
      const covered = finalObligations.filter((o) => o.satisfiedBy.includes(s.id) && (originalUnmet.has(keyOf(o)) || o.rule === "every-4-weeks"));
      const covers: ObligationRef[] = covered.map((o) => ({ forloebId: o.forloebId, rule: o.rule, occurrence: o.occurrence }));
      const kind = s.kind === "faelles" ? "faelles" : "individuel";
      return {
        forloebId: s.forloebId,
        date: s.date,
        kind,
        covers,
        reason: `Dækker: ${covered.map((o) => labelOf(o.explanation)).join("; ")}.`,
      } satisfies SuggestedMeeting;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
