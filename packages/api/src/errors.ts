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

export function forbidden(): TRPCError {
  return new TRPCError({ code: "FORBIDDEN", message: "Din rolle giver ikke adgang til denne handling" });
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
