import { tables } from "@kontaktplan/db";
import { RequestRecord, RequestRegisterInput } from "@kontaktplan/schema";
import { audit } from "../audit.js";
import { recordChanges } from "../change-log.js";
import { anmodningOf } from "../domain/records.js";
import { danish } from "../input.js";
import { requireForloeb } from "../tenancy/visibility.js";
import { jobcentreProcedure, router } from "../trpc.js";

export const requestRouter = router({
  /** The citizen (or the jobcentre) asked for a meeting; the engine turns it into a deadline. */
  register: jobcentreProcedure
    .input(danish(RequestRegisterInput))
    .output(RequestRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId);
        const [row] = await tx
          .insert(tables.requests)
          .values({ forloebId: input.forloebId, date: input.date, by: input.by, createdBy: ctx.scope.userId })
          .returning();
        const record = anmodningOf(row!);
        await audit(tx, ctx.scope, "request.register", target.forloeb.citizenId, { requestId: record.id });
        await recordChanges(tx, [
          { kommunekode: target.kommunekode, entity: "request", entityId: record.id, op: "upsert", payload: record },
        ]);
        return record;
      }),
    ),
});
