/** Settings (settings.*): slot rules and the rule set. */
import { z } from "zod";
import { RULE_SETS } from "../codes.js";

export const RuleSetSetting = z.object({
  ruleSet: z.enum(RULE_SETS),
  /** `kommune` when the caller's kommune has chosen its own, else the national setting. */
  scope: z.enum(["national", "kommune"]),
  kommunekode: z.string().nullable(),
});
export type RuleSetSetting = z.infer<typeof RuleSetSetting>;

export const SetRuleSetInput = z.object({ ruleSet: z.enum(RULE_SETS) });
export type SetRuleSetInput = z.infer<typeof SetRuleSetInput>;
