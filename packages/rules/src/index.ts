export { defined } from "./defined.js";
export { evaluate, evaluateValid, isInvalid } from "./engine/evaluate.js";
export { handoverDay } from "./engine/handover.js";
export { RULE_DEFINITIONS, REGIME_DEFINITIONS } from "./definitions/rule-sets.js";
export { regimeChanges, type RegimeChanges, type RuleChange } from "./definitions/changes.js";
export { regimeOf } from "./definitions/regimes.js";
export { EXEMPTION_POOL, EXEMPTION_TEXT, EXEMPTION_CEILING, LAB2026_TEXT } from "./definitions/lab2026.js";
export { LAB2020_TEXT } from "./definitions/lab2020.js";
export { LAB2024_TEXT } from "./definitions/lab2024.js";
export type { RuleDefinition, RegimeDefinition, WindowSpec, KindPolicy, Span, ConditionFlag } from "./definitions/types.js";
export { TARGET_GROUP_LABELS, targetGroupOf, type TargetGroup } from "./definitions/groups.js";
export { SEED } from "./definitions/legal-text.js";
export { formatDanishDate, formatDanishWeekdayDate } from "./dates/danish.js";
export { checkCase, type ConformanceCase, type CaseOutcome } from "./conformance/check-case.js";
export { plan, planValid } from "./plan/plan.js";
export {
  isWorkingDay,
  closedReason,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
  workingDaysBetween,
} from "./calendar/working-days.js";
export { holidaysInYear } from "./calendar/holidays.js";
export { parseDay, formatDay, addMonths, type Day } from "./dates/day.js";
export { compare, compareValid, totalsByGroup } from "./compare/compare.js";
export { latestCover, type Demand } from "./compare/cover.js";
export { latestChain, type ChainProblem } from "./compare/chain.js";
