import { and, eq } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { evaluateValid } from "@kontaktplan/rules";
import { CaseloadPage, CaseloadQuery } from "@kontaktplan/schema";
import { audit } from "../audit.js";
import { evaluationInputOf, loadCaseData } from "../domain/case-data.js";
import { filterAndSort, isTargetGroup, summarise } from "../domain/caseload.js";
import { ruleSetFor } from "../domain/rule-set.js";
import { fieldError } from "../errors.js";
import { danish } from "../input.js";
import { citizenVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { jobcentreProcedure, router } from "../trpc.js";

const { citizens } = tables;

export const caseloadRouter = router({
  /**
   * The caller's caseload (or the whole kommune) with each citizen's next deadline, computed by
   * the rules engine as of today in Denmark. Audited per citizen on the returned page.
   */
  list: jobcentreProcedure
    .input(danish(CaseloadQuery))
    .output(CaseloadPage)
    .query(async ({ ctx, input }) => {
      if (input.targetGroup !== undefined && !isTargetGroup(input.targetGroup)) {
        throw fieldError("targetGroup", `Ukendt målgruppe ${JSON.stringify(input.targetGroup)}`);
      }
      const where = and(
        citizenVisible(ctx.scope),
        input.scope === "mine" ? eq(citizens.caseworkerId, ctx.scope.userId) : undefined,
      );
      const asOf = copenhagenToday(ctx.now());
      const [{ ruleSet }, citizenRows, data] = await Promise.all([
        ruleSetFor(ctx.db, ctx.scope.kommunekode),
        ctx.db.select().from(citizens).where(where),
        loadCaseData(ctx.db, where),
      ]);
      const evaluationInput = evaluationInputOf(data, ruleSet, asOf);
      const { obligations } = evaluateValid(evaluationInput);
      const rows = filterAndSort(summarise(citizenRows, evaluationInput, obligations), input);
      const page = rows.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
      await audit(ctx.db, ctx.scope, "caseload.list", page.map((r) => r.citizenId), { page: input.page });
      return { asOf, ruleSet, total: rows.length, page: input.page, pageSize: input.pageSize, rows: page };
    }),
});
