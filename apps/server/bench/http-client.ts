/** The load generator's side of HTTP: tRPC calls over keep-alive sockets, timed. */
import { Agent, request } from "node:http";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

export interface Answer {
  status: number;
  ms: number;
  body: string;
  headers: Record<string, string>;
  setCookie: string[];
}

export interface CallOptions {
  /** No answer within this: status 0 (default 30 s). */
  timeoutMs?: number;
  /** On a connection of its own, closed after: the cluster hands each new connection to the next worker. */
  fresh?: boolean;
}

/** One tRPC procedure call (query: GET with the input in the URL; mutation: POST with it in the body). Status 0: no answer. */
export function call(base: string, cookie: string, kind: "query" | "mutation", path: string, input: unknown, options: CallOptions = {}): Promise<Answer> {
  const started = performance.now();
  const json = JSON.stringify(input ?? null);
  const url = kind === "query" ? `${base}/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(json)}`}` : `${base}/trpc/${path}`;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: kind === "query" ? "GET" : "POST",
        agent: options.fresh ? false : agent,
        headers: { cookie, [API_CLIENT_HEADER]: "bench", ...(kind === "mutation" ? { "content-type": "application/json" } : {}) },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") headers[k] = v;
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString(),
            headers,
            setCookie: res.headers["set-cookie"] ?? [],
          });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started, body: "", headers: {}, setCookie: [] }));
    if (kind === "mutation") req.end(json);
    else req.end();
  });
}

export async function signIn(base: string, credentials: { email: string; password: string }): Promise<string> {
  const answer = await call(base, "", "mutation", "auth.login", credentials);
  const cookie = answer.setCookie[0]?.split(";")[0];
  if (answer.status !== 200 || !cookie) throw new Error(`login failed for ${credentials.email}: ${answer.status} ${answer.body.slice(0, 200)}`);
  return cookie;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
