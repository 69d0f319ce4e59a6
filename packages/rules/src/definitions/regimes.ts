import { defined } from "../defined.js";
import { GAELDENDE, REGIMES, type Regime, type RuleSet } from "@kontaktplan/schema";
import { parseDay, type Day } from "../dates/day.js";

/** The enacted regimes' first days as day numbers, latest first (built once from the schema's table). */
const IN_FORCE_FROM: readonly { readonly from: Day; readonly regime: Regime }[] = REGIMES.filter((r) => r.enacted)
  .map((r) => ({ from: r.inForceFrom === null ? Number.NEGATIVE_INFINITY : parseDay(r.inForceFrom), regime: r.ruleSet }))
  .sort((a, b) => b.from - a.from);

/**
 * The regime a forløb follows (RULES.md §8): the rule set asked for, or with `gaeldende` the
 * regime in force on the forløb's start — kept for the whole forløb, as a ydelsesskift starts a new one.
 */
export function regimeOf(ruleSet: RuleSet, start: Day): Regime {
  if (ruleSet !== GAELDENDE) return ruleSet;
  for (const r of IN_FORCE_FROM) if (start >= r.from) return r.regime;
  return defined(IN_FORCE_FROM.at(-1), "the first regime").regime;
}
