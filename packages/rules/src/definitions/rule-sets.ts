import { REGIME_CODES, type Regime } from "@kontaktplan/schema";
import type { TargetGroup } from "./groups.js";
import { FORENKLET } from "./forenklet.js";
import { LAB } from "./lab.js";
import { LAB2020 } from "./lab2020.js";
import { LAB2024 } from "./lab2024.js";
import { LAB2026 } from "./lab2026.js";
import type { RegimeDefinition, RuleDefinition } from "./types.js";

/**
 * Every regime's definitions, keyed by its code. A new regime is one definitions file and its
 * row in the schema's REGIMES table (the compiler then asks for its entry here).
 */
export const REGIME_DEFINITIONS: Readonly<Record<Regime, RegimeDefinition>> = {
  lab: LAB,
  forenklet: FORENKLET,
  lab2020: LAB2020,
  lab2024: LAB2024,
  lab2026: LAB2026,
};

export const RULE_DEFINITIONS: Readonly<Record<Regime, readonly RuleDefinition[]>> = Object.fromEntries(
  REGIME_CODES.map((r) => [r, REGIME_DEFINITIONS[r].rules]),
) as Record<Regime, readonly RuleDefinition[]>;

/** The rules of one regime for one target group, in table order (built once). */
export const RULES_BY_GROUP: Readonly<Record<Regime, ReadonlyMap<TargetGroup, readonly RuleDefinition[]>>> = Object.fromEntries(
  REGIME_CODES.map((r) => [r, indexByGroup(REGIME_DEFINITIONS[r].rules)]),
) as Record<Regime, ReadonlyMap<TargetGroup, readonly RuleDefinition[]>>;

function indexByGroup(rules: readonly RuleDefinition[]): ReadonlyMap<TargetGroup, readonly RuleDefinition[]> {
  const map = new Map<TargetGroup, RuleDefinition[]>();
  for (const rule of rules) {
    for (const group of rule.groups) {
      const list = map.get(group) ?? [];
      list.push(rule);
      map.set(group, list);
    }
  }
  return map;
}
