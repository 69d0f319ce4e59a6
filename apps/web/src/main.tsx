import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { ApiProvider, App, createQueryClient } from "@kontaktplan/screens";
import "@kontaktplan/screens/styles.css";

/**
 * The portal talks HTTP to `/trpc`. The session lives in an HttpOnly cookie, so every call must
 * send it, with the client header the server's CSRF guard asks of every change.
 */
const api = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      headers: { [API_CLIENT_HEADER]: "web" },
      fetch: (url, options) => fetch(url, { ...options, credentials: "include" }),
    }),
  ],
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no element with id root");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ApiProvider client={api}>
        <App />
      </ApiProvider>
    </QueryClientProvider>
  </StrictMode>,
);
