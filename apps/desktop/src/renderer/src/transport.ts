import { createTRPCClient, httpBatchLink, splitLink } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import type { ApiClient } from "@kontaktplan/screens/jobcentre";
import { ipcFetch, type IpcBridge } from "../../shared/wire.js";
import type { DesktopRouter } from "../../main/desktop-router.js";
import { isServerProcedure } from "../../shared/server-procedures.js";

declare global {
  interface Window {
    /** Set by the preload in the app; absent when the renderer is served over HTTP for its browser tests. */
    kontaktplanIpc?: IpcBridge;
  }
}

/**
 * Every call goes to the main process: over the preload's IPC bridge in the app, or to the same
 * origin when the browser tests serve the renderer from the test-only HTTP transport.
 */
const transportFetch: typeof fetch = window.kontaktplanIpc ? ipcFetch(window.kontaktplanIpc) : (url, init) => fetch(url, init);

/**
 * The jobcentre screens' API client: it calls the local app router. What only the server answers
 * travels in batches of its own, which the main process can hand to the server whole.
 */
export function createScreensClient(): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => isServerProcedure(op.path),
        true: httpBatchLink({ url: "/trpc", fetch: transportFetch }),
        false: httpBatchLink({ url: "/trpc", fetch: transportFetch }),
      }),
    ],
  });
}

/** Sign-in and sync, answered by the main process. */
export const desktop = createTRPCClient<DesktopRouter>({ links: [httpBatchLink({ url: "/desktop", fetch: transportFetch })] });
