import { CalendarFeedCreated, CalendarFeedCreateInput, CalendarFeedState } from "@kontaktplan/schema";
import { createFeed, feedState, revokeFeed } from "../domain/calendar-feed.js";
import { danish } from "../input.js";
import { jobcentreProcedure, router, serverOnly } from "../trpc.js";

/** The address is the server's to make and answer. */
const own = jobcentreProcedure.use(serverOnly);

/** A caseworker's own calendar subscription (Min konto): the secret address is shown once, when made. */
export const calendarFeedRouter = router({
  get: own.output(CalendarFeedState).query(({ ctx }) => feedState(ctx.db, ctx.scope.userId)),

  /** A new address; an earlier one stops working at once. */
  create: own
    .input(danish(CalendarFeedCreateInput))
    .output(CalendarFeedCreated)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction((tx) => createFeed(tx, { userId: ctx.scope.userId, organisationId: ctx.scope.organisationId }, input.showNames, ctx.now())),
    ),

  revoke: own
    .output(CalendarFeedState)
    .mutation(({ ctx }) => ctx.db.transaction((tx) => revokeFeed(tx, { userId: ctx.scope.userId, organisationId: ctx.scope.organisationId }))),
});
