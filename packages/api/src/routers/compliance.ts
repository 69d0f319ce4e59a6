import { eq } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { evaluateValid } from "@kontaktplan/rules";
import { ComplianceQuery, ComplianceSummary } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { evaluationInputOf, loadCaseData } from "../domain/case-data.js";
import { complianceBreakdown } from "../domain/compliance.js";
import { ruleSetFor } from "../domain/rule-set.js";
import { danish } from "../input.js";
import { citizenVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { heavy, jobcentreProcedure, router } from "../trpc.js";

const { citizens, teams, users } = tables;

export const complianceRouter = router({
  /**
   * For the caller's kommune: obligations met on time, missed and open, per team (of each
   * citizen's caseworker) and target group, per target group and per caseworker, optionally only
   * those due between two dates.
   * Counts only, so it is audited as one read without a citizen.
   */
  summary: jobcentreProcedure.use(heavy)
    .input(danish(ComplianceQuery))
    .output(ComplianceSummary)
    .query(async ({ ctx, input }) => {
      const where = citizenVisible(ctx.scope);
      const asOf = copenhagenToday(ctx.now());
      const [{ ruleSet }, staff, data] = await Promise.all([
        ruleSetFor(ctx.db, ctx.scope.kommunekode),
        ctx.db
          .select({ citizenId: citizens.id, teamId: teams.id, teamName: teams.name, caseworkerId: users.id, caseworkerName: users.name })
          .from(citizens)
          .leftJoin(users, eq(users.id, citizens.caseworkerId))
          .leftJoin(teams, eq(teams.id, users.teamId))
          .where(where),
        loadCaseData(ctx.db, where),
      ]);
      const evaluationInput = evaluationInputOf(data, ruleSet, asOf);
      const { obligations } = evaluateValid(evaluationInput);
      await auditRead(ctx.db, ctx.scope, "compliance.summary", null, { kommunekode: ctx.scope.kommunekode });
      return { asOf, ruleSet, ...complianceBreakdown(evaluationInput, obligations, staff, input) };
    }),
});
