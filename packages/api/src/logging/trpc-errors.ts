import type { TRPCError } from "@trpc/server";
import { redactCpr } from "./redact.js";

/**
 * A log line for an unexpected procedure failure. Only names and codes: a driver's message can
 * quote the failed SQL with its parameters, and those may be CPR numbers.
 */
export function describeTrpcError(error: TRPCError, path: string | undefined): string {
  const cause = error.cause;
  const causeName = cause instanceof Error ? cause.name : typeof cause;
  const state = sqlState(cause);
  return redactCpr(`${new Date().toISOString()} fejl i ${path ?? "ukendt procedure"}: ${error.code} (${causeName}${state ? ` sqlstate=${state}` : ""})`);
}

/** PostgreSQL's five-character SQLSTATE, wherever it sits in the cause chain (Drizzle wraps the driver's error). */
function sqlState(error: unknown): string | null {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
