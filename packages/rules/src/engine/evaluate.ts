import { parseEvaluationInput, type EvaluationInput, type EvaluationResult, type InvalidResult, type Obligation, type Warning } from "@kontaktplan/schema";
import { parseDay } from "../dates/day.js";
import { REGIME_DEFINITIONS } from "../definitions/rule-sets.js";
import { regimeOf } from "../definitions/regimes.js";
import { contextOf, forloebFacts, groupByForloeb, type EvaluationContext, type ForloebFacts, type MeetingFacts, type RequestFacts } from "./facts.js";
import { kindsFor } from "./kinds.js";
import { buildObligation } from "./obligation.js";
import { opening } from "./opening.js";
import { conditionsHold, PREPARED_BY_GROUP, type PreparedRule } from "./prepared.js";
import { requestObligations } from "./requests.js";
import { beforeCvWarning, noObligationsWarning, notCoveredWarning, onRequestOnlyWarning } from "./warnings.js";
import { ruleWindows } from "./windows.js";

const NONE: readonly never[] = Object.freeze([]);

/**
 * Validate and evaluate (RULES.md §7): invalid input is refused as a whole with
 * field-level Danish errors, valid input yields every obligation and warning.
 */
export function evaluate(raw: unknown): EvaluationResult | InvalidResult {
  const parsed = parseEvaluationInput(raw);
  return parsed.ok ? evaluateValid(parsed.value) : { errors: parsed.errors };
}

export function isInvalid(result: EvaluationResult | InvalidResult): result is InvalidResult {
  return "errors" in result;
}

/** Evaluate input that has already passed the schema. Pure: `asOf` is the only notion of today. */
export function evaluateValid(input: EvaluationInput): EvaluationResult {
  const ctx = contextOf(input);
  const meetingsByForloeb = groupByForloeb(input.samtaler, toMeeting);
  const requestsByForloeb = groupByForloeb(input.anmodninger, toRequest);
  const obligations: Obligation[] = [];
  const warnings: Warning[] = [];
  for (const source of input.forloeb) {
    const f = forloebFacts(source);
    evaluateForloeb(f, meetingsByForloeb.get(f.id) ?? NONE, requestsByForloeb.get(f.id) ?? NONE, ctx, obligations, warnings);
  }
  return { obligations, warnings };
}

function toMeeting(s: NonNullable<EvaluationInput["samtaler"]>[number]): MeetingFacts {
  return { id: s.id, day: parseDay(s.date), kind: s.kind, status: s.status };
}

function toRequest(a: NonNullable<EvaluationInput["anmodninger"]>[number]): RequestFacts {
  return { source: a, day: parseDay(a.date) };
}

export function evaluateForloeb(
  f: ForloebFacts,
  meetings: readonly MeetingFacts[],
  requests: readonly RequestFacts[],
  ctx: EvaluationContext,
  obligations: Obligation[],
  warnings: Warning[],
): void {
  if (f.group === "not-covered") {
    warnings.push(notCoveredWarning(f));
    return;
  }
  const regime = regimeOf(ctx.ruleSet, f.start);
  if (f.group === "foertidspension") warnings.push(onRequestOnlyWarning(f));
  const before = obligations.length;
  let exempted = false;
  for (const rule of PREPARED_BY_GROUP[regime].get(f.group) ?? NONE) {
    if (!conditionsHold(rule, f)) {
      exempted ||= f.flags.undtaget && rule.exemptable;
      continue;
    }
    if (rule.definition.window.type === "per-request") {
      if (requests.length > 0) requestObligations(rule.definition, f, requests, meetings, ctx, obligations, warnings);
      continue;
    }
    pushRuleObligations(rule, f, meetings, ctx, obligations);
  }
  if (obligations.length === before && f.group !== "foertidspension") {
    warnings.push(noObligationsWarning(f, regime, exempted, ctx.horizon));
  }
  if (f.group === "dagpenge" && REGIME_DEFINITIONS[regime].warnsBeforeCv) {
    const warning = beforeCvWarning(f, meetings);
    if (warning) warnings.push(warning);
  }
}

function pushRuleObligations(prepared: PreparedRule, f: ForloebFacts, meetings: readonly MeetingFacts[], ctx: EvaluationContext, out: Obligation[]): void {
  const rule = prepared.definition;
  const kinds = kindsFor(rule.kinds, f);
  ruleWindows(rule, f, meetings, ctx, (occurrence, from, to, event) => {
    out.push(buildObligation(rule, kinds, occurrence, from, to, opening(prepared.opening, occurrence, event), f, meetings, ctx.asOf));
  });
}
