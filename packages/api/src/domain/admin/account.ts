/** Every user's own account: their password and their sessions. */
import { TRPCError } from "@trpc/server";
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { ChangePasswordInput, SessionRecord } from "@kontaktplan/schema";
import { hashPassword, verifyPassword } from "../../auth/password.js";
import { weakPasswordReason } from "../../auth/password-policy.js";
import { hashToken } from "../../auth/session.js";
import { fieldError, notFound } from "../../errors.js";
import { isoInstant } from "../../time.js";
import { auditAdmin } from "./admin-audit.js";
import { logUserChange } from "./users.js";

const { organisations, sessions, users } = tables;

interface Owner {
  userId: string;
  organisationId: string | null;
  /** The token of the request's session. */
  sessionToken: string;
}

/**
 * A new password of the user's own choosing; it ends the user's other sessions (a stolen session
 * should not outlive the password it was opened with) and the one-time-password state.
 */
/** The one refusal of a password change that counts as a failed attempt at the password. */
export class WrongCurrentPassword extends TRPCError {
  constructor() {
    const refused = fieldError("currentPassword", "Den nuværende adgangskode er forkert");
    super({ code: refused.code, message: refused.message, cause: refused.cause });
  }
}

export async function changePassword(db: Db, owner: Owner, input: ChangePasswordInput): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, owner.userId)).for("update");
  if (!user) throw notFound("Brugeren");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw new WrongCurrentPassword();
  if (input.newPassword === input.currentPassword) throw fieldError("newPassword", "Den nye adgangskode skal være en anden end den nuværende");
  const weak = weakPasswordReason(input.newPassword, user);
  if (weak !== null) throw fieldError("newPassword", weak);
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false })
    .where(eq(users.id, user.id));
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, hashToken(owner.sessionToken))))
    .returning({ id: sessions.id });
  await auditAdmin(db, owner, "admin.account.change-password", {
    organisationId: owner.organisationId,
    targetUserId: user.id,
    after: { endedSessions: ended.length },
  });
  // The old password must stop opening the user's desktop offline too, once it pulls.
  await logUserChange(db, await kommuneOf(db, user.organisationId), user.id);
}

/** The kommune whose desktops hold the user: their jobcentre's (none for a-kasse staff and system admins). */
async function kommuneOf(db: Db, organisationId: string | null): Promise<{ kommunekode: string | null }> {
  if (organisationId === null) return { kommunekode: null };
  const [org] = await db.select({ kommunekode: organisations.kommunekode }).from(organisations).where(eq(organisations.id, organisationId));
  return { kommunekode: org?.kommunekode ?? null };
}

export async function listSessions(db: Db, owner: Owner, now: Date): Promise<SessionRecord[]> {
  const current = hashToken(owner.sessionToken);
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, owner.userId), gt(sessions.expiresAt, now.toISOString())))
    .orderBy(asc(sessions.createdAt));
  return rows.map((s) => ({ id: s.id, createdAt: isoInstant(s.createdAt), expiresAt: isoInstant(s.expiresAt), current: s.tokenHash === current }));
}

/** End one of the user's own sessions (another user's is NOT_FOUND). */
export async function endOwnSession(db: Db, owner: Owner, sessionId: string): Promise<{ current: boolean }> {
  const [ended] = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, owner.userId)))
    .returning({ tokenHash: sessions.tokenHash });
  if (!ended) throw notFound("Sessionen");
  await auditAdmin(db, owner, "admin.account.end-session", { organisationId: owner.organisationId, targetUserId: owner.userId });
  return { current: ended.tokenHash === hashToken(owner.sessionToken) };
}
