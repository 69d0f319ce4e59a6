import { createSyncEngine, type RetryOptions } from "@kontaktplan/sync";
import { createDesktopServices } from "./desktop-services.js";
import type { RequestHandler } from "./ipc.js";
import { openLocalStore } from "./local-store.js";
import { createRemoteClient } from "./remote-server.js";
import { appEndpoint, desktopEndpoint, routeRequests } from "./request-handler.js";
import { serverForward } from "./server-forward.js";
import { SessionCookie } from "./session-cookie.js";

export interface DesktopOptions {
  /** The profile's PGlite folder (in the app: `<userData>/pglite`). */
  dataDir: string;
  /** The Kontaktplan server to sign in with and sync against. */
  serverUrl: string;
  /** Background sync interval; 0 turns it off (tests press "Synkronisér nu" instead). */
  syncIntervalMs?: number;
  /** How long one sync keeps retrying an unreachable server before it reports offline. */
  retry?: RetryOptions;
  /** Citizens per page of the first download (the engine's default when absent). */
  pageSize?: number;
}

export interface Desktop {
  /** Answers the renderer: `/trpc` (the app router on the local database) and `/desktop` (sign-in, sync). */
  handle: RequestHandler;
  /** Stop syncing, then close PGlite and release the profile's data folder. */
  close(): Promise<void>;
}

/** Background sync every minute: often enough to notice the network coming back during a home visit. */
const DEFAULT_SYNC_INTERVAL_MS = 60_000;
/** A sync gives up after a few quick tries; the next tick tries again, and the status says offline meanwhile. */
const DEFAULT_RETRY: RetryOptions = { initialDelayMs: 500, maxDelayMs: 4_000, maxAttempts: 4 };

/**
 * Everything the main process does besides Electron itself: the local database, the caseworker's
 * sessions, the sync engine and the router the renderer talks to. Plain Node, so it runs in tests
 * and behind the browser tests' HTTP transport exactly as in the app.
 */
export async function startDesktop(options: DesktopOptions): Promise<Desktop> {
  const store = await openLocalStore(options.dataDir);
  try {
    const localSession = new SessionCookie();
    const remoteSession = new SessionCookie();
    const remote = createRemoteClient(options.serverUrl, remoteSession);
    const engine = createSyncEngine({
      local: store.database,
      remote,
      retry: options.retry ?? DEFAULT_RETRY,
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
    const services = createDesktopServices({
      database: store.database,
      localSession,
      remoteSession,
      remote,
      engine,
      syncIntervalMs: options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS,
    });
    const handle = routeRequests({
      "/trpc": appEndpoint(
        store.database,
        localSession,
        undefined,
        serverForward(options.serverUrl, remoteSession, () => engine.status.online),
      ),
      "/desktop": desktopEndpoint(services),
    });
    return {
      handle,
      close: async () => {
        await services.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
