import { and, eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { evaluateValid } from "@kontaktplan/rules";
import { CaseloadQuery, CitizenSummary, type CaseloadPage, type RuleSet } from "@kontaktplan/schema";
import type { SQL } from "drizzle-orm";
import { auditRead } from "../audit.js";
import { perDatabase } from "../batch.js";
import { evaluationInputOf, loadCaseData } from "../domain/case-data.js";
import { summarise } from "../domain/caseload.js";
import { orderCaseload } from "../domain/caseload-order.js";
import { kommuneState } from "../domain/kommune-state.js";
import { parseSearch, searchAuditDetails } from "../domain/search.js";
import { danish } from "../input.js";
import { citizenVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { versionedCache } from "../versioned-cache.js";
import { jobcentreProcedure, router } from "../trpc.js";

const { citizens } = tables;

/** Caseloads kept per server process: one per caseworker, plus kommune-wide ones. */
const CACHED_CASELOADS = 2_000;

/**
 * Summaries are pure functions of the kommune's data, its rule set and the day, so they are kept
 * until the kommune's data version moves (every write raises it, see kommune-state.ts); sorted and
 * filtered views of them are kept alongside.
 */
interface Caseload {
  summaries: CitizenSummary[];
  views: Map<string, CitizenSummary[]>;
}

const caseloads = perDatabase((_db: Db) => versionedCache<Caseload>(CACHED_CASELOADS));

async function computeCaseload(db: Db, where: SQL | undefined, ruleSet: RuleSet, asOf: string): Promise<Caseload> {
  const [citizenRows, data] = await Promise.all([db.select().from(citizens).where(where), loadCaseData(db, where)]);
  const evaluationInput = evaluationInputOf(data, ruleSet, asOf);
  const { obligations } = evaluateValid(evaluationInput);
  // Validated here, once, rather than as the procedure's output on every request that reads it.
  const summaries = CitizenSummary.array().parse(summarise(citizenRows, evaluationInput, obligations));
  return { summaries, views: new Map() };
}

/** Searches are not kept: each distinct text would add a view, and filtering the summaries again is cheap. */
function view(caseload: Caseload, query: CaseloadQuery): CitizenSummary[] {
  const search = parseSearch(query.search);
  if (search) return orderCaseload(caseload.summaries, query, search);
  const key = JSON.stringify([query.status ?? null, query.targetGroup ?? null, query.caseworker ?? null, query.sort, query.direction]);
  let rows = caseload.views.get(key);
  if (!rows) {
    rows = orderCaseload(caseload.summaries, query, null);
    caseload.views.set(key, rows);
  }
  return rows;
}

export const caseloadRouter = router({
  /**
   * The caller's caseload (or the whole kommune) with each citizen's next deadline, computed by
   * the rules engine as of today in Denmark, filtered, searched (name or CPR) and sorted (urgent first by
   * default) as `domain/caseload-order.ts` does. Audited per citizen on the returned page.
   * Typed as a CaseloadPage but without `.output()`: its rows were validated when computed, and
   * validating every cache hit again was a seventh of the request's CPU under load.
   */
  list: jobcentreProcedure
    .input(danish(CaseloadQuery))
    .query(async ({ ctx, input }): Promise<CaseloadPage> => {
      const { kommunekode, userId } = ctx.scope;
      const mine = input.scope === "mine";
      const where = and(citizenVisible(ctx.scope), mine ? eq(citizens.caseworkerId, userId) : undefined);
      const asOf = copenhagenToday(ctx.now());
      // Read before computing: the summaries are then at least as new as the version they are kept under.
      const { version, ruleSet } = await kommuneState(ctx.db, kommunekode);
      const key = JSON.stringify([kommunekode, mine ? userId : null, ruleSet, asOf]);
      const caseload = await caseloads(ctx.db).get(key, version, () => computeCaseload(ctx.db, where, ruleSet, asOf));
      const rows = view(caseload, input);
      const page = rows.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
      // A search is audited even when it finds no one; its text is not (it may be a CPR number).
      const details = { page: input.page, ...searchAuditDetails(parseSearch(input.search)) };
      const read = page.length === 0 && input.search ? null : page.map((r) => r.citizenId);
      await auditRead(ctx.db, ctx.scope, "caseload.list", read, details);
      return { asOf, ruleSet, total: rows.length, page: input.page, pageSize: input.pageSize, rows: page };
    }),
});
