import { useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useFormMutation } from "../components/useFormMutation.js";
import { byFullPath, errorMessage } from "../errors.js";
import { useTRPC } from "../api.js";
import type { Report } from "./outcome.js";

/** A field marked invalid, or the first choice in a group whose error is attached to the group. */
const FIRST_INVALID = '[aria-invalid="true"], fieldset[aria-describedby] input';

interface Outcomes<R> {
  /** What happened, for the page's outcome message. */
  success: (result: R) => string;
  /** How a refusal begins: "Tiden kunne ikke bookes". */
  failure: string;
  /** After success, e.g. to empty the form. */
  onDone?: () => void;
}

/**
 * A change to one member: check the input with the server's own schema (Danish messages beside
 * the fields), send it, report the outcome (the server's refusal is never swallowed), and reload
 * the member, the worklist and the free slots either way, since a refusal often means the page
 * was out of date.
 */
export function useMemberMutation<S extends z.ZodType, R>(
  forloebId: string,
  schema: S,
  send: (input: z.output<S>) => Promise<R>,
  outcomes: Outcomes<R>,
  report: Report,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useFormMutation(schema, send, {
    fieldKey: byFullPath,
    onSuccess: (result) => {
      outcomes.onDone?.();
      report({ tone: "success", text: outcomes.success(result) });
    },
    onError: (error) => report({ tone: "error", text: `${outcomes.failure}: ${errorMessage(error)}` }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.joint.member.queryFilter({ forloebId })),
        queryClient.invalidateQueries(trpc.joint.due.pathFilter()),
        queryClient.invalidateQueries(trpc.slots.list.pathFilter()),
      ]),
  });

  /**
   * Send `raw` when the schema accepts it. Otherwise the messages go beside the fields and focus
   * to the first field in error, whose message a screen reader then reads with it.
   */
  function submit(raw: unknown, element: HTMLFormElement | null = null): void {
    // After React has rendered the messages and marked the fields.
    if (!form.submit(raw)) setTimeout(() => element?.querySelector<HTMLElement>(FIRST_INVALID)?.focus(), 0);
  }

  return { submit, errors: form.errors, busy: form.busy, pendingInput: form.pendingInput };
}
