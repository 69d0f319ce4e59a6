import { appRouter, createCallerFactory, hashPassword, verifyPassword } from "@kontaktplan/api";
import { tables, type Database, type Db } from "@kontaktplan/db";
import { eq, sql } from "drizzle-orm";
import { isJobcentreRole, type LoginInput, type Me } from "@kontaktplan/schema";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { TRPCClientError } from "@trpc/client";
import { createLocalContext } from "./local-context.js";
import { isUnreachable, type RemoteClient } from "./remote-server.js";
import type { SessionCookie } from "./session-cookie.js";

export interface SignInDeps {
  database: Database;
  /** The session on the local router (for the screens). */
  localSession: SessionCookie;
  /** The server, with its own session (for sync). */
  remote: RemoteClient;
}

const NOT_FOR_DESKTOP = "Skrivebordsappen er til jobcentrets medarbejdere. Brug webportalen.";
const OWN_PASSWORD_FIRST = "Vælg din egen adgangskode i webportalen, og log derefter ind her med den.";
const OFFLINE_FIRST_TIME =
  "Serveren kan ikke nås. Uden forbindelse kan du kun logge ind, hvis du har logget ind på denne computer før, og med den samme adgangskode.";

/**
 * Sign in on the server, which opens the session the sync uses; the caseworker is then remembered
 * locally with a local hash of the password, so the next sign-in works offline. Null when the
 * server does not answer; its refusal (wrong password, not jobcentre staff) is thrown.
 */
export async function signInOnServer(deps: SignInDeps, input: LoginInput): Promise<Me | null> {
  let serverMe: Me;
  try {
    serverMe = await deps.remote.auth.login.mutate(input);
  } catch (error) {
    if (isUnreachable(error)) return null;
    const refusal = asRefusal(error);
    if (refusal instanceof TRPCError && refusal.code === "UNAUTHORIZED") await forgetRefusedPassword(deps.database.db, input);
    throw refusal;
  }
  if (!isJobcentreRole(serverMe.role)) {
    await deps.remote.auth.logout.mutate().catch(() => undefined);
    throw new TRPCError({ code: "FORBIDDEN", message: NOT_FOR_DESKTOP });
  }
  if (serverMe.mustChangePassword) {
    // A one-time password (an admin's reset) opens nothing on the server but the password change,
    // which is the web portal's; it must not become this machine's offline password either. And
    // whatever password this machine knew for the caseworker is no longer theirs.
    await deps.remote.auth.logout.mutate().catch(() => undefined);
    await revokeLocalSignIn(deps.database.db, serverMe.id);
    throw new TRPCError({ code: "FORBIDDEN", message: OWN_PASSWORD_FIRST });
  }
  await rememberCaseworker(deps.database.db, serverMe, await hashPassword(input.password));
  return serverMe;
}

/**
 * Sign in on this machine. When the server answers, it decides (see `signInOnServer`). Either way
 * the local router signs in as it does on the server: password check, session, audit. Returns the
 * signed-in caseworker and whether the server took part.
 */
export async function signIn(deps: SignInDeps, input: LoginInput): Promise<{ me: Me; online: boolean }> {
  const serverMe = await signInOnServer(deps, input);
  const local = createCallerFactory(appRouter)(await createLocalContext(deps.database, deps.localSession));
  try {
    return { me: await local.auth.login(input), online: serverMe !== null };
  } catch (error) {
    if (serverMe === null && error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      throw new TRPCError({ code: "UNAUTHORIZED", message: OFFLINE_FIRST_TIME });
    }
    throw error;
  }
}

/**
 * The server refused these credentials. If they still open this machine's copy, the password was
 * changed or the account deactivated since: they must not work offline either. (A typo that the
 * local hash refuses too changes nothing.)
 */
async function forgetRefusedPassword(db: Db, input: LoginInput): Promise<void> {
  const { users } = tables;
  const [local] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
  if (local && (await verifyPassword(input.password, local.passwordHash).catch(() => false))) {
    await db.update(users).set({ passwordHash: NO_LOCAL_PASSWORD }).where(eq(users.id, local.id));
  }
}

/** A stored hash no password matches (`verifyPassword` refuses it). */
const NO_LOCAL_PASSWORD = "!";

/**
 * The server ended the caseworker's access since they signed in here (a new password, a reset, a
 * deactivation; see desktop-services.ts): the local password and sessions go, so only a sign-in the
 * server accepts opens this machine's copy again.
 */
export async function revokeLocalSignIn(db: Db, userId: string): Promise<void> {
  const { sessions, users } = tables;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: NO_LOCAL_PASSWORD }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
}

/** The server's refusal (wrong password, too many attempts), passed on with its Danish message. */
function asRefusal(error: unknown): unknown {
  if (!(error instanceof TRPCClientError)) return error;
  const code = (error.data as { code?: TRPC_ERROR_CODE_KEY } | undefined)?.code ?? "INTERNAL_SERVER_ERROR";
  return new TRPCError({ code, message: error.message });
}

/**
 * Store the caseworker and their jobcentre in the local database, with a local hash of the password
 * the server just accepted. The team is left to the sync (it brings the team rows).
 */
export async function rememberCaseworker(db: Db, me: Me, passwordHash: string): Promise<void> {
  const { organisations, users } = tables;
  await db.transaction(async (tx) => {
    const org = me.organisation;
    if (org) {
      await tx
        .insert(organisations)
        .values({ id: org.id, kind: org.kind, name: org.name, kommunekode: org.kommunekode })
        .onConflictDoUpdate({ target: organisations.id, set: { name: org.name } });
    }
    const person = { email: me.email, name: me.name, role: me.role, passwordHash, disabled: false };
    await tx
      .insert(users)
      .values({ id: me.id, organisationId: org?.id ?? null, ...person })
      .onConflictDoUpdate({ target: users.id, set: person });
  });
}
