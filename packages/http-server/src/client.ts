import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import type { TLSSocket } from "node:tls";

/**
 * What the server knows of who is on the other end. Behind a reverse proxy the socket is the
 * proxy's, so the forwarded headers are believed, but only when `TRUST_PROXY` says a proxy
 * sets them: otherwise anyone could claim HTTPS or another address by sending them.
 */
export interface ClientInfo {
  https: boolean;
  address: string;
}

export function clientInfo(req: IncomingMessage, trustProxy: boolean): ClientInfo {
  const direct = (req.socket as Partial<TLSSocket>).encrypted === true;
  const socketAddress = req.socket.remoteAddress ?? "ukendt";
  if (!trustProxy) return { https: direct, address: socketAddress };
  return { https: direct || lastValue(req.headers["x-forwarded-proto"]) === "https", address: forwardedFor(req) ?? socketAddress };
}

/** The address our proxy appended last: earlier entries are whatever the client claimed. */
function forwardedFor(req: IncomingMessage): string | null {
  const last = lastValue(req.headers["x-forwarded-for"]);
  return last !== null && isIP(last) !== 0 ? last : null;
}

function lastValue(header: string | string[] | undefined): string | null {
  const joined = Array.isArray(header) ? header.join(",") : header;
  if (!joined) return null;
  return (joined.split(",").at(-1) ?? "").trim().toLowerCase();
}
