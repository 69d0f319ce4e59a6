import { eq } from "drizzle-orm";
import { type Db, onlyRow, tables } from "@kontaktplan/db";
import { RequestRecord, RequestRef, RequestRegisterInput, RequestUpdateInput } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { logWrite } from "../write-log.js";
import { requirePlausibleDate } from "../domain/plausible-dates.js";
import { anmodningOf } from "../domain/records.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { requireForloeb, requireRequest, type VisibleForloeb } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { jobcentreProcedure, router } from "../trpc.js";

const { requests } = tables;

/** A request's date is when it was made: inside the forløb, and not after today. */
function requirePlausibleRequestDate(target: VisibleForloeb, date: string, now: Date): void {
  requirePlausibleDate("date", date, target.forloeb, copenhagenToday(now), { pastOnly: true });
}

async function logRequestWrite(tx: Db, actor: Actor, target: VisibleForloeb, record: RequestRecord, action: string, details: Record<string, unknown>) {
  await logWrite(tx, actor, action, target.forloeb.citizenId, { requestId: record.id, ...details }, [
    { kommunekode: target.kommunekode, entity: "request", entityId: record.id, op: "upsert", payload: record },
  ]);
}

export const requestRouter = router({
  /** The citizen (or the jobcentre) asked for a meeting; the engine turns it into a deadline. */
  register: jobcentreProcedure
    .input(danish(RequestRegisterInput))
    .output(RequestRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "request.register", input.idempotencyKey, async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId);
        requirePlausibleRequestDate(target, input.date, ctx.now());
        const row = onlyRow(
          await tx.insert(requests).values({ forloebId: input.forloebId, date: input.date, by: input.by, createdBy: ctx.scope.userId }).returning(),
        );
        const record = anmodningOf(row);
        await logRequestWrite(tx, ctx.scope, target, record, "request.register", {});
        return record;
      }),
    ),

  /** Correct a request's date or who made it; audited with before and after. */
  update: jobcentreProcedure
    .input(danish(RequestUpdateInput))
    .output(RequestRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireRequest(tx, ctx.scope, input.requestId);
        requirePlausibleRequestDate(target, input.date, ctx.now());
        const row = onlyRow(await tx.update(requests).set({ date: input.date, by: input.by }).where(eq(requests.id, input.requestId)).returning());
        const record = anmodningOf(row);
        const before = { date: target.request.date, by: target.request.by };
        await logRequestWrite(tx, ctx.scope, target, record, "request.update", { before, after: { date: record.date, by: record.by } });
        return record;
      }),
    ),

  /** Remove a request registered by mistake (its deadline goes with it). */
  remove: jobcentreProcedure
    .input(danish(RequestRef))
    .output(RequestRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireRequest(tx, ctx.scope, input.requestId);
        await tx.delete(requests).where(eq(requests.id, input.requestId));
        const record = anmodningOf(target.request);
        await logWrite(tx, ctx.scope, "request.remove", target.forloeb.citizenId, { requestId: record.id, before: { date: record.date, by: record.by } }, [
          { kommunekode: target.kommunekode, entity: "request", entityId: record.id, op: "delete", payload: { forloebId: record.forloebId } },
        ]);
        return record;
      }),
    ),
});
