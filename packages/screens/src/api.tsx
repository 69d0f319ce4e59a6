import { createContext, useContext, type ReactNode } from "react";
import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";

/** What the screens call the API with: the web portal's HTTP client, or the desktop app's link to its local router. */
export type ApiClient = TRPCClient<AppRouter>;

const ApiContext = createContext<ApiClient | null>(null);

/** Hands the screens below it the API client: each app makes its own and renders the screens inside this. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

/** The API client of the nearest `ApiProvider`; a screen rendered without one is a programming error. */
export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (api === null) throw new Error("useApi: the screens must be rendered inside an ApiProvider");
  return api;
}
