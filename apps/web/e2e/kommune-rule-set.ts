/**
 * The run pins the national rule set to the seed's `forenklet` (global-setup), which most specs are
 * written around. Specs about the enacted regimes put one kommune under the law in force for their
 * own duration and give it the rule set it followed before afterwards (the specs run one at a time).
 */
import type { RuleSet, RuleSetSetting } from "@kontaktplan/schema";
import { test } from "./fixtures.js";
import { apiAs, mutate, query } from "./support.js";

/** Sets the administrator's kommune's rule set; answers the one it followed before. */
export async function setKommuneRuleSet(adminEmail: string, ruleSet: RuleSet): Promise<RuleSet> {
  const api = await apiAs(adminEmail);
  const before = await query<RuleSetSetting>(api, "settings.get");
  await mutate(api, "settings.setRuleSet", { ruleSet });
  await api.dispose();
  return before.ruleSet;
}

/** The administrator's kommune follows `ruleSet` during the calling spec file, and what it followed before after it. */
export function useKommuneRuleSet(adminEmail: string, ruleSet: RuleSet = "gaeldende"): void {
  let before: RuleSet | undefined;
  test.beforeAll(async () => {
    before = await setKommuneRuleSet(adminEmail, ruleSet);
  });
  test.afterAll(async () => {
    if (before !== undefined) await setKommuneRuleSet(adminEmail, before);
  });
}
