import type { Regime, TargetGroup } from "@kontaktplan/schema";
import { REGIME_DEFINITIONS } from "./rule-sets.js";
import type { RuleDefinition } from "./types.js";

/** How a regime's rule compares with the regime it followed, for the groups it covers. */
export type RuleChange = "new" | "changed" | "same";

export interface RegimeChanges {
  /** The regime compared with (null for the first). */
  follows: Regime | null;
  /** Each of the regime's rules, in table order, with how it compares. */
  rules: { rule: RuleDefinition; change: RuleChange }[];
  /** The earlier regime's rules the regime no longer has for some of their groups, with those groups. */
  dropped: { rule: RuleDefinition; groups: TargetGroup[] }[];
}

/** A value as text with object keys in order, so equal rules compare equal however they were written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What a rule demands, whatever its wording and source: its windows, count, meeting kinds and conditions. */
function demand(rule: RuleDefinition): string {
  return canonical([rule.window, rule.required, rule.kinds, rule.when ?? {}]);
}

const slot = (id: string, group: string) => `${id} ${group}`;

/**
 * What a regime changed against the one it followed, from the rules as data: a rule (per target
 * group, by its id) is new, changed (another window, count, kind or condition) or the same; the
 * earlier regime's rules that are gone are listed with the groups that lost them.
 */
export function regimeChanges(regime: Regime): RegimeChanges {
  const definition = REGIME_DEFINITIONS[regime];
  const before = definition.follows === null ? [] : REGIME_DEFINITIONS[definition.follows].rules;
  const earlier = new Map<string, string>();
  for (const rule of before) for (const group of rule.groups) earlier.set(slot(rule.id, group), demand(rule));
  const present = new Set<string>();
  const rules = definition.rules.map((rule) => {
    const now = demand(rule);
    const prior = rule.groups.map((group) => earlier.get(slot(rule.id, group)));
    for (const group of rule.groups) present.add(slot(rule.id, group));
    const change: RuleChange = prior.every((p) => p === undefined) ? "new" : prior.every((p) => p === now) ? "same" : "changed";
    return { rule, change };
  });
  const dropped = before.flatMap((rule) => {
    const groups = rule.groups.filter((group) => !present.has(slot(rule.id, group)));
    return groups.length > 0 ? [{ rule, groups: [...groups] }] : [];
  });
  return { follows: definition.follows, rules, dropped };
}
