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

/** How a form names its fields: by the first path segment, or by the whole path for repeated fields. */
export type FieldKey = (path: string) => string;
export const byFieldName: FieldKey = (path) => path.split(".")[0] ?? "";
/** "times.1.date": each of several repeated fields shows its own message. */
export const byFullPath: FieldKey = (path) => path;

/** Field-level messages (the first per field); a form shows them beside the fields. */
export function fieldErrors(errors: readonly FieldErrorShape[], key: FieldKey = byFieldName): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of errors) byField[key(e.path)] ??= e.message;
  return byField;
}

/** The field errors a failed call carries (`error.data.fieldErrors`). */
export function apiFieldErrors(error: unknown, key: FieldKey = byFieldName): Record<string, string> {
  return isApiError(error) && Array.isArray(error.data?.fieldErrors) ? fieldErrors(error.data.fieldErrors, key) : {};
}
