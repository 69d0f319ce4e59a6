import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";

/** The one API client; the session lives in an HttpOnly cookie, so every call must send it. */
export const api = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      fetch: (url, options) => fetch(url, { ...options, credentials: "include" }),
    }),
  ],
});
