import type { AddressInfo } from "node:net";
import { createServer as createHttpServer, type Server } from "node:http";
import type { Database } from "@kontaktplan/db";
import { freshPglite } from "@kontaktplan/testing";
import { createServer } from "@kontaktplan/server/dist/http.js";
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from "@kontaktplan/server/dist/seed/index.js";
import { copenhagenToday, parseDay } from "@kontaktplan/rules/dates";

export { DEMO_PASSWORD };
export const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

/**
 * The real Kontaktplan server (apps/server) on a fresh in-memory PGlite with the demo data. It can
 * be taken off the network and brought back on the same port with the same data, like an outage.
 */
export interface TestServer {
  readonly url: string;
  readonly database: Database;
  /** Hold every request whose path contains `path` for `ms` first, like a slow line (0 ends it). */
  slowDown(path: string, ms: number): void;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const database = await freshPglite();
  await seedDemoDataIfEmpty(database.db, parseDay(copenhagenToday(new Date())));
  const slow = new Map<string, number>();
  // The real server's handler behind a front that can hold requests back.
  const front = () => {
    const real = createServer({ database, log: () => undefined });
    return createHttpServer((req, res) => {
      const delay = [...slow].find(([path]) => req.url?.includes(path))?.[1] ?? 0;
      setTimeout(() => real.emit("request", req, res), delay);
    });
  };
  let server: Server = front();
  const port = await listen(server, 0);
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    goOffline: stop,
    slowDown: (path, ms) => {
      if (ms > 0) slow.set(path, ms);
      else slow.delete(path);
    },
    goOnline: async () => {
      server = front();
      await listen(server, port);
    },
    close: async () => {
      if (server.listening) await stop();
      await database.close();
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}
