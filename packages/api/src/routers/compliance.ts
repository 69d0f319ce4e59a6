import { eq, sql } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { ComplianceQuery, ComplianceSummary } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { dueObligations } from "../domain/citizen-results.js";
import { callerKommuneResults } from "./kommune-results.js";
import { complianceBreakdown, type Staff } from "../domain/compliance.js";
import { exemptionQuotas } from "../domain/exemptions.js";
import { danish } from "../input.js";
import { pgArray } from "../sql-arrays.js";
import { heavy, jobcentreProcedure, router } from "../trpc.js";

const { teams, users } = tables;

export const complianceRouter = router({
  /**
   * For the caller's kommune: obligations met on time, missed and open, per team (of each
   * citizen's caseworker) and target group, per target group and per caseworker, optionally only
   * those due between two dates; and the exemption quota per pool group (forløb running today).
   * Counted from the kommune's per-citizen results
   * (domain/citizen-results.ts); names of caseworkers and teams are read fresh.
   * Counts only, so it is audited as one read without a citizen.
   */
  summary: jobcentreProcedure
    .use(heavy)
    .input(danish(ComplianceQuery))
    .output(ComplianceSummary)
    .query(async ({ ctx, input }) => {
      const { kommunekode } = ctx.scope;
      const { asOf, state, results } = await callerKommuneResults(ctx);
      const caseworkerIds = new Set<string>();
      for (const r of results.citizens.values()) if (r.summary.caseworkerId) caseworkerIds.add(r.summary.caseworkerId);
      const staff = await ctx.db
        .select({ teamId: teams.id, teamName: teams.name, caseworkerId: users.id, caseworkerName: users.name })
        .from(users)
        .leftJoin(teams, eq(teams.id, users.teamId))
        .where(sql`${users.id} = any(${pgArray([...caseworkerIds], "uuid")})`);
      const staffOf = new Map<string | null, Staff>(staff.map((s) => [s.caseworkerId, s]));
      const citizens = [...results.citizens.values()].map((r) => ({ staff: staffOf.get(r.summary.caseworkerId), obligations: dueObligations(r) }));
      const exemptions = exemptionQuotas(
        [...results.citizens.values()].flatMap((r) => (r.current ? [r.current] : [])),
        asOf,
      );
      await auditRead(ctx.db, ctx.scope, "compliance.summary", null, { kommunekode });
      return { asOf, ruleSet: state.ruleSet, ...complianceBreakdown(citizens, input), exemptions };
    }),
});
