/**
 * Browser-safe rule data (`@kontaktplan/rules/definitions`): every regime's rules as data and what
 * changed between them, without the engine or the holiday calendar, so screens can show the rules
 * themselves rather than a copy of them.
 */
export { REGIME_DEFINITIONS } from "./rule-sets.js";
export { regimeChanges, type RegimeChanges, type RuleChange } from "./changes.js";
export type { ConditionFlag, KindPolicy, RegimeDefinition, RuleDefinition, Span, WindowSpec } from "./types.js";
