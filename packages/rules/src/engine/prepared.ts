import { REGIME_CODES, type Regime } from "@kontaktplan/schema";
import type { TargetGroup } from "../definitions/groups.js";
import { RULES_BY_GROUP } from "../definitions/rule-sets.js";
import type { ConditionFlag, RuleDefinition } from "../definitions/types.js";
import type { ForloebFacts } from "./facts.js";
import { openingTemplate, type OpeningTemplate } from "./opening.js";

/**
 * A rule as the engine runs it. What every forløb would otherwise work out again from the
 * definition — its conditions, whether failing them is an exemption, how its explanations open — is
 * worked out once per rule set when the module loads.
 */
export interface PreparedRule {
  readonly definition: RuleDefinition;
  readonly conditions: readonly (readonly [ConditionFlag, boolean])[];
  /** The rule is for forløb not `undtaget` (RULES.md §8): a forløb failing its conditions may be an exempted one. */
  readonly exemptable: boolean;
  readonly opening: OpeningTemplate;
}

function prepare(rule: RuleDefinition): PreparedRule {
  const when = rule.when ?? {};
  return {
    definition: rule,
    conditions: (Object.keys(when) as ConditionFlag[]).map((flag) => [flag, when[flag]!] as const),
    exemptable: when.undtaget === false,
    opening: openingTemplate(rule.label),
  };
}

export function conditionsHold(rule: PreparedRule, f: ForloebFacts): boolean {
  for (const [flag, value] of rule.conditions) if (f.flags[flag] !== value) return false;
  return true;
}

function prepareRegime(regime: Regime): ReadonlyMap<TargetGroup, readonly PreparedRule[]> {
  const byGroup = new Map<TargetGroup, readonly PreparedRule[]>();
  for (const [group, rules] of RULES_BY_GROUP[regime]) byGroup.set(group, rules.map(prepare));
  return byGroup;
}

/** The prepared rules of one regime for one target group, in table order. */
export const PREPARED_BY_GROUP = Object.fromEntries(REGIME_CODES.map((r) => [r, prepareRegime(r)])) as Readonly<
  Record<Regime, ReadonlyMap<TargetGroup, readonly PreparedRule[]>>
>;
