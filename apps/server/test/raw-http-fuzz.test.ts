/**
 * Attacks on the real server process over raw TCP, the way no HTTP client library would send
 * them: malformed percent-encoding, odd methods and request lines, huge headers, broken chunked
 * bodies, half-closed and abandoned sockets, and thousands of random paths. Afterwards the
 * process must still be running and healthy, no answer may have been a 5xx, and nothing may
 * have been logged as an error.
 */
import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killServerProcesses, type ServerProcess } from "@kontaktplan/test-server";
import { startApp } from "./support/app.js";

interface RawAnswer {
  /** The status of each response on the connection (pipelined requests give several). */
  statuses: number[];
  text: string;
}

/**
 * Sends `bytes` on a fresh connection and collects what comes back until the server closes it or
 * `waitMs` passes. `halfClose` ends our side after sending (the server sees EOF mid-request).
 */
function raw(port: number, bytes: string | Buffer, options: { halfClose?: boolean; waitMs?: number } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString("utf8");
      resolve({ statuses: [...text.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1])), text });
    };
    const timer = setTimeout(done, options.waitMs ?? 1500);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", done);
    socket.on("close", done);
    socket.write(bytes, () => {
      if (options.halfClose) socket.end();
    });
  });
}

const request = (line: string, headers: string[] = [], body = "") =>
  `${line}\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join("")}Connection: close\r\n\r\n${body}`;

