import { defined } from "../defined.js";
import {
  isAkasseKind,
  parseEvaluationInput,
  type EvaluationInput,
  type MeetingHolder,
  type InvalidResult,
  type Obligation,
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
import { regimeOf } from "../definitions/regimes.js";
import { REGIME_DEFINITIONS } from "../definitions/rule-sets.js";
import { spreadDays } from "./placement.js";

/** The a-kasse holds the CV-samtale at the latest after 2 weeks (Tabel 1); plan the first meeting after it. */
const CV_DEADLINE_DAYS = 14;

/**
 * Suggest meetings, on working days from `asOf` on, so that every open or upcoming obligation
 * would be met; each suggestion says who holds it (the a-kasse holds its own jobsamtaler). Existing planned meetings from `asOf` on are assumed to take place;
 * obligations whose deadline falls after the forløb's known end are left out, as they lapse.
 */
export function plan(raw: unknown): PlanResult | InvalidResult {
  const parsed = parseEvaluationInput(raw);
  return parsed.ok ? planValid(parsed.value) : { errors: parsed.errors };
}

export function planValid(input: EvaluationInput): PlanResult {
  const asOf = parseDay(input.asOf);
  const takenIds = new Set((input.samtaler ?? []).map((s) => s.id));
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
 * It ends: every round adds a meeting on a day not yet used or marks an obligation unplannable,
 * and only finitely many obligations and days lie before the horizon.
 */
function planForloeb(input: EvaluationInput, asOf: Day, takenIds: Set<string>) {
  const f = defined(input.forloeb[0], "the forløb planned (the input holds one)");
  const start = parseDay(f.start);
  const end = f.end != null ? parseDay(f.end) : Number.POSITIVE_INFINITY;
  const assumed: Samtale[] = (input.samtaler ?? []).map((s) => (s.status === "planlagt" && parseDay(s.date) >= asOf ? { ...s, status: "afholdt" } : s));
  const originalUnmet = new Set(
    evaluateValid(input)
      .obligations.filter((o) => o.status !== "met")
      .map(keyOf),
  );
  const floor = firstMeetingFloor(input);
  const suggested: Samtale[] = [];
  const unplannable = new Map<string, UnplannableObligation>();

  for (;;) {
    const { obligations } = evaluateValid({ ...input, samtaler: [...assumed, ...suggested] });
    // A deadline after the forløb's known end lapses rather than being missed: nothing to plan.
    const next = obligations
      .filter((o) => (o.status === "open" || o.status === "upcoming") && parseDay(o.to) <= end && !unplannable.has(keyOf(o)))
      .sort(byPriority)[0];
    if (!next) return { suggestions: describe(suggested, obligations, originalUnmet), unplannable: [...unplannable.values()] };

    const kind = next.kinds.includes("individuel") ? "individuel" : next.kinds.includes("faelles") ? "faelles" : "akasse";
    const holder = holderOf(kind);
    // Each holder spreads its own meetings; the a-kasse's are not held back by the CV-samtale floor.
    const meetingDays = [...assumed, ...suggested]
      .filter((s) => holderOf(s.kind) === holder && s.kind !== "cv" && s.status === "afholdt")
      .map((s) => parseDay(s.date));
    const ownFloor = holder === "jobcenter" && floor <= parseDay(next.to) ? floor : Number.NEGATIVE_INFINITY;
    const lo = Math.max(parseDay(next.from), start, asOf, ownFloor);
    const hi = Math.min(parseDay(next.to), end);
    const busy = new Set(meetingDays);
    const candidates = workingDaysBetween(lo, hi).filter((d) => !busy.has(d));
    const needed = next.required - next.held;
    const days = spreadDays(candidates, meetingDays, hi, needed);
    for (const day of days) suggested.push(newMeeting(f.id, day, kind, takenIds));
    if (days.length < needed) {
      unplannable.set(keyOf(next), {
        forloebId: f.id,
        rule: next.rule,
        occurrence: next.occurrence,
        from: next.from,
        to: next.to,
        reason: unplannableReason(needed, days.length, lo, hi, holder),
      });
    }
  }
}

function holderOf(kind: Samtale["kind"]): MeetingHolder {
  return isAkasseKind(kind) ? "akasse" : "jobcenter";
}

/**
 * On dagpenge the first jobcentre meeting comes after the a-kasse's CV-samtale (Tabel 1 and 2,
 * so only where the regime says so): while none has been held, plan nothing before the recorded
 * CV-samtale, or before the 2 weeks the a-kasse has for it — wherever a window allows.
 */
function firstMeetingFloor(input: EvaluationInput): Day {
  const f = defined(input.forloeb[0], "the forløb planned (the input holds one)");
  const samtaler = input.samtaler ?? [];
  if (f.ydelse !== "dagpenge" || !REGIME_DEFINITIONS[regimeOf(input.ruleSet, parseDay(f.start))].warnsBeforeCv) return Number.NEGATIVE_INFINITY;
  if (samtaler.some((s) => !isAkasseKind(s.kind) && s.status === "afholdt")) return Number.NEGATIVE_INFINITY;
  const cvDays = samtaler.filter((s) => s.kind === "cv" && (s.status === "afholdt" || s.status === "planlagt")).map((s) => parseDay(s.date));
  return cvDays.length > 0 ? Math.min(...cvDays) + 1 : parseDay(f.start) + CV_DEADLINE_DAYS;
}

function newMeeting(forloebId: string, day: Day, kind: SuggestedMeeting["kind"], takenIds: Set<string>): Samtale {
  let n = takenIds.size + 1;
  while (takenIds.has(`forslag-${n}`)) n++;
  const id = `forslag-${n}`;
  takenIds.add(id);
  return { id, forloebId, date: formatDay(day), kind, status: "afholdt" };
}

function unplannableReason(needed: number, placed: number, lo: Day, hi: Day, holder: MeetingHolder): string {
  if (lo > hi) return "Fristen kan ikke nås: der er ingen dage tilbage i vinduet.";
  const span = lo === hi ? formatDanishDate(lo) : `${formatDanishDate(lo)} – ${formatDanishDate(hi)}`;
  return placed === 0
    ? `Fristen kan ikke nås: ingen ledig arbejdsdag i ${holder === "akasse" ? "a-kassen" : "jobcentret"} i perioden ${span}.`
    : `Fristen kan kun delvist nås: ${placed} af ${needed} samtaler kan placeres på arbejdsdage i perioden ${span}.`;
}

/**
 * Turn the suggested meetings into the result. Each unmet obligation is credited to the earliest
 * suggestions it still needs, so `covers` lists what a meeting is for rather than everything it
 * happens to count toward (which it falls back to only if it was outrun by earlier suggestions).
 */
function describe(suggested: readonly Samtale[], finalObligations: readonly Obligation[], originalUnmet: ReadonlySet<string>): SuggestedMeeting[] {
  const ids = new Set(suggested.map((s) => s.id));
  const credited = new Map<string, Obligation[]>();
  const counting = new Map<string, Obligation[]>();
  for (const o of finalObligations) {
    if (!originalUnmet.has(keyOf(o)) && o.rule !== "every-4-weeks") continue;
    const mine = o.satisfiedBy.filter((id) => ids.has(id));
    const needed = o.required - (o.satisfiedBy.length - mine.length);
    const byDate = [...mine].sort((a, b) => dateOf(suggested, a) - dateOf(suggested, b));
    for (const [i, id] of byDate.entries()) {
      const target = i < needed ? credited : counting;
      target.set(id, [...(target.get(id) ?? []), o]);
    }
  }
  return suggested
    .map((s): SuggestedMeeting => {
      const covered = credited.get(s.id) ?? counting.get(s.id) ?? [];
      const deadline = Math.min(...covered.map((o) => parseDay(o.to)));
      return {
        forloebId: s.forloebId,
        date: s.date,
        kind: s.kind === "faelles" || s.kind === "akasse" ? s.kind : "individuel",
        holder: holderOf(s.kind),
        covers: covered.map((o) => ({ forloebId: o.forloebId, rule: o.rule, occurrence: o.occurrence })),
        reason: `Frist ${formatDanishDate(deadline)}: ${covered.map((o) => labelOf(o.explanation)).join("; ")}.`,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function dateOf(suggested: readonly Samtale[], id: string): Day {
  return parseDay(
    defined(
      suggested.find((s) => s.id === id),
      "a suggestion made above",
    ).date,
  );
}
