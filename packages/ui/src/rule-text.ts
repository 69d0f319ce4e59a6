/**
 * A rule of the rules package (its data, not an evaluated obligation) in Danish words for the
 * "Regler" page: what it asks for, of whom, and who holds the meetings.
 */
import { regimeChanges, REGIME_DEFINITIONS, type KindPolicy, type RuleChange, type RuleDefinition } from "@kontaktplan/rules/definitions";
import { TARGET_GROUP_LABELS, type Regime } from "@kontaktplan/schema";

/** A condition of a rule on a forløb flag, as a phrase after the target groups ("kun …", "ikke …"). */
const CONDITION: Record<keyof NonNullable<RuleDefinition["when"]>, Record<"true" | "false", string>> = {
  faellessamtaleInden3Mdr: {
    true: "når a-kassen vurderer behov for en fællessamtale inden 3 måneder",
    false: "uden vurderet behov for en tidlig fællessamtale",
  },
  visiteretTilJobcenter: { true: "visiteret til jobcentret efter § 27, stk. 3", false: "ikke visiteret til jobcentret efter § 27, stk. 3" },
  undtaget: { true: "undtaget fra minimumskrav", false: "ikke undtaget fra minimumskrav" },
  risikoUarbejdsdygtigEfter4Aar: { true: "ved risiko for fortsat uarbejdsdygtighed efter 4 år", false: "uden risiko for fortsat uarbejdsdygtighed efter 4 år" },
};

const HOLDER: Record<KindPolicy, string> = {
  jobcenter: "Jobcentret",
  individuel: "Jobcentret (kun individuelle samtaler)",
  "faelles-diamond": "Jobcentret med a-kassen (fællessamtale)",
  akasse: "A-kassen",
};

/** The rule's own label, without the occurrence a single obligation would fill in ("{k}. periode"). */
export function requirementText(rule: Pick<RuleDefinition, "label" | "window">): string {
  const w = rule.window;
  const span = w.type === "chain" && w.occurrences ? `${w.occurrences.first}.–${w.occurrences.last}.` : "hver";
  return rule.label.replace(" ({k}. periode)", "").replace("{k}.", span).replace(" {m}", "");
}

/** Whom the rule is for: its target groups, and the flags it depends on. */
export function groupsText(rule: Pick<RuleDefinition, "groups" | "when">): string {
  const groups = rule.groups.map((g) => TARGET_GROUP_LABELS[g]).join(", ");
  const conditions = Object.entries(rule.when ?? {}).map(([flag, value]) => CONDITION[flag as keyof typeof CONDITION][value ? "true" : "false"]);
  return conditions.length === 0 ? groups : `${groups} (${conditions.join("; ")})`;
}

/** Who holds the meetings that meet the rule. */
export function holderText(rule: Pick<RuleDefinition, "kinds">): string {
  return HOLDER[rule.kinds];
}

/** One rule of a regime as the page lists it. */
export interface RuleRow {
  requirement: string;
  groups: string;
  holder: string;
  source: string;
  /** The law's (or the seed's) own words. */
  text: string;
  /** Against the regime it followed. */
  change: RuleChange;
}

export interface RegimeRules {
  /** The regime it changed, if any. */
  follows: Regime | null;
  /** What changed, in the regime's own Danish summary. */
  changes: string;
  rules: RuleRow[];
  /** The earlier regime's rules it no longer has, with the groups that lost them. */
  dropped: { requirement: string; groups: string }[];
}

/** A regime's rules, straight from the rules package's data, in words. */
export function regimeRules(regime: Regime): RegimeRules {
  const { follows, rules, dropped } = regimeChanges(regime);
  return {
    follows,
    changes: REGIME_DEFINITIONS[regime].changes,
    rules: rules.map(({ rule, change }) => ({
      requirement: requirementText(rule),
      groups: groupsText(rule),
      holder: holderText(rule),
      source: rule.legalBasis.source,
      text: rule.legalBasis.text,
      change,
    })),
    dropped: dropped.map(({ rule, groups }) => ({ requirement: requirementText(rule), groups: groups.map((g) => TARGET_GROUP_LABELS[g]).join(", ") })),
  };
}
