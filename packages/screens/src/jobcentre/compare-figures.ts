import { COMPARE_PERIODS, type CompareGroupTotal, type ComparePeriodId, type RuleSet } from "@kontaktplan/schema";

/** Rule sets as column headers (the page's introduction names their tables). */
export const RULE_SET_HEADER: Record<RuleSet, string> = {
  lab: "LAB",
  forenklet: "Forenklet",
  lab2020: "LAB 2020",
  lab2024: "LAB 2024",
  lab2026: "LAB 2026",
  gaeldende: "Gældende",
};
/** Rule sets in a chart's legend, with the seed's table each one is. */
export const RULE_SET_LEGEND: Record<RuleSet, string> = {
  lab: "LAB (Tabel 1)",
  forenklet: "Forenklet (Tabel 2)",
  lab2020: "LAB 2019 (2020–2023)",
  lab2024: "LAB 2024",
  lab2026: "LAB 2026 (foreløbig)",
  gaeldende: "Gældende lov",
};
/** A rule set's name after a number: "5 LAB", "4 forenklet". */
export const RULE_SET_IN_TEXT: Record<RuleSet, string> = {
  lab: "LAB",
  forenklet: "forenklet",
  lab2020: "LAB 2020",
  lab2024: "LAB 2024",
  lab2026: "LAB 2026",
  gaeldende: "gældende",
};
/** Each rule set's bar colour, both at least 3:1 against white. */
export const RULE_SET_COLOUR: Record<RuleSet, string> = {
  lab: "#7a5200",
  forenklet: "#0b5394",
  lab2020: "#2e6b30",
  lab2024: "#8a1c5c",
  lab2026: "#4b4b4b",
  gaeldende: "#1f1f7a",
};

/** A group's minimum under one rule set in one period (0 when the answer has no figure for it). */
export function minimumOf(group: Pick<CompareGroupTotal, "minimum">, ruleSet: RuleSet, period: ComparePeriodId): number {
  return group.minimum[ruleSet]?.[period] ?? 0;
}

/** The sum over every target group: the table's total row. */
export function totalOverGroups(groups: readonly CompareGroupTotal[], ruleSets: readonly RuleSet[]): Pick<CompareGroupTotal, "forloeb" | "minimum"> {
  const minimum: CompareGroupTotal["minimum"] = {};
  for (const ruleSet of ruleSets) {
    const byPeriod = { "0-6": 0, "6-12": 0, "12-24": 0 };
    for (const p of COMPARE_PERIODS) byPeriod[p.id] = groups.reduce((sum, g) => sum + minimumOf(g, ruleSet, p.id), 0);
    minimum[ruleSet] = byPeriod;
  }
  return { forloeb: groups.reduce((sum, g) => sum + g.forloeb, 0), minimum };
}

/** "+2", "−3", "0": how many more (or fewer) meetings forenklet requires than LAB. */
export function signedDifference(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}
