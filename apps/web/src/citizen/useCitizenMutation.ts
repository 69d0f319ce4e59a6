import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { parseWith } from "@kontaktplan/schema";
import { apiFieldErrors, errorMessage, fieldErrors } from "../errors.js";
import { citizenKey } from "./key.js";

/**
 * A form's submit for a change to one citizen: check the input with the server's schema (Danish
 * field errors), send it, show the server's refusal, and reload the citizen when it succeeds.
 */
export function useCitizenMutation<S extends z.ZodType>(citizenId: string, schema: S, send: (input: z.output<S>) => Promise<unknown>, onDone?: () => void) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: citizenKey(citizenId) });
      onDone?.();
    },
    onError: (error) => setErrors(apiFieldErrors(error)),
  });
  function submit(raw: unknown) {
    const parsed = parseWith(schema, raw);
    if (!parsed.ok) {
      setErrors(fieldErrors(parsed.errors));
      return;
    }
    setErrors({});
    mutation.mutate(parsed.value);
  }
  return { submit, errors, busy: mutation.isPending, serverError: mutation.isError ? errorMessage(mutation.error) : null, done: mutation.isSuccess };
}