/** A deterministic generator (mulberry32), so a failing path can be reproduced from the seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ["/", "/trpc/", "/calendar/", "/healthz", "/assets/", "/trpc/auth.login,", "/calendar/x.ics/", "//", "/.."];
const PIECES = [
  "%",
  "%Z",
  "%ZZ",
  "%E0%A4%A",
  "%C0%AF",
  "%00",
  "%25",
  "..",
  "/",
  ".ics",
  "?",
  "?batch=1&input=",
  "{",
  "[",
  '"',
  ",",
  ";",
  "auth.me",
  "compliance.summary",
  "æ",
  "０１",
  "~",
  "#",
  "\\",
  "%2e%2e%2f",
];

function randomPath(next: () => number): string {
  let path = PREFIXES[Math.floor(next() * PREFIXES.length)]!;
  const parts = 1 + Math.floor(next() * 6);
  for (let i = 0; i < parts; i++) {
    path += next() < 0.6 ? PIECES[Math.floor(next() * PIECES.length)]! : String.fromCharCode(33 + Math.floor(next() * 94));
  }
  // Characters a request line cannot carry raw are sent percent-encoded, as a client would.
  return path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)).replace(/ /g, "%20");
}

describe("the running server under malformed raw HTTP", () => {
  let server: ServerProcess;
  let port: number;
  const statuses: number[] = [];

  beforeAll(async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-fuzz-")), "pglite");
    // No demo data: the attacks need none, and seeding would only slow the start.
    server = startApp(dataDir, { KONTAKTPLAN_DEMO: "0" });
    port = Number(new URL(await server.listening()).port);
  });

  afterAll(async () => {
    if (server.child.exitCode === null) expect(await server.stop()).toBe(0);
    killServerProcesses();
  });

  const send = async (bytes: string | Buffer, options?: { halfClose?: boolean; waitMs?: number }) => {
    const answer = await raw(port, bytes, options);
    statuses.push(...answer.statuses);
    return answer;
  };

  it("answers malformed percent-encoding with a 4xx, in the calendar download, the API and the portal", async () => {
    for (const path of ["/calendar/%ZZ.ics", "/calendar/%E0%A4%A.ics", "/calendar/%.ics", "/trpc/%ZZ", "/trpc/auth.me?input=%ZZ", "/%ZZ", "/%C0%AF"]) {
      const answer = await send(request(`GET ${path} HTTP/1.1`));
      expect(answer.statuses, path).toHaveLength(1);
      expect(answer.statuses[0]!, path).toBeGreaterThanOrEqual(400);
      expect(answer.statuses[0]!, path).toBeLessThan(500);
    }
  });

  it("refuses odd methods and request lines", async () => {
    const lines = [
      "FOO / HTTP/1.1",
      "PROPFIND /trpc/auth.me HTTP/1.1",
      "DELETE /healthz HTTP/1.1",
      "PUT /trpc/auth.login HTTP/1.1",
      "OPTIONS /trpc/auth.login HTTP/1.1",
      "TRACE / HTTP/1.1",
      "CONNECT 127.0.0.1:1 HTTP/1.1",
      "get / HTTP/1.1",
      "GET http://evil.example/trpc/auth.me HTTP/1.1",
      "GET * HTTP/1.1",
      "GET /healthz HTTP/9.9",
      "GET",
      "\u0000\u0001\u0002 / HTTP/1.1",
    ];
    for (const line of lines) {
      const answer = await send(request(line));
      for (const status of answer.statuses) expect(status, line).toBeLessThan(500);
    }
    // A request line alone, a bare newline, and binary noise.
    await send("GET / HTTP/1.1\r\n\r\n");
    await send("\r\n\r\n");
    await send(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  });

  it("refuses huge and odd headers", async () => {
    const huge = await send(request("GET /healthz HTTP/1.1", [`X-Stor: ${"a".repeat(64 * 1024)}`]));
    expect(huge.statuses).toEqual([431]);
    await send(
      request(
        "GET /healthz HTTP/1.1",
        Array.from({ length: 3000 }, (_, i) => `X-${i}: ${i}`),
      ),
    );
    await send(request("GET /trpc/auth.me HTTP/1.1", ["Cookie: kontaktplan_session=" + "A".repeat(8000)]));
    await send(request("GET /trpc/auth.me HTTP/1.1", ["Host: [::"]));
    await send(`GET /trpc/auth.me HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef`);
    await send(request("GET /trpc/auth.me HTTP/1.1", ["trpc-accept: application/jsonl", "Accept: text/event-stream"]));
  });

  it("survives broken chunked bodies and bodies cut off by a closed or abandoned socket", async () => {
    const post = (body: string, extra: string[] = []) =>
      `POST /trpc/auth.login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Kontaktplan-Client: fuzz\r\n${extra.map((h) => `${h}\r\n`).join("")}\r\n${body}`;
    await send(post("zz\r\n{}\r\n0\r\n\r\n", ["Transfer-Encoding: chunked"]));
    await send(post('5\r\n{"a":\r\n', ["Transfer-Encoding: chunked"]), { halfClose: true });
    await send(post("ffffffffffffffff\r\nx\r\n", ["Transfer-Encoding: chunked"]));
    await send(post("3\r\nabcdef\r\n0\r\n\r\n", ["Transfer-Encoding: chunked"]));
    await send(post("{}", ["Transfer-Encoding: chunked", "Content-Length: 2"]));
    await send(post('{"email":"a@b.dk",', ["Content-Length: 1000"]), { halfClose: true });
    await send(post('{"email":"a@b.dk",', ["Content-Length: 1000"]), { waitMs: 100 });
    await send(post("x".repeat(2 * 1024 * 1024), [`Content-Length: ${2 * 1024 * 1024}`]));
    await send("POST /trpc/auth.login HTTP/1.1\r\nHost: 127.0.0.1\r\n", { halfClose: true });
    await send("GET /heal", { halfClose: true });
  });

  it("answers API abuse with typed refusals: big batches, bad JSON, NUL, wrong content types", async () => {
    const batch = Array.from({ length: 300 }, () => "compliance.summary").join(",");
    const big = await send(request(`GET /trpc/${batch}?batch=1&input={} HTTP/1.1`));
    expect(big.statuses).toEqual([400]);
    expect(big.text).toContain("For mange kald i én forespørgsel");
    for (const input of ["[", "%7B%22email%22", "null", "%7B%220%22:%22%5Cu0000%22%7D", "1e999999"]) {
      const answer = await send(request(`GET /trpc/auth.me,auth.me?batch=1&input=${input} HTTP/1.1`));
      for (const status of answer.statuses) expect(status, input).toBeLessThan(500);
    }
    const nul = await send(
      request(
        "POST /trpc/auth.login HTTP/1.1",
        ["Content-Type: application/json", "X-Kontaktplan-Client: fuzz", "Content-Length: 45"],
        '{"email":"a\\u0000@b.dk","password":"x\\u0000y"}',
      ),
    );
    expect(nul.statuses).toEqual([400]);
    for (const type of ["text/plain", "multipart/form-data; boundary=x", "application/octet-stream", "application/x-www-form-urlencoded"]) {
      const answer = await send(request("POST /trpc/auth.logout HTTP/1.1", [`Content-Type: ${type}`, "X-Kontaktplan-Client: fuzz", "Content-Length: 2"], "{}"));
      expect(answer.statuses, type).toEqual([415]);
    }
  });

  it("survives thousands of random paths, many at a time", async () => {
    const next = random(20251202);
    const paths = Array.from({ length: 3000 }, () => randomPath(next));
    for (let i = 0; i < paths.length; i += 100) {
      // Pipelined on keep-alive connections: ten requests per connection, ten connections at once.
      await Promise.all(
        Array.from({ length: 10 }, (_, c) => {
          const group = paths.slice(i + c * 10, i + c * 10 + 10);
          const bytes = group
            .map((path, k) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${k === group.length - 1 ? "Connection: close\r\n" : ""}\r\n`)
            .join("");
          return send(bytes, { waitMs: 5000 });
        }),
      );
    }
    expect(statuses.length).toBeGreaterThan(2000);
  });

  it("afterwards: still running and healthy, never a 5xx, nothing logged as an error", async () => {
    expect(server.child.exitCode).toBeNull();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, db: "pglite" });
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(server.output().stderr).toBe("");
  });
});
