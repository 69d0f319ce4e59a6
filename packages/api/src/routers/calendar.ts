import { CalendarWeek, WeekInput } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { akasseWeek, caseworkerWeek } from "../domain/calendar-week.js";
import { danish } from "../input.js";
import { copenhagenToday } from "../time.js";
import { akasseProcedure, jobcentreProcedure, router, serverOnly } from "../trpc.js";

/** Who each week shows, for the audit trail: the citizens named by its samtaler. */
function citizensOf(week: CalendarWeek): string[] {
  return week.days.flatMap((d) => d.items.flatMap((i) => (i.citizenId === null ? [] : [i.citizenId])));
}

export const calendarRouter = router({
  /** Jobcentre staff: their own samtaler and free slots, Monday to Friday, with overlaps marked. */
  caseworkerWeek: jobcentreProcedure
    .use(serverOnly)
    .input(danish(WeekInput))
    .output(CalendarWeek)
    .query(async ({ ctx, input }) => {
      const week = await caseworkerWeek(ctx.db, ctx.scope, input.monday, copenhagenToday(ctx.now()));
      await auditRead(ctx.db, ctx.scope, "calendar.caseworkerWeek", citizensOf(week), { monday: input.monday });
      return week;
    }),

  /** A-kasse staff: the fællessamtaler their a-kasse has booked for its members, Monday to Friday. */
  akasseWeek: akasseProcedure
    .use(serverOnly)
    .input(danish(WeekInput))
    .output(CalendarWeek)
    .query(async ({ ctx, input }) => {
      const week = await akasseWeek(ctx.db, ctx.scope, input.monday, copenhagenToday(ctx.now()));
      await auditRead(ctx.db, ctx.scope, "calendar.akasseWeek", citizensOf(week), { monday: input.monday });
      return week;
    }),
});
