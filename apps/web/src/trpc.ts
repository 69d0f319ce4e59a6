import { createTRPCClient, httpBatchLink, type TRPCLink } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";

/**
 * The one API client the screens call. The web portal talks HTTP to `/trpc`; the session lives in
 * an HttpOnly cookie, so every call must send it, with the client header the server's CSRF guard
 * asks of every change. The desktop app swaps the transport (see below).
 */
export let api = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      headers: { [API_CLIENT_HEADER]: "web" },
      fetch: (url, options) => fetch(url, { ...options, credentials: "include" }),
    }),
  ],
});

/**
 * Send every API call of the screens through `link` instead, e.g. the desktop app's link to its
 * local router over IPC. Call it before the screens render: they read `api` at each call.
 */
export function setApiLink(link: TRPCLink<AppRouter>): void {
  api = createTRPCClient<AppRouter>({ links: [link] });
}
