/**
 * The run pins the national rule set to the seed's `forenklet` (global-setup), which most specs are
 * written around. Specs about the enacted regimes put one kommune under the law in force for their
 * own duration and give it back afterwards (the specs run one at a time).
 */
import type { RuleSet } from "@kontaktplan/schema";
import { test } from "./fixtures.js";
import { apiAs, mutate } from "./support.js";

async function setKommuneRuleSet(adminEmail: string, ruleSet: RuleSet): Promise<void> {
  const api = await apiAs(adminEmail);
  await mutate(api, "settings.setRuleSet", { ruleSet });
  await api.dispose();
}

/** The administrator's kommune follows `ruleSet` during the calling spec file, and the run's rule set again after it. */
export function useKommuneRuleSet(adminEmail: string, ruleSet: RuleSet = "gaeldende"): void {
  test.beforeAll(() => setKommuneRuleSet(adminEmail, ruleSet));
  test.afterAll(() => setKommuneRuleSet(adminEmail, "forenklet"));
}
