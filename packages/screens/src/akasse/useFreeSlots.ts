import { skipToken, useQuery } from "@tanstack/react-query";
import { useTRPC } from "../api.js";
import type { DateWindow } from "./windows.js";

/** The member's jobcentre's free slots in `window` (none to fetch when no day is left). */
export function useFreeSlots(forloebId: string, window: DateWindow | null) {
  const trpc = useTRPC();
  return useQuery(trpc.slots.list.queryOptions(window === null ? skipToken : { forloebId, from: window.from, to: window.to }));
}
