import { calendarFeed, FEED_PREFIX } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientInfo } from "./client.js";
import { sendJson, setNoStore } from "./headers.js";
import { RateWindow } from "./rate-window.js";
import { SERVER_FAULT } from "./request-guard.js";

const PATH = new RegExp(`^${FEED_PREFIX}([^/]*)\\.ics$`);

/** Requests per client address and minute; a calendar fetches a feed every quarter of an hour or so. */
export const FEED_REQUESTS_PER_MINUTE = 30;

export interface CalendarFeedOptions {
  database: Database;
  now?: (() => Date) | undefined;
  trustProxy: boolean;
  logError: (line: string) => void;
}

/**
 * `GET /calendar/feed/<token>.ics`: a caseworker's calendar subscription, without a session (the
 * secret token is the key). A wrong, revoked or malformed token gets the same 404 as any unknown
 * address, and too many requests from one address get 429. Answers false for other paths.
 */
export function createCalendarFeed(options: CalendarFeedOptions) {
  const limit = new RateWindow(FEED_REQUESTS_PER_MINUTE, 60_000);
  const now = options.now ?? (() => new Date());
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const match = PATH.exec(pathname);
    if (!match) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      sendJson(res, 405, { error: "Metoden er ikke tilladt" });
      return true;
    }
    if (!limit.take(clientInfo(req, options.trustProxy).address, now().getTime())) {
      res.setHeader("Retry-After", "60");
      sendJson(res, 429, { error: "For mange forespørgsler. Prøv igen om lidt." });
      return true;
    }
    serve(options.database, now(), res, match[1] ?? "").catch((error: unknown) => {
      // Never the path: it holds the token.
      options.logError(`${new Date().toISOString()} fejl ved kalenderabonnement: ${error instanceof Error ? error.name : typeof error}`);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: SERVER_FAULT });
    });
    return true;
  };
}

async function serve(database: Database, now: Date, res: ServerResponse, token: string): Promise<void> {
  const content = await calendarFeed(database.db, token, now);
  if (content === null) return sendJson(res, 404, { error: "Ikke fundet" });
  setNoStore(res);
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/calendar; charset=utf-8");
  res.setHeader("Content-Disposition", 'inline; filename="kontaktplan.ics"');
  res.end(content);
}
