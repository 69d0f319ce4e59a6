/**
 * Database refusals turned into typed API errors. A constraint the database enforces (overlapping
 * forløb, a slot booked twice) becomes a Danish message with a field path; any other database
 * failure becomes a bare INTERNAL_SERVER_ERROR. Drizzle's own error text includes the query's
 * parameters, which may hold a CPR number, so it is never passed on — not even to a server log.
 */
import { TRPCError } from "@trpc/server";
import { fieldError } from "./errors.js";

interface Refusal {
  code: "BAD_REQUEST" | "CONFLICT";
  path: string;
  message: string;
}

const OVERLAP_MESSAGE = "Forløbet overlapper et andet forløb for samme borger; et forløb skal starte efter det forriges slutdato";

export const SLOT_TAKEN_MESSAGE = "Tiden er netop blevet booket af en anden. Vælg en anden tid.";

export const DEADLINE_BOOKED_MESSAGE =
  "Der er allerede booket en fællessamtale til denne frist. Flyt eller aflys den, hvis den skal holdes på et andet tidspunkt.";

export const PROPOSAL_PENDING_MESSAGE =
  "Der er allerede sendt et forslag til denne frist, som jobcentret ikke har svaret på. Træk det tilbage, før du foreslår nye tider.";

/**
 * The constraints a valid request can still run into, because they depend on what other requests
 * did meanwhile. Every other constraint is checked before writing; if one fires, that is a bug and
 * stays an INTERNAL_SERVER_ERROR.
 */
const REFUSALS: Record<string, Refusal> = {
  citizens_cpr_unique: { code: "CONFLICT", path: "cpr", message: "Der findes allerede en borger med dette CPR-nummer" },
  forloeb_no_overlap_per_citizen: { code: "BAD_REQUEST", path: "start", message: OVERLAP_MESSAGE },
  joint_bookings_one_active_per_slot: { code: "CONFLICT", path: "slotId", message: SLOT_TAKEN_MESSAGE },
  joint_bookings_one_active_per_seat: { code: "CONFLICT", path: "rule", message: DEADLINE_BOOKED_MESSAGE },
  joint_proposals_one_pending_per_deadline: { code: "CONFLICT", path: "rule", message: PROPOSAL_PENDING_MESSAGE },
};

interface PgFailure {
  code: string;
  constraint?: string;
}

/** The PostgreSQL error (SQLSTATE and constraint) somewhere in a cause chain, from either driver. */
function pgFailureOf(error: unknown): PgFailure | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      return typeof constraint === "string" ? { code, constraint } : { code };
    }
  }
  return null;
}

/**
 * The API error for a database failure, or null when `error` did not come from the database.
 * `paths` lets a procedure name the field a constraint refers to in its own input.
 */
export function translateDbError(error: unknown, paths: Record<string, string> = {}): TRPCError | null {
  const failure = pgFailureOf(error);
  if (!failure) return null;
  const constraint = failure.constraint;
  const refusal = constraint !== undefined ? REFUSALS[constraint] : undefined;
  if (constraint !== undefined && refusal) return fieldError(paths[constraint] ?? refusal.path, refusal.message, refusal.code);
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: `Databasefejl ${failure.code}${failure.constraint ? ` (${failure.constraint})` : ""}`,
  });
}
