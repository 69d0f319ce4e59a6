import { appRouter, describeTrpcError } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createLocalContext } from "./local-context.js";
import type { SessionCookie } from "./session-cookie.js";
import { desktopRouter, type DesktopServices } from "./desktop-router.js";
import type { RequestHandler } from "./ipc.js";
import type { Forwarder } from "./server-forward.js";

// Server faults are logged by code and procedure only: a driver's message may quote CPR numbers.
const onError = ({ error, path }: { error: TRPCError; path: string | undefined }) => {
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(describeTrpcError(error, path));
};

const NOT_FOUND = () => Response.json({ error: "Ikke fundet" }, { status: 404 });

/**
 * The server's side of the sync protocol, and the caseworker's own account (password, sessions):
 * they have no meaning on the desktop's own copy. A password changed here alone would never reach
 * the server, and the call, both passwords in it, would wait in the sync outbox on disk.
 */
const SERVER_ONLY = /(^|,)(sync|account)\./;

/** Whether a `/trpc/…` request names a procedure the desktop does not serve (tRPC decodes the path too). */
function asksForServerOnly(req: Request): boolean {
  const encoded = new URL(req.url).pathname.slice("/trpc/".length);
  try {
    return SERVER_ONLY.test(decodeURIComponent(encoded));
  } catch (error) {
    // A malformed escape names no procedure the desktop serves.
    if (error instanceof URIError) return true;
    throw error;
  }
}

/**
 * `/trpc`: the same app router as the server's, on the local database, as the caseworker signed in
 * here. Every procedure the screens use; not the sync protocol's server side. What only the server
 * can answer (the inbox, the calendars) goes to the server through `forward` when it can.
 */
export function appEndpoint(database: Database, session: SessionCookie, now?: () => Date, forward?: Forwarder): RequestHandler {
  return async (req) => {
    if (asksForServerOnly(req)) return NOT_FOUND();
    const forwarded = forward ? await forward(req.clone()) : null;
    if (forwarded) return forwarded;
    return fetchRequestHandler({ endpoint: "/trpc", req, router: appRouter, createContext: () => createLocalContext(database, session, now), onError });
  };
}

/** `/desktop`: sign-in and sync, for the desktop's own screens. */
export function desktopEndpoint(services: DesktopServices): RequestHandler {
  return (req) => fetchRequestHandler({ endpoint: "/desktop", req, router: desktopRouter, createContext: () => services, onError });
}

/**
 * Everything the renderer can ask the main process, by path prefix. The same handler answers IPC
 * in the app and HTTP in the renderer's browser tests.
 */
export function routeRequests(endpoints: Record<`/${string}`, RequestHandler>): RequestHandler {
  return async (req) => {
    const { pathname } = new URL(req.url);
    for (const [prefix, handle] of Object.entries(endpoints)) {
      if (pathname.startsWith(`${prefix}/`)) return handle(req);
    }
    return NOT_FOUND();
  };
}
