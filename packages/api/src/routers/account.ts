/** Every signed-in user's own account: change the password, see and end their sessions. */
import { ChangePasswordInput, Ok, SessionRecord, SessionRef } from "@kontaktplan/schema";
import { clearedSessionCookie } from "../auth/cookie.js";
import { changePassword, endOwnSession, listSessions } from "../domain/admin/account.js";
import { danish } from "../input.js";
import { authedProcedure, router } from "../trpc.js";

/** The signed-in user as the owner of the request's session (authedProcedure guarantees a token). */
function ownerOf(ctx: { user: { id: string; organisation: { id: string } | null }; sessionToken: string | null }) {
  return { userId: ctx.user.id, organisationId: ctx.user.organisation?.id ?? null, sessionToken: ctx.sessionToken ?? "" };
}

export const accountRouter = router({
  /** Also ends the user's other sessions. */
  changePassword: authedProcedure
    .input(danish(ChangePasswordInput))
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction((tx) => changePassword(tx, ownerOf(ctx), input));
      return { ok: true as const };
    }),
  sessions: authedProcedure.output(SessionRecord.array()).query(({ ctx }) => listSessions(ctx.db, ownerOf(ctx), ctx.now())),
  /** Ending the current session signs the caller out (the cookie is cleared too). */
  endSession: authedProcedure
    .input(danish(SessionRef))
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      const { current } = await ctx.db.transaction((tx) => endOwnSession(tx, ownerOf(ctx), input.sessionId));
      if (current) ctx.setCookie(clearedSessionCookie(ctx.secureCookie));
      return { ok: true as const };
    }),
});
