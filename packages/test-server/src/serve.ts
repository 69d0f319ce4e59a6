import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A server a test put on the network: real HTTP on 127.0.0.1. */
export interface TestServer {
  readonly url: string;
  readonly port: number;
  /** Hold every request whose path contains `path` for `ms` first, like a slow line (0 ends it). */
  slowDown(path: string, ms: number): void;
  /** Drop every connection and stop listening, as an outage or a crash would. */
  stop(): Promise<void>;
  /** Listen again on the same port after `stop`, with whatever the server held. */
  start(): Promise<void>;
  /** Stop, unless already stopped. The server's database is the caller's to close. */
  close(): Promise<void>;
}

/**
 * Puts `server` (the real one: `createServer` of `@kontaktplan/http-server`, built by the test with
 * its database, clock and options) on a free port of the loopback interface, or on `port`.
 */
export async function serveForTest(server: Server, port = 0): Promise<TestServer> {
  const actual = await listen(server, port);
  let slow: Map<string, number> | null = null;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    slowDown: (path, ms) => {
      slow ??= holdRequests(server);
      if (ms > 0) slow.set(path, ms);
      else slow.delete(path);
    },
    stop,
    start: async () => {
      await listen(server, actual);
    },
    close: async () => {
      if (server.listening) await stop();
    },
  };
}

/** Puts a delay in front of the server's own request handling; the map says which paths wait how long. */
function holdRequests(server: Server): Map<string, number> {
  const delays = new Map<string, number>();
  const handlers = server.listeners("request") as RequestListener[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const handle = () => {
      for (const handler of handlers) handler.call(server, req, res);
    };
    const delay = [...delays].find(([path]) => req.url?.includes(path))?.[1] ?? 0;
    if (delay > 0) setTimeout(handle, delay);
    else handle();
  });
  return delays;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
