import { inspect } from "node:util";
import { redactCpr } from "@kontaktplan/api";

/**
 * A failure as text a person can act on. Not everything thrown is an Error: PGlite and
 * Emscripten throw plain objects, which `String()` turns into `[object Object]`.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === "object" && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof message === "string" && message !== "") return `${typeof name === "string" ? name : "Fejl"}: ${message}`;
    return inspect(error, { depth: 3, breakLength: Infinity });
  }
  return String(error);
}

/**
 * The last line of defence: every request handler is guarded (request-guard.ts), but an error
 * that escapes anyway (an event emitter's callback, a promise nobody awaited) must not end the
 * process and with it every user's work. It is logged, redacted, and the server keeps serving.
 */
export function keepRunningOnStrayErrors(logError: (line: string) => void): void {
  const report = (kind: string) => (error: unknown) =>
    logError(redactCpr(`${new Date().toISOString()} ${kind} (serveren kører videre): ${describeFailure(error)}`));
  process.on("uncaughtException", report("uventet fejl"));
  process.on("unhandledRejection", report("uhåndteret afvisning"));
}
