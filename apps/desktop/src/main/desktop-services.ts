import type { LoginInput, Me } from "@kontaktplan/schema";
import type { SyncConflict, SyncEngine } from "@kontaktplan/sync";
import { TRPCError } from "@trpc/server";
import type { ConflictView, SyncStatus } from "../shared/status.js";
import type { DesktopServices } from "./desktop-router.js";
import { isSessionRefused, type RemoteClient } from "./remote-server.js";
import type { SessionCookie } from "./session-cookie.js";
import { revokeLocalSignIn, signIn, signInOnServer, type SignInDeps } from "./sign-in.js";

export interface DesktopServicesDeps extends SignInDeps {
  remoteSession: SessionCookie;
  remote: RemoteClient;
  engine: SyncEngine;
  /** How often to sync in the background while signed in; 0 turns the timer off. */
  syncIntervalMs: number;
}

export interface RunningServices extends DesktopServices {
  /** Stop the timer and the engine's retries, and wait for a running sync to end. */
  stop(): Promise<void>;
}

/**
 * Sign-in and sync for the desktop's screens, on top of the sync engine: the first download after
 * the first online sign-in, a background sync on a timer, and one sync at a time.
 */
export function createDesktopServices(deps: DesktopServicesDeps): RunningServices {
  const { engine } = deps;
  let running: Promise<void> | null = null;
  let stopped = false;
  // After a sign-in the server did not answer, the caseworker's credentials, kept in this process's
  // memory only (never stored, never sent to the screens) to open the server session the sync
  // needs once the server answers, instead of asking them to sign in again. Dropped as soon as that
  // succeeds or is refused, and on sign-out.
  let serverSignInDue: LoginInput | null = null;
  // Who signed in on this machine (locally, and on the server with the same credentials).
  let caseworkerId: string | null = null;

  /**
   * The server no longer accepts the credentials this machine was opened with: forget the local
   * password and sessions and sign out here, as the web portal would, so that only a sign-in the
   * server accepts (with the new password, or not at all for a closed account) opens it again.
   */
  async function signOutHere(): Promise<void> {
    if (caseworkerId !== null) await revokeLocalSignIn(deps.database.db, caseworkerId);
    deps.remoteSession.clear();
    deps.localSession.clear();
  }

  async function resumeServerSession(): Promise<void> {
    const credentials = serverSignInDue;
    if (credentials === null || deps.remoteSession.signedIn) return;
    try {
      if ((await signInOnServer(deps, credentials)) !== null) serverSignInDue = null;
    } catch (error) {
      // Anything but the server's refusal (a local fault) keeps them for the next try.
      if (!(error instanceof TRPCError)) throw error;
      serverSignInDue = null;
      // Too many attempts: the sync's status asks for a new sign-in. Any other refusal (the password
      // changed or was reset, the account closed) says the credentials that opened this machine are stale.
      if (error.code !== "TOO_MANY_REQUESTS") await signOutHere();
    }
  }

  /**
   * The server refused its session before the session was due to run out: the server ended it, which
   * it does when the password is changed or reset, the account deactivated, or the caseworker ends
   * their other sessions under "Min konto". Any of these means the password this machine knows may
   * be stale (the session cannot tell which), so the next sign-in must be one the server decides.
   * A session that simply ran out (after a working day) leaves the offline sign-in as it is.
   */
  async function endedByServer(error: unknown): Promise<void> {
    if (isSessionRefused(error) && deps.remoteSession.unexpiredAt(Date.now())) await signOutHere();
  }

  /** One download or sync at a time; a second request joins the running one. */
  function syncOnce(): Promise<void> {
    running ??= (async () => {
      await resumeServerSession();
      if (!deps.localSession.signedIn) return;
      try {
        // After the download, a sync at once: it pulls what changed meanwhile and dates the status.
        if (engine.status.download.state !== "done") await engine.firstSync();
        await engine.sync();
      } catch (error) {
        await endedByServer(error);
        throw error;
      }
    })().finally(() => (running = null));
    return running;
  }

  const background = () => {
    if (stopped || !deps.localSession.signedIn) return;
    // Failures are in the status (offline, conflicts, session); the timer tries again later.
    syncOnce().catch(() => undefined);
  };
  const timer = deps.syncIntervalMs > 0 ? setInterval(background, deps.syncIntervalMs) : null;

  // Signing out locally (the top bar's "Log ud") ends the server session too.
  deps.localSession.onChange((signedIn) => {
    if (signedIn) return;
    serverSignInDue = null;
    caseworkerId = null;
    if (deps.remoteSession.signedIn) {
      deps.remote.auth.logout
        .mutate()
        .catch(() => undefined)
        .finally(() => deps.remoteSession.clear());
    }
  });

  return {
    status: (): SyncStatus => engine.status,
    async signIn(input: LoginInput): Promise<Me> {
      const { me, online } = await signIn(deps, input);
      caseworkerId = me.id;
      serverSignInDue = online ? null : input;
      if (online) background();
      return me;
    },
    async syncNow(): Promise<SyncStatus> {
      if (!deps.localSession.signedIn) throw new TRPCError({ code: "UNAUTHORIZED", message: "Log ind for at synkronisere." });
      await syncOnce().catch(() => undefined);
      return engine.status;
    },
    conflicts: async () => (await engine.conflicts()).map(conflictView),
    async resolve(id, keep): Promise<SyncStatus> {
      await engine.resolve(id, keep);
      // Keeping mine sends it again: do so now rather than at the next tick.
      if (keep === "mine") await syncOnce().catch(() => undefined);
      return engine.status;
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      engine.close();
      await running?.catch(() => undefined);
    },
  };
}

/** What the conflicts page needs; the call's raw input stays in the main process. */
function conflictView(conflict: SyncConflict): ConflictView {
  const { id, reason, message, subject, citizenName, mine, theirs, madeAt } = conflict;
  return { id, reason, message, subject, citizenName, mine, theirs, madeAt };
}
