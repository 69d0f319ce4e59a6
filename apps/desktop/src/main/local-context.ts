import type { Context } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import { createLocalContext as createSyncedContext } from "@kontaktplan/sync";
import type { SessionCookie } from "./session-cookie.js";

/**
 * The context the app router runs with on the desktop: the local database with the sync outbox
 * (every mutation's changes go into it in the same transaction), as the caseworker signed in on
 * this machine. Everything else (tenancy, audit, deadlines computed by @kontaktplan/rules) is the
 * same code as on the server.
 */
export function createLocalContext(database: Database, session: SessionCookie, now?: () => Date): Promise<Context> {
  return createSyncedContext({
    database,
    cookieHeader: session.header(),
    setCookie: (header) => session.accept(header),
    ...(now ? { now } : {}),
  });
}
