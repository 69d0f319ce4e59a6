import { totalsByGroup } from "@kontaktplan/rules";
import { CaseloadQuery, CompareCaseloadQuery, CompareCaseloadSummary, REGIME_CODES } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { compareRows } from "../domain/citizen-results.js";
import { callerKommuneResults } from "./kommune-results.js";
import { danish } from "../input.js";
import { heavy, jobcentreProcedure, router } from "../trpc.js";

/** Every citizen of the caseload, in name order (compare.caseload filters nothing). */
const BY_NAME = CaseloadQuery.parse({ sort: "name" });

export const compareRouter = router({
  /**
   * The minimum meetings `lab` and `forenklet` each require of the caller's caseload (or the whole
   * kommune), per target group and period, by the rules engine's `compare()`: one forløb per
   * citizen, the one the caseload shows, each compared once per citizen result
   * (domain/citizen-results.ts). Counts only, so it is audited as one read without a citizen.
   */
  caseload: jobcentreProcedure
    .use(heavy)
    .input(danish(CompareCaseloadQuery))
    .output(CompareCaseloadSummary)
    .query(async ({ ctx, input }) => {
      const { kommunekode, userId } = ctx.scope;
      const { asOf, state, results } = await callerKommuneResults(ctx);
      const citizenIds = results.view(input.scope === "mine" ? userId : null, BY_NAME).map((s) => s.citizenId);
      const rows = compareRows(results, citizenIds);
      await auditRead(ctx.db, ctx.scope, "compare.caseload", null, { kommunekode, scope: input.scope });
      return { asOf, ruleSet: state.ruleSet, ruleSets: [...REGIME_CODES], forloeb: rows.length, byTargetGroup: totalsByGroup(rows, REGIME_CODES) };
    }),
});
