import { MarkReadInput, NotificationList, UnreadCount } from "@kontaktplan/schema";
import { inbox, markRead, unreadCount } from "../domain/notifications.js";
import { danish } from "../input.js";
import { authedProcedure, router, serverOnly } from "../trpc.js";

/** Every signed-in user's own inbox (the top bar's bell and its page). */
const own = authedProcedure.use(serverOnly);

export const notificationsRouter = router({
  /** The number of unread notifications; a caseworker's deadline notices are brought up to date first. */
  unreadCount: own.output(UnreadCount).query(async ({ ctx }) => ({ unread: await unreadCount(ctx.db, ctx.scope, ctx.now()) })),

  /** The newest notifications, newest first, in Danish, each with where it is answered. */
  list: own.output(NotificationList).query(({ ctx }) => inbox(ctx.db, ctx.scope, ctx.now())),

  /** Mark the given notifications (or all) read; answers the unread count left. */
  markRead: own
    .input(danish(MarkReadInput))
    .output(UnreadCount)
    .mutation(async ({ ctx, input }) => ({ unread: await markRead(ctx.db, ctx.scope, input.ids, ctx.now()) })),
});
