/**
 * Talking to a server that may be away: failures are sorted into "try again later" and "stop", and
 * the engine waits with exponential backoff between attempts.
 */

/** How a failed call to the server is handled. */
export type Failure =
  /** No answer at all (network down, server stopped): the desktop is offline; try again. */
  | "offline"
  /** The server answered with a fault of its own: try again. */
  | "server"
  /** The server no longer knows our session: the caseworker must sign in again. */
  | "session"
  /** The server refused the request itself: trying again would not help. */
  | "refused";

interface ErrorData {
  code?: unknown;
  httpStatus?: unknown;
}

/** Sorts a tRPC client error (or any error of a transport shaped like one) by its `data`. */
export function failureOf(error: unknown): Failure {
  const data = (error as { data?: ErrorData } | null)?.data;
  if (!data || typeof data.code !== "string") return "offline";
  if (data.code === "UNAUTHORIZED") return "session";
  if (data.code === "INTERNAL_SERVER_ERROR" || data.code === "TOO_MANY_REQUESTS") return "server";
  if (typeof data.httpStatus === "number" && data.httpStatus >= 500) return "server";
  return "refused";
}

export const FAILURE_MESSAGES: Record<Exclude<Failure, "refused">, string> = {
  offline: "Serveren kan ikke nås. Ændringerne bliver sendt, når forbindelsen er tilbage.",
  server: "Serveren kunne ikke tage imod ændringerne lige nu. Der prøves igen om lidt.",
  session: "Log ind på serveren igen for at synkronisere.",
};

/** The engine was closed while it waited. */
export class SyncClosedError extends Error {
  constructor() {
    super("Synkroniseringen er stoppet");
    this.name = "SyncClosedError";
  }
}

/** A wait that `abort` ends early with SyncClosedError. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new SyncClosedError());
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncClosedError());
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
