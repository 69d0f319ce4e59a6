import { and, eq } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { compareValid } from "@kontaktplan/rules";
import { CompareCaseloadQuery, CompareCaseloadSummary } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { evaluationInputOf, groupBy, loadCaseData } from "../domain/case-data.js";
import { currentForloeb } from "../domain/caseload.js";
import { ruleSetFor } from "../domain/rule-set.js";
import { danish } from "../input.js";
import { citizenVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { heavy, jobcentreProcedure, router } from "../trpc.js";

const { citizens } = tables;

export const compareRouter = router({
  /**
   * The minimum meetings `lab` and `forenklet` each require of the caller's caseload (or the whole
   * kommune), per target group and period, by the rules engine's `compare()`: one forløb per
   * citizen, the one the caseload shows. Counts only, so it is audited as one read without a citizen.
   */
  caseload: jobcentreProcedure.use(heavy)
    .input(danish(CompareCaseloadQuery))
    .output(CompareCaseloadSummary)
    .query(async ({ ctx, input }) => {
      const where = and(citizenVisible(ctx.scope), input.scope === "mine" ? eq(citizens.caseworkerId, ctx.scope.userId) : undefined);
      const asOf = copenhagenToday(ctx.now());
      const [{ ruleSet }, data] = await Promise.all([ruleSetFor(ctx.db, ctx.scope.kommunekode), loadCaseData(ctx.db, where)]);
      const evaluationInput = evaluationInputOf(data, ruleSet, asOf);
      const current = [...groupBy(evaluationInput.forloeb, (f) => f.borgerId).values()].flatMap((list) => currentForloeb(list, asOf) ?? []);
      const result = compareValid({ ...evaluationInput, forloeb: current });
      await auditRead(ctx.db, ctx.scope, "compare.caseload", null, { kommunekode: ctx.scope.kommunekode, scope: input.scope });
      return { asOf, ruleSet, ruleSets: result.ruleSets, forloeb: current.length, byTargetGroup: result.byTargetGroup };
    }),
});
