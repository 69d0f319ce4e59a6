import { appRouter, createContext } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import type { TLSSocket } from "node:tls";
import { createCalendarDownload } from "./calendar-download.js";
import { answerHealth } from "./health.js";
import { sendJson, setNoStore, setSecurityHeaders } from "./headers.js";
import { logRequest, type LogLine } from "./request-log.js";
import { createStaticFiles } from "./static-files.js";
import { describeTrpcError } from "./trpc-errors.js";

export interface ServerOptions {
  database: Database;
  /** The built web portal's folder, served at `/`; without it only the API answers. */
  webRoot?: string | null;
  /** Where request lines go (stdout by default). */
  log?: LogLine;
  /** The clock procedures see; tests move it. */
  now?: () => Date;
}

/** Requests larger than this are refused before parsing: no procedure takes more than a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The HTTP server: tRPC at `/trpc`, `GET /healthz`, and the web portal when it is built. Call `listen` on it. */
export function createServer(options: ServerOptions): Server {
  const { database } = options;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const staticFiles = options.webRoot ? createStaticFiles(options.webRoot) : null;
  const calendar = createCalendarDownload(options);

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req, res }) =>
      createContext({
        db: database.db,
        dbKind: database.kind,
        cookieHeader: req.headers.cookie,
        setCookie: (header) => {
          // The batch link answers after every procedure has run, so headers are still open here.
          if (res.headersSent) throw new Error("Set-Cookie after the response headers were sent");
          res.appendHeader("Set-Cookie", header);
        },
        secureCookie: isHttps(req),
        ...(options.now ? { now: options.now } : {}),
      }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(describeTrpcError(error, path));
    },
  });

  return createHttpServer((req, res) => {
    logRequest(req, res, log);
    setSecurityHeaders(res);
    const pathname = (req.url ?? "/").split("?")[0]!;
    if (pathname === "/healthz") {
      if (req.method === "GET" || req.method === "HEAD") return void answerHealth(res, database);
      res.setHeader("Allow", "GET, HEAD");
      return sendJson(res, 405, { error: "Metoden er ikke tilladt" });
    }
    if (pathname === "/trpc" || pathname.startsWith("/trpc/")) {
      setNoStore(res);
      return trpc(req, res);
    }
    if (calendar(req, res, pathname)) return;
    if (staticFiles) return void staticFiles(req, res, pathname).catch(() => res.destroy());
    sendJson(res, 404, { error: "Ikke fundet" });
  });
}

/** Directly over TLS, or behind a proxy that terminated it (then the session cookie must be `Secure`). */
function isHttps(req: IncomingMessage): boolean {
  return (req.socket as Partial<TLSSocket>).encrypted === true || req.headers["x-forwarded-proto"] === "https";
}
