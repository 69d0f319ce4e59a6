import { randomUUID } from "node:crypto";
import { and, eq, gt, inArray, isNull, ne } from "drizzle-orm";
import { formatDay, parseDay } from "@kontaktplan/rules";
import { tables } from "@kontaktplan/db";
import { SlotListInput, SlotListItem, SlotPublishInput, SlotPublishResult, SlotWithdrawInput, SlotWithdrawResult } from "@kontaktplan/schema";
import { z } from "zod";
import { auditRead } from "../audit.js";
import { recordChanges } from "../change-log.js";
import { closedNotice, requireOpenDay } from "../domain/open-days.js";
import { requireNoOverlap, requireWithinRules, slotRulesFor } from "../domain/slot-rules.js";
import { jobcentreOf, listSlots, slotRecordOf } from "../domain/slots.js";
import { conflict, fieldError, notFound } from "../errors.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { requireForloeb } from "../tenancy/visibility.js";
import { copenhagenInstant, copenhagenToday } from "../time.js";
import { jobcentreProcedure, rolesProcedure, router } from "../trpc.js";
import { logWrite } from "../write-log.js";

const { jointBookings, slots, users } = tables;

const WEEK = 7;

export const slotsRouter = router({
  /**
   * Offer free times for fællessamtaler: one, or the same weekday and time for N weeks. The chosen
   * date must be a working day; later repeats that fall on a day the jobcentre is closed are
   * skipped and reported. Every slot lies inside the kommune's opening hours and horizon, and
   * none overlaps the caseworker's own slots or planned meetings.
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
        const rules = await slotRulesFor(tx, scope.kommunekode);
        const today = copenhagenToday(ctx.now());
        const seriesId = input.weeks > 1 ? randomUUID() : null;
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
          requireWithinRules({ startsAt, endsAt }, rules, today);
          values.push({ jobcenterId: scope.organisationId, caseworkerId, seriesId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
        }
        if (caseworkerId !== null) {
          await requireNoOverlap(
            tx,
            caseworkerId,
            values.map((v) => ({ startsAt: new Date(v.startsAt), endsAt: new Date(v.endsAt) })),
          );
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
   * Withdraw an unbooked future slot so no a-kasse is offered it any more, or with `series` every
   * unbooked future slot of its weekly series (booked ones stay, and are reported). The slot rows
   * are locked as a booking locks them, so a withdrawal and a booking never both win.
   */
  withdraw: jobcentreProcedure
    .input(danish(SlotWithdrawInput))
    .output(SlotWithdrawResult)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const scope = ctx.scope;
        const [slot] = await tx
          .select()
          .from(slots)
          .where(and(eq(slots.id, input.slotId), eq(slots.jobcenterId, scope.organisationId), isNull(slots.withdrawnAt)))
          .for("update");
        if (!slot) throw notFound("Tiden");
        const now = ctx.now();
        if (new Date(slot.startsAt) <= now) throw fieldError("slotId", "Tiden er allerede passeret og kan ikke trækkes tilbage");
        const targets =
          input.series && slot.seriesId !== null
            ? await tx
                .select()
                .from(slots)
                .where(and(eq(slots.seriesId, slot.seriesId), isNull(slots.withdrawnAt), gt(slots.startsAt, now.toISOString())))
                .orderBy(slots.startsAt)
                .for("update")
            : [slot];
        const ids = targets.map((t) => t.id);
        const held = await tx
          .select({ slotId: jointBookings.slotId })
          .from(jointBookings)
          .where(and(inArray(jointBookings.slotId, ids), ne(jointBookings.status, "cancelled")));
        const keptBooked = ids.filter((id) => held.some((h) => h.slotId === id));
        if (!input.series && keptBooked.length > 0) throw conflict("Tiden er booket. Aflys fællessamtalen, før tiden trækkes tilbage.");
        const withdrawn = ids.filter((id) => !keptBooked.includes(id));
        for (const id of withdrawn) await tx.update(slots).set({ withdrawnAt: now.toISOString() }).where(eq(slots.id, id));
        await logWrite(
          tx,
          scope,
          "slots.withdraw",
          null,
          { slotIds: withdrawn, series: input.series },
          withdrawn.map((id) => ({
            kommunekode: scope.kommunekode,
            entity: "slot" as const,
            entityId: id,
            op: "delete" as const,
            payload: { withdrawn: true },
          })),
        );
        return { withdrawn, keptBooked };
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
        await auditRead(
          ctx.db,
          scope,
          "slots.list",
          list.flatMap((s) => (s.booking ? [s.booking.citizenId] : [])),
        );
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
