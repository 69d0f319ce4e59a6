import type { ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@kontaktplan/api";

/** What the screens call the API with: the web portal's HTTP client, or the desktop app's link to its local router. */
export type ApiClient = TRPCClient<AppRouter>;

const trpc = createTRPCContext<AppRouter>();

/**
 * Hands the screens below it the API client: each app makes its own and renders the screens inside
 * this, itself inside the app's `QueryClientProvider`.
 */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const queryClient = useQueryClient();
  return (
    <trpc.TRPCProvider trpcClient={client} queryClient={queryClient}>
      {children}
    </trpc.TRPCProvider>
  );
}

/** The API client of the nearest `ApiProvider`, for calls outside the query cache (mutations, exports). */
export const useApi: () => ApiClient = trpc.useTRPCClient;

/**
 * Query options, keys and filters for every procedure (`useTRPC().caseload.list.queryOptions(input)`,
 * `….pathFilter()`): one key per procedure and input, so nothing names a cache key by hand.
 */
export const useTRPC = trpc.useTRPC;
