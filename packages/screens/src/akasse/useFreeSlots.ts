import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api.js";
import { SLOTS_KEY } from "./member-key.js";
import type { DateWindow } from "./windows.js";

/** The member's jobcentre's free slots in `window` (none to fetch when no day is left). */
export function useFreeSlots(forloebId: string, window: DateWindow | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...SLOTS_KEY, forloebId, window?.from, window?.to],
    queryFn: () => api.slots.list.query({ forloebId, from: window!.from, to: window!.to }),
    enabled: window !== null,
  });
}
