import { and, eq } from "drizzle-orm";
import { formatDay, parseDay } from "@kontaktplan/rules";
import { tables } from "@kontaktplan/db";
import { SlotListInput, SlotListItem, SlotPublishInput, SlotPublishResult } from "@kontaktplan/schema";
import { z } from "zod";
import { auditRead } from "../audit.js";
import { recordChanges } from "../change-log.js";
import { closedNotice, requireOpenDay } from "../domain/open-days.js";
import { jobcentreOf, listSlots, slotRecordOf } from "../domain/slots.js";
import { fieldError } from "../errors.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { requireForloeb } from "../tenancy/visibility.js";
import { copenhagenInstant } from "../time.js";
import { jobcentreProcedure, rolesProcedure, router } from "../trpc.js";

const { slots, users } = tables;

const WEEK = 7;

export const slotsRouter = router({
  /**
   * Offer free times for fællessamtaler: one, or the same weekday and time for N weeks. The chosen
   * date must be a working day; later repeats that fall on a day the jobcentre is closed are
   * skipped and reported.
   */
  publish: jobcentreProcedure
    .input(danish(SlotPublishInput))
    .output(SlotPublishResult)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "slots.publish", input.idempotencyKey, async (tx) => {
        const scope = ctx.scope;
        if (copenhagenInstant(input.date, input.time) <= ctx.now()) {
          throw fieldError("date", "Tiden ligger i fortiden. Vælg en fremtidig dato og tid.");
        }
        requireOpenDay(input.date, "date");
        let caseworkerId = scope.role === "sagsbehandler" ? scope.userId : null;
        if (input.caseworkerId !== undefined) {
          const [colleague] = await tx
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.id, input.caseworkerId), eq(users.organisationId, scope.organisationId)));
          if (!colleague) throw fieldError("caseworkerId", "Sagsbehandleren findes ikke i dit jobcenter");
          caseworkerId = colleague.id;
        }
        const skipped: { date: string; reason: string }[] = [];
        const values: (typeof slots.$inferInsert)[] = [];
        for (let week = 0; week < input.weeks; week++) {
          const day = parseDay(input.date) + week * WEEK;
          const date = formatDay(day);
          const closed = closedNotice(day);
          if (closed !== null) {
            skipped.push({ date, reason: closed });
            continue;
          }
          const startsAt = copenhagenInstant(date, input.time);
          const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
          values.push({ jobcenterId: scope.organisationId, caseworkerId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
        }
        const rows = values.length > 0 ? await tx.insert(slots).values(values).returning() : [];
        const { name } = await jobcentreOf(tx, scope.kommunekode);
        const created = rows.map((row) => slotRecordOf(row, name, false));
        await recordChanges(
          tx,
          created.map((slot) => ({ kommunekode: scope.kommunekode, entity: "slot" as const, entityId: slot.id, op: "upsert" as const, payload: slot })),
        );
        return { created, skipped };
      }),
    ),

  /**
   * Jobcentre staff: their jobcentre's slots between two dates, booked or not, with who booked
   * them (audited per booked citizen). A-kasse staff: the free future slots of the jobcentre of
   * the member whose forløb they name.
   */
  list: rolesProcedure("sagsbehandler", "jobcenter_admin", "akasse")
    .input(danish(SlotListInput))
    .output(z.array(SlotListItem))
    .query(async ({ ctx, input }) => {
      const scope = ctx.scope;
      const from = copenhagenInstant(input.from, "00:00");
      const until = copenhagenInstant(formatDay(parseDay(input.to) + 1), "00:00");
      if (scope.kind === "jobcenter") {
        const list = await listSlots(ctx.db, scope.organisationId, from, until, false);
        await auditRead(ctx.db, scope, "slots.list", list.flatMap((s) => (s.booking ? [s.booking.citizenId] : [])));
        return list;
      }
      if (input.forloebId === undefined) throw fieldError("forloebId", "Vælg det medlem, tiden skal bookes til");
      const target = await requireForloeb(ctx.db, scope, input.forloebId);
      const jobcentre = await jobcentreOf(ctx.db, target.kommunekode);
      await auditRead(ctx.db, scope, "slots.list", target.forloeb.citizenId, { forloebId: target.forloeb.id });
      const now = ctx.now();
      return listSlots(ctx.db, jobcentre.id, from > now ? from : now, until, true);
    }),
});
