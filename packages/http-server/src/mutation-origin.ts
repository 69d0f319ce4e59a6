import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import type { IncomingMessage } from "node:http";

/**
 * CSRF: a state-changing request is taken only when it shows it was not forged by another site.
 * Any one of these suffices: our client header (a cross-site form or simple request cannot set
 * a custom header, and a cross-origin fetch that sets one needs a CORS preflight we never
 * grant), `Sec-Fetch-Site: same-origin`, or an `Origin` naming this very host. A browser that
 * says the request is cross-site is refused whatever else it sends.
 */
export function isForgeable(req: IncomingMessage): boolean {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  if (typeof req.headers[API_CLIENT_HEADER] === "string" && req.headers[API_CLIENT_HEADER] !== "") return false;
  if (site === "same-origin") return false;
  return !sameHost(req.headers.origin, req.headers.host);
}

function sameHost(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host || origin === "null") return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
