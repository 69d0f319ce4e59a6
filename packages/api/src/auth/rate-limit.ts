/**
 * Failed logins per e-mail address: after 5 within 15 minutes, further attempts are refused until
 * the oldest of them is 15 minutes old, whether or not the password would now be right.
 *
 * An attempt is written down BEFORE its password is checked and counted with everyone else's, so
 * a burst of parallel guesses cannot all pass a count taken before any of them failed. A right
 * password clears the attempts; a refused attempt takes its own row back, so waiting out the
 * window always works.
 */
import { and, count, eq, gt, lte } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { tables, type Db } from "@kontaktplan/db";

const { failedLogins } = tables;

export const MAX_FAILED_LOGINS = 5;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60 * 1000;

function windowStart(now: Date): string {
  return new Date(now.getTime() - FAILED_LOGIN_WINDOW_MS).toISOString();
}

/** Counts this attempt in; throws TOO_MANY_REQUESTS when it is one too many. */
export async function startLoginAttempt(db: Db, email: string, now: Date): Promise<void> {
  // Attempts older than the window no longer count; drop them so the table stays small.
  await db.delete(failedLogins).where(and(eq(failedLogins.email, email), lte(failedLogins.at, windowStart(now))));
  const [mine] = await db.insert(failedLogins).values({ email, at: now.toISOString() }).returning({ id: failedLogins.id });
  const [row] = await db
    .select({ n: count() })
    .from(failedLogins)
    .where(and(eq(failedLogins.email, email), gt(failedLogins.at, windowStart(now))));
  if ((row?.n ?? 0) > MAX_FAILED_LOGINS) {
    await db.delete(failedLogins).where(eq(failedLogins.id, mine!.id));
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "For mange mislykkede loginforsøg. Vent 15 minutter, og prøv igen.",
    });
  }
}

/** The password was right: the address starts afresh. */
export async function clearFailedLogins(db: Db, email: string): Promise<void> {
  await db.delete(failedLogins).where(eq(failedLogins.email, email));
}
