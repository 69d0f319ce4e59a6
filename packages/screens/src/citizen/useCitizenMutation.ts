import { useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useFormMutation } from "../components/useFormMutation.js";
import { useTRPC } from "../api.js";

/** A form's submit for a change to one citizen, which reloads the citizen when it succeeds. */
export function useCitizenMutation<S extends z.ZodType>(citizenId: string, schema: S, send: (input: z.output<S>) => Promise<unknown>, onDone?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useFormMutation(schema, send, {
    onSuccess: async () => {
      // The citizen under every rule set, and the caseload's counts and deadlines, are now stale.
      await Promise.all([
        queryClient.invalidateQueries(trpc.citizen.get.queryFilter({ citizenId })),
        queryClient.invalidateQueries(trpc.caseload.list.pathFilter()),
      ]);
      onDone?.();
    },
  });
}
