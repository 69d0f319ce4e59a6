export { daysBetween, formatDanishDate, formatDanishDateTime, formatDanishShortDate, dayNumber, isoOfDay } from "./dates.js";
export { maskCpr } from "./cpr.js";
export {
  JOINT_RULE_LABEL,
  MEETING_KIND_LABEL,
  MEETING_STATUS_LABEL,
  OBLIGATION_STATUS_LABEL,
  RULE_SET_LABEL,
  PROVISIONAL_NOTE,
  REGIME_FLAG_HELP,
  REGIME_FLAG_LABEL,
  YDELSE_LABEL,
} from "./labels.js";
export { OBLIGATION_STATUS_COLOUR, MEETING_STATUS_COLOUR } from "./status-colours.js";
export { StatusBadge } from "./StatusBadge.js";
export { ruleTitle } from "./rule-title.js";
export { ObligationList, type ObligationListProps } from "./ObligationList.js";
export { Timeline, type TimelineProps } from "./Timeline.js";
export { describeTimeline } from "./timeline-text.js";
export { timelineScale } from "./timeline-scale.js";
export { adjacentForloeb, timelineLayout, type TimelineData, type TimelineLayout } from "./timeline-layout.js";
export { groupsText, holderText, regimeRules, requirementText, type RegimeRules, type RuleRow } from "./rule-text.js";
