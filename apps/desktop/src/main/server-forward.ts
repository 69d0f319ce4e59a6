import { allServerProcedures } from "../shared/server-procedures.js";
import { isNoAnswer, serverFetch } from "./remote-server.js";
import type { SessionCookie } from "./session-cookie.js";

/** Answers a request from the server, or null when it cannot (then the local router answers). */
export type Forwarder = (req: Request) => Promise<Response | null>;

/**
 * `/trpc` batches of server procedures (`shared/server-procedures.ts`), sent on to the server with
 * the main process's server session while the sync last found it reachable. Unreachable, no server
 * session, or a session the server no longer knows: null, and the local router says the screen
 * needs the server.
 */
export function serverForward(serverUrl: string, session: SessionCookie, online: () => boolean, fetchImpl?: typeof fetch): Forwarder {
  const send = serverFetch(session, fetchImpl);
  return async (req) => {
    const url = new URL(req.url);
    if (!allServerProcedures(decodeURIComponent(url.pathname.slice("/trpc/".length))) || !session.signedIn || !online()) return null;
    try {
      const response = await send(new URL(`${url.pathname}${url.search}`, serverUrl).href, {
        method: req.method,
        headers: { "content-type": req.headers.get("content-type") ?? "application/json" },
        ...(req.method === "POST" ? { body: await req.text() } : {}),
      });
      if (response.status === 401) return null;
      return new Response(await response.arrayBuffer(), {
        status: response.status,
        headers: { "content-type": response.headers.get("content-type") ?? "application/json" },
      });
    } catch (error) {
      // The server cannot be reached: the local copy answers.
      if (isNoAnswer(error)) return null;
      throw error;
    }
  };
}
