/** Server-side sessions: the cookie holds a random token, the database only its SHA-256. */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, inArray, lte } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { batchedLookup, perDatabase } from "../batch.js";
import { SESSION_TTL_MS } from "./cookie.js";
import { kommuneStateColumns, kommuneStateOf, type KommuneState } from "../domain/kommune-state.js";

const { organisations, sessions, users } = tables;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function startSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  // Sweep this user's expired sessions while we are here, so the table does not grow without end.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now.toISOString())));
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: now.toISOString(), expiresAt });
  return { token, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** What a signed-in user is known by (`Me`), selected alike at login and for every request. */
export const USER_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  teamId: users.teamId,
  mustChangePassword: users.mustChangePassword,
  organisation: {
    id: organisations.id,
    kind: organisations.kind,
    name: organisations.name,
    kommunekode: organisations.kommunekode,
  },
};

/** Every request looks its session up: concurrent lookups share one query (see batch.ts). */
const sessionsByTokenHash = perDatabase((db: Db) =>
  batchedLookup(async (tokenHashes: readonly string[]) => {
    const rows = await db
      .select({
        ...USER_COLUMNS,
        tokenHash: sessions.tokenHash,
        sessionExpiresAt: sessions.expiresAt,
        // Read with the session: most requests of a jobcentre's staff need it, and it costs them no query of its own.
        state: kommuneStateColumns(organisations.kommunekode),
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(inArray(sessions.tokenHash, [...tokenHashes]), eq(users.disabled, false)));
    return new Map(rows.map(({ tokenHash, state, ...user }) => [tokenHash, { user, state }]));
  }),
);

export interface Session {
  user: SessionUser;
  /** The state of the user's kommune when the request began (null: no kommune, an a-kasse's staff). */
  kommuneState: KommuneState | null;
}

/** The session behind a token, or undefined when it is unknown, expired or its user disabled. */
export async function findSession(db: Db, token: string, now: Date): Promise<Session | undefined> {
  const found = await sessionsByTokenHash(db)(hashToken(token));
  if (found === undefined || Date.parse(found.user.sessionExpiresAt) <= now.getTime()) return undefined;
  const kommunekode = found.user.organisation?.kommunekode ?? null;
  return { user: found.user, kommuneState: kommunekode === null ? null : kommuneStateOf(kommunekode, found.state) };
}

export type SessionUser = NonNullable<Awaited<ReturnType<ReturnType<typeof sessionsByTokenHash>>>>["user"];
