/** Rule-set comparison (compare.caseload). */
import { z } from "zod";
import { RULE_SETS } from "../codes.js";
import { CompareGroupTotal } from "../compare.js";
import { IsoDate } from "../dates.js";
import { CaseloadQuery } from "./caseload.js";

/** The caller's own caseload or the whole kommune, as on the caseload page. */
export const CompareCaseloadQuery = CaseloadQuery.pick({ scope: true });
export type CompareCaseloadQuery = z.infer<typeof CompareCaseloadQuery>;

/**
 * `compare()` over the caseload: one forløb per citizen (the one running today, else the latest,
 * as the caseload shows it), summed per target group and period under every rule set.
 */
export const CompareCaseloadSummary = z.object({
  asOf: IsoDate,
  /** The rule set in force in the kommune today. */
  ruleSet: z.enum(RULE_SETS),
  ruleSets: z.array(z.enum(RULE_SETS)),
  /** How many forløb were compared. */
  forloeb: z.number().int().min(0),
  byTargetGroup: z.array(CompareGroupTotal),
});
export type CompareCaseloadSummary = z.infer<typeof CompareCaseloadSummary>;
