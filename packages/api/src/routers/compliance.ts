import { eq } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { evaluateValid } from "@kontaktplan/rules";
import { ComplianceQuery, ComplianceSummary } from "@kontaktplan/schema";
import { audit } from "../audit.js";
import { evaluationInputOf, loadCaseData } from "../domain/case-data.js";
import { complianceRows } from "../domain/compliance.js";
import { ruleSetFor } from "../domain/rule-set.js";
import { danish } from "../input.js";
import { citizenVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { jobcentreProcedure, router } from "../trpc.js";

const { citizens, teams, users } = tables;

export const complianceRouter = router({
  /**
   * For the caller's kommune: obligations met on time, missed and open, per team (of each
   * citizen's caseworker) and target group, optionally only those due between two dates.
   * Counts only, so it is audited as one read without a citizen.
   */
  summary: jobcentreProcedure
    .input(danish(ComplianceQuery))
    .output(ComplianceSummary)
    .query(async ({ ctx, input }) => {
      const where = citizenVisible(ctx.scope);
      const asOf = copenhagenToday(ctx.now());
      const [{ ruleSet }, citizenTeams, data] = await Promise.all([
        ruleSetFor(ctx.db, ctx.scope.kommunekode),
        ctx.db
          .select({ citizenId: citizens.id, teamId: teams.id, teamName: teams.name })
          .from(citizens)
          .leftJoin(users, eq(users.id, citizens.caseworkerId))
          .leftJoin(teams, eq(teams.id, users.teamId))
          .where(where),
        loadCaseData(ctx.db, where),
      ]);
      const evaluationInput = evaluationInputOf(data, ruleSet, asOf);
      const { obligations } = evaluateValid(evaluationInput);
      await audit(ctx.db, ctx.scope, "compliance.summary", null, { kommunekode: ctx.scope.kommunekode });
      return { asOf, ruleSet, ...complianceRows(evaluationInput, obligations, citizenTeams, input) };
    }),
});
