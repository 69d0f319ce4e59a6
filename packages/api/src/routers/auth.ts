import { z } from "zod";
import { LoginInput, Me } from "@kontaktplan/schema";
import { login, logout, meOf } from "../auth/login.js";
import { danish } from "../input.js";
import { authedProcedure, publicProcedure, router } from "../trpc.js";

export const authRouter = router({
  /** Sets the session cookie. Wrong password and unknown e-mail get the same answer. */
  login: publicProcedure
    .input(danish(LoginInput))
    .output(Me)
    .mutation(({ ctx, input }) => login(ctx, input)),
  /** Ends the session (if any) and clears the cookie. */
  logout: publicProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await logout(ctx);
    return { ok: true as const };
  }),
  me: authedProcedure.output(Me).query(({ ctx }) => meOf(ctx.user)),
});
