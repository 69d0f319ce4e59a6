import { appRouter, createCallerFactory, createContext, describeTrpcError } from "@kontaktplan/api";
import type { Database } from "@kontaktplan/db";
import { MeetingRef, parseWith } from "@kontaktplan/schema";
import { getTRPCErrorFromUnknown } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson, setNoStore } from "./headers.js";

const PATH = /^\/calendar\/([^/]+)\.ics$/;
const createCaller = createCallerFactory(appRouter);

/**
 * `GET /calendar/<meetingId>.ics`: a meeting as a calendar file, for a plain download link. It
 * calls the `meeting.ics` procedure with the request's session cookie, so sign-in, role, tenancy
 * and the audit row are exactly the procedure's. Answers false for paths that are not its own.
 */
export function createCalendarDownload(options: { database: Database; now?: (() => Date) | undefined }) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const match = PATH.exec(pathname);
    if (!match) return false;
    if (req.method !== "GET") {
      res.setHeader("Allow", "GET");
      sendJson(res, 405, { error: "Metoden er ikke tilladt" });
      return true;
    }
    let meetingId: string;
    try {
      meetingId = decodeURIComponent(match[1] ?? "");
    } catch {
      sendJson(res, 400, { error: "Ugyldig adresse" });
      return true;
    }
    download(options, req, res, meetingId).catch(() => res.destroy());
    return true;
  };
}

async function download(options: { database: Database; now?: (() => Date) | undefined }, req: IncomingMessage, res: ServerResponse, meetingId: string) {
  const input = parseWith(MeetingRef, { meetingId });
  if (!input.ok) return sendJson(res, 400, { error: input.errors.map((e) => e.message).join(" ") });
  try {
    const caller = createCaller(
      await createContext({
        db: options.database.db,
        dbKind: options.database.kind,
        cookieHeader: req.headers.cookie,
        // A download never signs anyone in or out.
        setCookie: () => undefined,
        ...(options.now ? { now: options.now } : {}),
      }),
    );
    const file = await caller.meeting.ics(input.value);
    setNoStore(res);
    res.statusCode = 200;
    res.setHeader("Content-Type", "text/calendar; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`);
    res.end(file.content);
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    if (error.code === "INTERNAL_SERVER_ERROR") {
      console.error(describeTrpcError(error, "calendar"));
      return sendJson(res, 500, { error: "Der opstod en fejl på serveren. Prøv igen, eller kontakt support." });
    }
    sendJson(res, getHTTPStatusCodeFromError(error), { error: error.message });
  }
}
