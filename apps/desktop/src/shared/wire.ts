/**
 * tRPC's HTTP requests and responses as they cross the IPC boundary between the renderer and the
 * main process. The renderer keeps tRPC's own HTTP link and hands it a `fetch` that goes over IPC,
 * so the main process answers with tRPC's own fetch adapter: one protocol, no framing of our own.
 */

/** The one IPC channel the preload opens. */
export const FETCH_CHANNEL = "kontaktplan:fetch";

export interface WireRequest {
  /** Path and query, e.g. `/trpc/caseload.list?batch=1&input=…`. */
  url: string;
  method: string;
  headers: [string, string][];
  body: string | null;
}

export interface WireResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/** What the preload exposes to the renderer as `window.kontaktplanIpc`. */
export interface IpcBridge {
  fetch(request: WireRequest): Promise<WireResponse>;
}

// Responses with these statuses must not carry a body (the Response constructor refuses one).
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function responseToWire(response: Response): Promise<WireResponse> {
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

export function responseFromWire(wire: WireResponse): Response {
  return new Response(NULL_BODY_STATUSES.has(wire.status) ? null : wire.body, { status: wire.status, headers: wire.headers });
}

/**
 * A `fetch` for tRPC's HTTP links that sends each request over the bridge. Only the path matters
 * on the other side, so relative URLs stay relative.
 */
export function ipcFetch(bridge: IpcBridge): typeof fetch {
  return async (input, init) => {
    if (typeof input !== "string") throw new TypeError("ipcFetch takes the URL as a string, as tRPC's links pass it");
    const headers = new Headers(init?.headers);
    const body = init?.body;
    if (body !== undefined && body !== null && typeof body !== "string") throw new TypeError("ipcFetch sends text bodies only");
    const wire: WireRequest = { url: input, method: init?.method ?? "GET", headers: [...headers], body: body ?? null };
    return responseFromWire(await bridge.fetch(wire));
  };
}
