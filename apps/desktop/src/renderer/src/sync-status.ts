import { useEffect, useRef } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ME_KEY } from "@kontaktplan/screens/jobcentre";
import { desktop } from "./transport.js";

export const STATUS_KEY = ["desktop.status"] as const;
export const CONFLICTS_KEY = ["desktop.conflicts"] as const;

/** How often the status bar asks the main process; it is a local call, so this costs nothing. */
const POLL_MS = 1000;

/**
 * The sync status, kept fresh. When a sync finishes, everything the screens have loaded may be out
 * of date (the pull brings the server's changes), so their queries are loaded again.
 */
export function useSyncStatus() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => desktop.status.query(), refetchInterval: POLL_MS });
  const lastSyncAt = status.data?.lastSyncAt;
  const seen = useRef(lastSyncAt);
  useEffect(() => {
    if (lastSyncAt === seen.current) return;
    seen.current = lastSyncAt;
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] && q.queryKey[0] !== ME_KEY[0] });
  }, [lastSyncAt, queryClient]);
  return status;
}
