/**
 * The login rate limit, keyed by e-mail AND client address: after 5 failures for one e-mail from
 * one address within 15 minutes, that address's further attempts for that e-mail are refused
 * until the oldest of them is 15 minutes old, whether or not the password would now be right.
 *
 * Why this key: a limit per e-mail alone lets anyone lock any user out by typing five wrong
 * passwords, forever. Per e-mail and address, an attacker only uses up their own address's
 * allowance; the real user, from their own address, is not affected. Guessing one account from
 * many addresses is slowed by each address's allowance and by the memory-hard hash, and one
 * address spraying many e-mails meets a wider cap across all e-mails. Behind a reverse proxy the
 * server must be told so (`TRUST_PROXY=1`), or every client shares the proxy's address.
 *
 * An attempt is written down BEFORE its password is checked and counted with everyone else's, so
 * a burst of parallel guesses cannot all pass a count taken before any of them failed. A right
 * password clears that e-mail and address's attempts; a refused attempt takes its own row back,
 * so waiting out the window always works. Rows older than the window are swept on every attempt,
 * whoever they belong to, so random e-mails cannot fill the table.
 */
import { and, count, eq, gt, lte } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { type Db, onlyRow, tables } from "@kontaktplan/db";

const { failedLogins } = tables;

export const MAX_FAILED_LOGINS = 5;
/** Failures from one address across all e-mails: far above what a shared office address types wrong, far below spraying. */
export const MAX_FAILED_LOGINS_PER_CLIENT = 100;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60 * 1000;

export const TOO_MANY_FAILED_LOGINS = "For mange mislykkede loginforsøg. Vent 15 minutter, og prøv igen.";

function windowStart(now: Date): string {
  return new Date(now.getTime() - FAILED_LOGIN_WINDOW_MS).toISOString();
}

export interface LoginAttempt {
  email: string;
  client: string;
}

/**
 * Counts this attempt in and answers its row's id; throws TOO_MANY_REQUESTS (with `refusal`) when
 * it is one too many. Changing one's password counts too: it checks the same secret.
 */
export async function startLoginAttempt(db: Db, attempt: LoginAttempt, now: Date, refusal = TOO_MANY_FAILED_LOGINS): Promise<number> {
  const since = windowStart(now);
  await db.delete(failedLogins).where(lte(failedLogins.at, since));
  const mine = onlyRow(
    await db
      .insert(failedLogins)
      .values({ ...attempt, at: now.toISOString() })
      .returning({ id: failedLogins.id }),
  );
  const recent = gt(failedLogins.at, since);
  const [forEmail] = await db
    .select({ n: count() })
    .from(failedLogins)
    .where(and(eq(failedLogins.email, attempt.email), eq(failedLogins.client, attempt.client), recent));
  const [forClient] = await db
    .select({ n: count() })
    .from(failedLogins)
    .where(and(eq(failedLogins.client, attempt.client), recent));
  if ((forEmail?.n ?? 0) > MAX_FAILED_LOGINS || (forClient?.n ?? 0) > MAX_FAILED_LOGINS_PER_CLIENT) {
    await withdrawLoginAttempt(db, mine.id);
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: refusal });
  }
  return mine.id;
}

/** An attempt that was never decided (refused before its password was checked) does not count. */
export async function withdrawLoginAttempt(db: Db, id: number): Promise<void> {
  await db.delete(failedLogins).where(eq(failedLogins.id, id));
}

/** The password was right: this e-mail starts afresh from this address. */
export async function clearFailedLogins(db: Db, attempt: LoginAttempt): Promise<void> {
  await db.delete(failedLogins).where(and(eq(failedLogins.email, attempt.email), eq(failedLogins.client, attempt.client)));
}
