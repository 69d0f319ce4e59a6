import type { RuleSet } from "@kontaktplan/schema";

/** Every cached answer about one citizen, under any rule set: what a change to the citizen invalidates. */
export function citizenKey(citizenId: string) {
  return ["citizen.get", citizenId] as const;
}

/** The citizen under the rule set in force (`null`) or under a chosen one, for comparison. */
export function citizenQueryKey(citizenId: string, ruleSet: RuleSet | null) {
  return [...citizenKey(citizenId), ruleSet ?? "in-force"] as const;
}

/** Every page of the caseload (its rows summarise each citizen's obligations). */
export const CASELOAD_KEY = ["caseload.list"] as const;
