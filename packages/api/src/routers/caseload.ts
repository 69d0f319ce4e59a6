import { CaseloadQuery, type CaseloadPage } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { parseSearch, searchAuditDetails } from "../domain/search.js";
import { danish } from "../input.js";
import { callerKommuneResults } from "./kommune-results.js";
import { jobcentreProcedure, router } from "../trpc.js";

export const caseloadRouter = router({
  /**
   * The caller's caseload (or the whole kommune) with each citizen's next deadline, computed by
   * the rules engine as of today in Denmark, from the kommune's per-citizen results
   * (domain/citizen-results.ts), filtered, searched (name or CPR) and sorted (urgent first by default)
   * as `domain/caseload-order.ts` does. Audited per citizen on the returned page.
   * Typed as a CaseloadPage but without `.output()`: its rows were validated when computed, and
   * validating every cache hit again was a seventh of the request's CPU under load.
   */
  list: jobcentreProcedure.input(danish(CaseloadQuery)).query(async ({ ctx, input }): Promise<CaseloadPage> => {
    const { userId } = ctx.scope;
    const { asOf, state, results } = await callerKommuneResults(ctx);
    const rows = results.view(input.scope === "mine" ? userId : null, input);
    const page = rows.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
    // A search is audited even when it finds no one; its text is not (it may be a CPR number).
    const details = { page: input.page, ...searchAuditDetails(parseSearch(input.search)) };
    const read = page.length === 0 && input.search ? null : page.map((r) => r.citizenId);
    await auditRead(ctx.db, ctx.scope, "caseload.list", read, details);
    return { asOf, ruleSet: state.ruleSet, total: rows.length, page: input.page, pageSize: input.pageSize, rows: page };
  }),
});
