/** Turning the API's refusals into what the user reads: never swallowed, always Danish. */

export interface FieldErrorShape {
  path: string;
  message: string;
}

interface ApiErrorLike {
  message: string;
  data?: { code?: string; fieldErrors?: FieldErrorShape[] } | null;
}

function isApiError(error: unknown): error is ApiErrorLike {
  return typeof error === "object" && error !== null && "message" in error && typeof (error as { message: unknown }).message === "string";
}

/** The tRPC code of a failure (`UNAUTHORIZED`, `NOT_FOUND`, …), or null when the server was not reached. */
export function errorCode(error: unknown): string | null {
  return isApiError(error) ? (error.data?.code ?? null) : null;
}

/** The server's Danish message, or ours when the server could not be reached at all. */
export function errorMessage(error: unknown): string {
  if (isApiError(error) && error.data) return error.message;
  return "Serveren kunne ikke nås. Tjek forbindelsen, og prøv igen.";
}

/** Field-level messages by field name (the first path segment); a form shows them beside the fields. */
export function fieldErrors(errors: readonly FieldErrorShape[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of errors) {
    const field = e.path.split(".")[0] ?? "";
    byField[field] ??= e.message;
  }
  return byField;
}

/** The field errors a failed call carries (`error.data.fieldErrors`). */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return isApiError(error) ? fieldErrors(error.data?.fieldErrors ?? []) : {};
}
