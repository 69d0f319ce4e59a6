import type { ServerResponse } from "node:http";

/** Sent with every response: no sniffing, no framing, no referrer leaks, no cross-origin embedding. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** API answers are data, never a document: nothing may load or run from them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** The web portal loads only its own files. */
export const PORTAL_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader("Content-Security-Policy", API_CSP);
}

/** Reached over HTTPS: browsers must never fall back to plain HTTP for this host. */
export function setHsts(res: ServerResponse): void {
  res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

/** API answers hold personal data: no browser or proxy may keep a copy. */
export function setNoStore(res: ServerResponse): void {
  res.setHeader("Cache-Control", "no-store");
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  setNoStore(res);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}
