import type { Forloeb, RuleSet } from "@kontaktplan/schema";
import { formatDay } from "../dates/day.js";
import { regimeOf } from "../definitions/regimes.js";
import { REGIME_DEFINITIONS } from "../definitions/rule-sets.js";
import { periodBegin } from "./clock.js";
import { forloebFacts } from "./facts.js";

/**
 * The day the jobcentre takes a dagpenge course over from the a-kasse (RULES.md §8: from 2024 the
 * a-kasse holds the first 3 months, so the jobcentre begins with month 4), on the benefit clock
 * (pauses move it, §2.4); null when the a-kasse holds no first months: another benefit, a regime
 * before 2024, or a member visited to the jobcentre from the start (LAB § 27, stk. 3).
 */
export function handoverDay(forloeb: Forloeb, ruleSet: RuleSet): string | null {
  const f = forloebFacts(forloeb);
  const months = REGIME_DEFINITIONS[regimeOf(ruleSet, f.start)].akasseHoldsMonths;
  if (months === null || f.group !== "dagpenge" || f.flags.visiteretTilJobcenter) return null;
  const day = periodBegin(f.start, { n: months, unit: "months" }, f.pauses);
  return day <= f.end ? formatDay(day) : null;
}
