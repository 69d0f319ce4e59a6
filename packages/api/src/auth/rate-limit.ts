/**
 * Failed logins per e-mail address: after 5 within 15 minutes, further attempts are refused until
 * the oldest of them is 15 minutes old, whether or not the password would now be right.
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

export async function refuseIfRateLimited(db: Db, email: string, now: Date): Promise<void> {
  const [row] = await db
    .select({ n: count() })
    .from(failedLogins)
    .where(and(eq(failedLogins.email, email), gt(failedLogins.at, windowStart(now))));
  if ((row?.n ?? 0) >= MAX_FAILED_LOGINS) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "For mange mislykkede loginforsøg. Vent 15 minutter, og prøv igen.",
    });
  }
}

export async function recordFailedLogin(db: Db, email: string, now: Date): Promise<void> {
  // Attempts older than the window no longer count; drop them so the table stays small.
  await db.delete(failedLogins).where(and(eq(failedLogins.email, email), lte(failedLogins.at, windowStart(now))));
  await db.insert(failedLogins).values({ email, at: now.toISOString() });
}

export async function clearFailedLogins(db: Db, email: string): Promise<void> {
  await db.delete(failedLogins).where(eq(failedLogins.email, email));
}
