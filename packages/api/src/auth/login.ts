import { eq, sql } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { tables } from "@kontaktplan/db";
import type { LoginInput, Me } from "@kontaktplan/schema";
import type { Context } from "../context.js";
import { unauthorized } from "../errors.js";
import { isoInstant } from "../time.js";
import { clearedSessionCookie, sessionCookie } from "./cookie.js";
import { hashPassword, PasswordCheckBusy, verifyPassword } from "./password.js";
import { clearFailedLogins, startLoginAttempt, withdrawLoginAttempt } from "./rate-limit.js";
import { endSession, startSession, USER_COLUMNS, type SessionUser } from "./session.js";

const { organisations, users } = tables;

const WRONG_CREDENTIALS = "Forkert e-mail eller adgangskode";

// Checked against when the e-mail is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export function meOf(user: SessionUser): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teamId: user.teamId,
    organisation: user.organisation,
    sessionExpiresAt: isoInstant(user.sessionExpiresAt),
    mustChangePassword: user.mustChangePassword,
  };
}

export async function login(ctx: Context, input: LoginInput): Promise<Me> {
  const now = ctx.now();
  const attempt = { email: input.email, client: ctx.clientAddress };
  const attemptId = await startLoginAttempt(ctx.db, attempt, now);
  const [user] = await ctx.db
    .select({ ...USER_COLUMNS, passwordHash: users.passwordHash, disabled: users.disabled })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sql`lower(${users.email})`, input.email));
  const hash = user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy")));
  const ok = await verifyPassword(input.password, hash).catch(async (error: unknown) => {
    if (!(error instanceof PasswordCheckBusy)) throw error;
    await withdrawLoginAttempt(ctx.db, attemptId);
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Der er mange loginforsøg lige nu. Prøv igen om et øjeblik." });
  });
  // A failure keeps the attempt startLoginAttempt wrote down.
  if (!user || !ok || user.disabled) throw unauthorized(WRONG_CREDENTIALS);
  await clearFailedLogins(ctx.db, attempt);
  const session = await startSession(ctx.db, user.id, now);
  ctx.setCookie(sessionCookie(session.token, ctx.secureCookie));
  return meOf({ ...user, sessionExpiresAt: session.expiresAt });
}

export async function logout(ctx: Context): Promise<void> {
  if (ctx.sessionToken !== null) await endSession(ctx.db, ctx.sessionToken);
  ctx.setCookie(clearedSessionCookie(ctx.secureCookie));
}
