import type { Db, DbKind } from "@kontaktplan/db";
import { sessionTokenFromCookies } from "./auth/cookie.js";
import type { SessionUser } from "./auth/session.js";
import type { ChangeHook } from "./change-log.js";
import type { Mail } from "./domain/notification-mail.js";

export interface CreateContextOptions {
  db: Db;
  dbKind: DbKind;
  /** The request's `Cookie` header, as received. */
  cookieHeader: string | undefined;
  /** Called with a complete `Set-Cookie` header value (login sets the session, logout clears it). */
  setCookie: (setCookieHeader: string) => void;
  /** The clock; tests move it to check session expiry and the login rate limit. */
  now?: () => Date;
  /** Add `Secure` to the session cookie. Set it whenever the server is reached over HTTPS. */
  secureCookie?: boolean;
  /** The client's network address (the login rate limit is kept per address); "lokal" in process. */
  clientAddress?: string;
  /** Told of every mutation's change-log writes, in its transaction: the desktop's sync outbox. */
  changeHook?: ChangeHook;
  /** Where notifications go as e-mail once their transaction has committed (the server's SMTP); none: in-app only. */
  mail?: Mail | null;
  /**
   * The router runs on a desktop's local copy (packages/sync): notifications are the server's to
   * write, and what needs the server's live data (inbox, calendar, calendar feed) says so.
   */
  localReplica?: boolean;
}

/** What every procedure sees before authentication; `authed` procedures add the user and scope. */
export interface Context {
  db: Db;
  dbKind: DbKind;
  now: () => Date;
  /** The raw session token from the cookie, or null when there is none or it is malformed. */
  sessionToken: string | null;
  setCookie: (setCookieHeader: string) => void;
  secureCookie: boolean;
  clientAddress: string;
  changeHook: ChangeHook | null;
  mail: Mail | null;
  localReplica: boolean;
  /**
   * Set when the request's session was already checked: a sync push replays each change as the
   * pushing user, who need not be looked up again for every change.
   */
  signedInAs: SessionUser | null;
}

export async function createContext(opts: CreateContextOptions): Promise<Context> {
  return {
    db: opts.db,
    dbKind: opts.dbKind,
    now: opts.now ?? (() => new Date()),
    sessionToken: sessionTokenFromCookies(opts.cookieHeader),
    setCookie: opts.setCookie,
    secureCookie: opts.secureCookie ?? false,
    clientAddress: opts.clientAddress ?? "lokal",
    changeHook: opts.changeHook ?? null,
    mail: opts.mail ?? null,
    localReplica: opts.localReplica ?? false,
    signedInAs: null,
  };
}
