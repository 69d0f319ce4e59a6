/** Every signed-in user's own account: change the password, see and end their sessions. */
import { ChangePasswordInput, Ok, SessionRecord, SessionRef } from "@kontaktplan/schema";
import { clearedSessionCookie } from "../auth/cookie.js";
import { clearFailedLogins, startLoginAttempt, withdrawLoginAttempt } from "../auth/rate-limit.js";
import { changePassword, endOwnSession, listSessions, WrongCurrentPassword } from "../domain/admin/account.js";
import { danish } from "../input.js";
import { authedProcedure, router } from "../trpc.js";

/** The signed-in user as the owner of the request's session (authedProcedure guarantees a token). */
function ownerOf(ctx: { user: { id: string; organisation: { id: string } | null }; sessionToken: string | null }) {
  return { userId: ctx.user.id, organisationId: ctx.user.organisation?.id ?? null, sessionToken: ctx.sessionToken ?? "" };
}

const TOO_MANY_PASSWORD_CHANGES = "For mange forsøg med en forkert nuværende adgangskode. Vent 15 minutter, og prøv igen.";

export const accountRouter = router({
  /**
   * Also ends the user's other sessions. A wrong current password counts as a failed login of the
   * user from this address (a session left open must not let anyone guess the password unhindered).
   */
  changePassword: authedProcedure
    .input(danish(ChangePasswordInput))
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      const attempt = { email: ctx.user.email.toLowerCase(), client: ctx.clientAddress };
      const attemptId = await startLoginAttempt(ctx.db, attempt, ctx.now(), TOO_MANY_PASSWORD_CHANGES);
      try {
        await ctx.db.transaction((tx) => changePassword(tx, ownerOf(ctx), input));
      } catch (error) {
        if (!(error instanceof WrongCurrentPassword)) await withdrawLoginAttempt(ctx.db, attemptId);
        throw error;
      }
      await clearFailedLogins(ctx.db, attempt);
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
