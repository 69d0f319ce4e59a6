import { z } from "zod";
import { FETCH_CHANNEL, responseToWire, type WireResponse } from "../shared/wire.js";

/** What the main process needs of Electron's `ipcMain` (a parameter, so this runs in Node tests). */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<WireResponse>): void;
  removeHandler(channel: string): void;
}

export type RequestHandler = (request: Request) => Promise<Response>;

/** Requests are resolved against this origin; only their path and query reach the handler. */
const LOCAL_ORIGIN = "http://kontaktplan.local";

// The renderer is untrusted input like any HTTP client: the message is checked before it is used.
const WireRequestSchema = z.object({
  url: z.string().startsWith("/").max(1_000_000),
  method: z.enum(["GET", "POST"]),
  headers: z.array(z.tuple([z.string(), z.string()])).max(100),
  body: z
    .string()
    .max(1024 * 1024)
    .nullable(),
});

const REFUSED: WireResponse = { status: 400, headers: [["content-type", "application/json"]], body: '{"error":"Ugyldig forespørgsel"}' };
const FORBIDDEN: WireResponse = { status: 403, headers: [["content-type", "application/json"]], body: '{"error":"Afsenderen er ikke Kontaktplans vindue"}' };

export function requestFromWire(wire: unknown): Request | null {
  const parsed = WireRequestSchema.safeParse(wire);
  if (!parsed.success) return null;
  const { url, method, headers, body } = parsed.data;
  return new Request(new URL(url, LOCAL_ORIGIN), { method, headers, ...(method === "POST" && body !== null ? { body } : {}) });
}

/**
 * Answer the renderer's tRPC requests over IPC. Only messages from our own window are served
 * (`isTrusted`), so an embedded frame or another web contents never reaches the local database.
 */
export function serveOverIpc<E>(ipcMain: IpcMainLike<E>, handle: RequestHandler, isTrusted: (event: E) => boolean): () => void {
  ipcMain.handle(FETCH_CHANNEL, async (event, wire) => {
    if (!isTrusted(event)) return FORBIDDEN;
    const request = requestFromWire(wire);
    if (!request) return REFUSED;
    return responseToWire(await handle(request));
  });
  return () => ipcMain.removeHandler(FETCH_CHANNEL);
}
