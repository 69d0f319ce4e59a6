import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { parseWith } from "@kontaktplan/schema";
import { apiFieldErrors, byFieldName, errorMessage, fieldErrors, type FieldKey } from "../errors.js";
import { newSubmissionKey } from "./submission-key.js";

export interface FormMutationOptions<R> {
  onSuccess?: (result: R) => unknown;
  onError?: (error: unknown) => void;
  /** After success or refusal, e.g. to reload what the answer may have changed. */
  onSettled?: () => unknown;
  /** How messages are keyed: by field name (default) or by full path for repeated fields. */
  fieldKey?: FieldKey;
}

/**
 * A form's submit: check the input with the server's own schema (Danish field errors), send it,
 * and show the server's refusal, by field where it names one. `submit` tells whether the input
 * was sent. Every submission carries an idempotency key (schemas of creates keep it, others drop
 * it): the same key until the server has accepted it, so a double click or a retry creates one row.
 */
export function useFormMutation<S extends z.ZodType, R>(schema: S, send: (input: z.output<S>) => Promise<R>, options: FormMutationOptions<R> = {}) {
  const key = options.fieldKey ?? byFieldName;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submissionKey = useRef(newSubmissionKey());
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      // Accepted: the next submission is a new one.
      submissionKey.current = newSubmissionKey();
      return options.onSuccess?.(result);
    },
    onError: (error) => {
      setErrors(apiFieldErrors(error, key));
      options.onError?.(error);
    },
    onSettled: () => options.onSettled?.(),
  });
  function submit(raw: unknown): boolean {
    const parsed = parseWith(schema, typeof raw === "object" && raw !== null ? { ...raw, idempotencyKey: submissionKey.current } : raw);
    if (!parsed.ok) {
      // The last answer (a success or a refusal) no longer belongs to what the form holds.
      mutation.reset();
      setErrors(fieldErrors(parsed.errors, key));
      return false;
    }
    setErrors({});
    mutation.mutate(parsed.value);
    return true;
  }
  return {
    submit,
    errors,
    busy: mutation.isPending,
    serverError: mutation.isError ? errorMessage(mutation.error) : null,
    result: mutation.data,
    done: mutation.isSuccess,
    /** Forget the last answer, when what the form holds no longer belongs to it. */
    reset: () => {
      mutation.reset();
      setErrors({});
    },
    /** The input of the call in flight, e.g. to tell which of several buttons is busy. */
    pendingInput: mutation.isPending ? mutation.variables : undefined,
  };
}
