import type { IncomingMessage, ServerResponse } from "node:http";
import { loggablePath, redactCpr } from "@kontaktplan/api";

export type LogLine = (line: string) => void;

/**
 * One line per request when it finishes: method, path, status, duration. Never the query string
 * (tRPC GET inputs travel there), a calendar feed's token, headers (cookies) or bodies, which may
 * hold personal data or secrets.
 */
export function logRequest(req: IncomingMessage, res: ServerResponse, log: LogLine): void {
  const started = performance.now();
  const path = loggablePath(req.url);
  res.once("close", () => {
    const ms = (performance.now() - started).toFixed(1);
    log(redactCpr(`${new Date().toISOString()} ${req.method ?? "?"} ${path} ${res.statusCode} ${ms}ms`));
  });
}
