import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import type { SessionCookie } from "./session-cookie.js";

export type RemoteClient = TRPCClient<AppRouter>;

/** A server that does not answer within this is treated as unreachable (a dead network can hang for minutes). */
const TIMEOUT_MS = 15_000;

/**
 * A `fetch` to the server that carries the main process's server session: it sends the cookie (and
 * the client header the server's CSRF guard asks of every change) and takes the `Set-Cookie`
 * answers (login, logout) back into it.
 */
export function serverFetch(cookie: SessionCookie, fetchImpl: typeof fetch = fetch): typeof fetch {
  return async (url, init) => {
    const headers = new Headers(init?.headers);
    const value = cookie.header();
    if (value) headers.set("cookie", value);
    headers.set(API_CLIENT_HEADER, "desktop");
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const response = await fetchImpl(url, { ...init, headers, signal });
    for (const setCookie of response.headers.getSetCookie()) cookie.accept(setCookie);
    return response;
  };
}

/** The server's app router, as the signed-in caseworker. */
export function createRemoteClient(serverUrl: string, cookie: SessionCookie, fetchImpl?: typeof fetch): RemoteClient {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: new URL("/trpc", serverUrl).href, fetch: serverFetch(cookie, fetchImpl) })] });
}

/** A `serverFetch` that got no answer: no network or server (fetch's TypeError), or timed out or aborted. */
export function isNoAnswer(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"));
}

/** The server gave no tRPC answer at all (down, no network, timed out), as opposed to refusing the call. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TRPCClientError && !error.data;
}

/** The server answered that it does not know our session (or no longer lets it in). */
export function isSessionRefused(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: unknown } | undefined)?.code === "UNAUTHORIZED";
}
