import { REGIME_CODES, type Regime } from "@kontaktplan/schema";
import type { TargetGroup } from "../definitions/groups.js";
import { RULES_BY_GROUP } from "../definitions/rule-sets.js";
import type { ConditionFlag, RuleDefinition } from "../definitions/types.js";
import { FLAG_BIT, type ForloebFacts } from "./facts.js";
import { openingTemplate, type OpeningTemplate } from "./opening.js";

/**
 * A rule as the engine runs it. What every forløb would otherwise work out again from the
 * definition — its conditions, whether failing them is an exemption, how its explanations open — is
 * worked out once per rule set when the module loads.
 */
export interface PreparedRule {
  readonly definition: RuleDefinition;
  /** Its conditions (`when`) as bits: a forløb's `flagBits` under `conditionMask` must equal `conditionBits`. */
  readonly conditionMask: number;
  readonly conditionBits: number;
  /** The rule is for forløb not `undtaget` (RULES.md §8): a forløb failing its conditions may be an exempted one. */
  readonly exemptable: boolean;
  readonly opening: OpeningTemplate;
}

function prepare(rule: RuleDefinition): PreparedRule {
  const when = rule.when ?? {};
  let conditionMask = 0;
  let conditionBits = 0;
  for (const flag of Object.keys(when) as ConditionFlag[]) {
    conditionMask |= FLAG_BIT[flag];
    if (when[flag]) conditionBits |= FLAG_BIT[flag];
  }
  return {
    // Every rule in one object shape, whichever file wrote it (with or without `when`, spread by
    // carryOver): the engine's hot path reads these properties for every forløb, and V8 reads them
    // fastest from objects that all share one shape.
    definition: {
      id: rule.id,
      ruleSet: rule.ruleSet,
      groups: rule.groups,
      when: rule.when,
      window: rule.window,
      required: rule.required,
      kinds: rule.kinds,
      label: rule.label,
      legalBasis: rule.legalBasis,
    },
    conditionMask,
    conditionBits,
    exemptable: when.undtaget === false,
    opening: openingTemplate(rule.label),
  };
}

export function conditionsHold(rule: PreparedRule, f: ForloebFacts): boolean {
  return (f.flagBits & rule.conditionMask) === rule.conditionBits;
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
