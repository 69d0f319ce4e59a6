import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./headers.js";
import { loggablePath, redactCpr } from "@kontaktplan/api";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export const SERVER_FAULT = "Der opstod en fejl på serveren. Prøv igen, eller kontakt support.";

/**
 * A request handler that no request can turn into a process crash: a synchronous throw or a
 * rejected promise answers 500 (or drops the connection when the answer had already begun) and
 * logs one line with the error's name only, never its message (which may quote the input).
 */
export function guarded(handler: Handler, logError: (line: string) => void): Handler {
  const fail = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    const name = error instanceof Error ? error.name : typeof error;
    logError(redactCpr(`${new Date().toISOString()} fejl ved ${req.method ?? "?"} ${loggablePath(req.url)}: ${name}`));
    if (res.headersSent || res.destroyed) res.destroy();
    else sendJson(res, 500, { error: SERVER_FAULT });
  };
  return (req, res) => {
    try {
      const pending = handler(req, res);
      if (pending) pending.catch((error: unknown) => fail(req, res, error));
    } catch (error) {
      fail(req, res, error);
    }
  };
}
