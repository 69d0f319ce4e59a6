/** The API's typed refusals, all with Danish messages. None of them ever carries a CPR number. */
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { ValidationError } from "@kontaktplan/schema";

/** Field-level findings that travel as an error's cause to the client (`error.data.fieldErrors`). */
export class FieldErrors extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; "));
    this.name = "FieldErrors";
  }
}

export function fieldError(path: string, message: string, code: TRPC_ERROR_CODE_KEY = "BAD_REQUEST"): TRPCError {
  return fieldErrors([{ path, message }], code);
}

export function fieldErrors(errors: ValidationError[], code: TRPC_ERROR_CODE_KEY = "BAD_REQUEST"): TRPCError {
  const cause = new FieldErrors(errors);
  return new TRPCError({ code, message: errors[0]?.message ?? "Ugyldige data", cause });
}

/** Used both for what does not exist and for what the caller may not see, so existence never leaks. */
export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} findes ikke, eller du har ikke adgang til det` });
}

export function forbidden(message = "Din rolle giver ikke adgang til denne handling"): TRPCError {
  return new TRPCError({ code: "FORBIDDEN", message });
}

export function conflict(message: string): TRPCError {
  return new TRPCError({ code: "CONFLICT", message });
}

export function unauthorized(message = "Du er ikke logget ind, eller din session er udløbet. Log ind igen."): TRPCError {
  return new TRPCError({ code: "UNAUTHORIZED", message });
}

/** Stored data the engine cannot read: a server fault, reported without the data itself. */
export function corruptData(entity: string, id: string): TRPCError {
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `Ugyldige data i ${entity} ${id}` });
}

/**
 * Danish words for the refusals tRPC itself makes before any procedure runs (an unknown path, a
 * body that is not JSON, too large, a wrong method, a batch over the cap). Our own errors
 * already speak Danish and pass through unchanged (null).
 */
export function frameworkMessage(error: TRPCError): string | null {
  switch (error.code) {
    case "PAYLOAD_TOO_LARGE":
      return "Forespørgslen er for stor";
    case "UNSUPPORTED_MEDIA_TYPE":
      return "Forespørgslen skal sendes som JSON (Content-Type: application/json)";
    case "METHOD_NOT_SUPPORTED":
      return "Metoden er ikke tilladt for denne procedure (forespørgsler med GET, ændringer med POST)";
    case "PARSE_ERROR":
      return "Forespørgslen er ikke gyldig JSON";
    case "NOT_FOUND":
      return error.message.startsWith("No procedure found") ? "Der findes ingen procedure med det navn" : null;
    case "BAD_REQUEST":
      if (error.cause instanceof SyntaxError) return "Forespørgslen er ikke gyldig JSON";
      if (error.message.startsWith("Batch call exceeds")) return "For mange kald i én forespørgsel (højst 10)";
      if (error.message.startsWith("Invalid URL")) return "Ugyldig adresse";
      if (/^(Cannot |Streaming |Batching |"input" )/.test(error.message)) return "Forespørgslen har en form, serveren ikke kan besvare";
      return null;
    default:
      return null;
  }
}
