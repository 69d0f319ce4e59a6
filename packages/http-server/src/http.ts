import { appRouter, createContext, type Mail, describeTrpcError, renewResultsEachDay } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { TRPCError } from "@trpc/server";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createCalendarDownload } from "./calendar-download.js";
import { createCalendarFeed } from "./calendar-feed.js";
import { clientInfo } from "./client.js";
import { answerHealth } from "./health.js";
import { sendJson, setHsts, setNoStore, setSecurityHeaders } from "./headers.js";
import { isForgeable } from "./mutation-origin.js";
import { guarded } from "./request-guard.js";
import { logRequest, type LogLine } from "./request-log.js";
import { batchedOutput } from "./batched-output.js";
import { createStaticFiles } from "./static-files.js";

export interface ServerOptions {
  database: Database;
  /** The built web portal's folder, served at `/`; without it only the API answers. */
  webRoot?: string | null;
  /** Where request lines go (by default stdout, a few lines per write: batched-output.ts). */
  log?: LogLine;
  /** The clock procedures see; tests move it. */
  now?: () => Date;
  /** Believe `X-Forwarded-Proto` and `X-Forwarded-For`: only behind a reverse proxy that sets them (`TRUST_PROXY=1`). */
  trustProxy?: boolean;
  /** Where unexpected faults are logged (stderr by default). */
  logError?: LogLine;
  /** Notifications also as e-mail (SMTP, `mailer.ts`); none: in-app only. */
  mail?: Mail | null;
}

/** Requests larger than this are refused before parsing: no procedure takes more than a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024;
/** A browser page never batches more than a handful of calls; more is a way to tie the server up. */
export const MAX_BATCH_SIZE = 10;

/**
 * The HTTP server: tRPC at `/trpc`, `GET /healthz`, and the web portal when it is built. Call
 * `listen` on it; closing it also stops the daily renewal of the kept results.
 */
export function createServer(options: ServerOptions): Server {
  const { database } = options;
  const { log, flush } = options.log ? { log: options.log, flush: () => undefined } : batchedOutput((text) => process.stdout.write(text));
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const trustProxy = options.trustProxy ?? false;
  const staticFiles = options.webRoot ? createStaticFiles(options.webRoot) : null;
  const calendar = createCalendarDownload(options);
  const feed = createCalendarFeed({ database, now: options.now, trustProxy, logError });

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ req, res, info }) => {
      // A streamed answer sends its headers before the calls finish, so a login could not set
      // its cookie after creating the session: sign-in and sign-out are answered whole only.
      if (info.accept === "application/jsonl" && info.calls.some((call) => call.path.startsWith("auth."))) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Log ind og log ud kan ikke streames; send kaldet uden trpc-accept: application/jsonl" });
      }
      const client = clientInfo(req, trustProxy);
      return createContext({
        db: database.db,
        dbKind: database.kind,
        cookieHeader: req.headers.cookie,
        setCookie: (header) => {
          // The batch link answers after every procedure has run, so headers are still open here.
          if (res.headersSent) throw new Error("Set-Cookie after the response headers were sent");
          res.appendHeader("Set-Cookie", header);
        },
        secureCookie: client.https,
        clientAddress: client.address,
        mail: options.mail ?? null,
        ...(options.now ? { now: options.now } : {}),
      });
    },
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logError(describeTrpcError(error, path));
    },
  });

  const api = (req: IncomingMessage, res: ServerResponse) => {
    setNoStore(res);
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") {
      res.setHeader("Allow", "GET, POST");
      return sendJson(res, 405, { error: "Metoden er ikke tilladt" });
    }
    // Every POST is a mutation (tRPC answers queries over GET only).
    if (req.method === "POST") {
      if (isForgeable(req)) return sendJson(res, 403, { error: "Forespørgslen kommer ikke fra Kontaktplan selv og afvises (CSRF-beskyttelse)" });
      if (!isJson(req)) return sendJson(res, 415, { error: "Forespørgslen skal sendes som JSON (Content-Type: application/json)" });
    }
    return trpc(req, res);
  };

  const handle = guarded((req, res) => {
    logRequest(req, res, log);
    setSecurityHeaders(res);
    if (clientInfo(req, trustProxy).https) setHsts(res);
    const pathname = (req.url ?? "/").split("?", 1)[0] ?? "/";
    if (pathname === "/healthz") {
      if (req.method === "GET" || req.method === "HEAD") return void answerHealth(res, database);
      res.setHeader("Allow", "GET, HEAD");
      return sendJson(res, 405, { error: "Metoden er ikke tilladt" });
    }
    if (pathname === "/trpc" || pathname.startsWith("/trpc/")) return api(req, res);
    if (feed(req, res, pathname)) return;
    if (calendar(req, res, pathname)) return;
    if (staticFiles) return staticFiles(req, res, pathname);
    sendJson(res, 404, { error: "Ikke fundet" });
  }, logError);

  const server = createHttpServer(handle);
  // The day's results are evaluated when the day turns, not by the morning's first request.
  server.on("close", renewResultsEachDay(database.db, options.now ?? (() => new Date()), logError));
  server.on("close", flush);
  return server;
}

function isJson(req: IncomingMessage): boolean {
  return req.headers["content-type"]?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}
