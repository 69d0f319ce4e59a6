import { QueryClient } from "@tanstack/react-query";

/** The screens' query cache, the same in the web portal and the desktop app. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A refused call (not signed in, not found, invalid) will not change by asking again.
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}
