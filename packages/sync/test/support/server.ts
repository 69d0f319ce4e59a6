/** The real server (apps/server) over real HTTP: in this process, or as a process tests can kill. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Database } from "@kontaktplan/db";
import { createServer } from "@kontaktplan/server/dist/http.js";

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Drop every connection and stop listening, as a crash would. */
  stop(): Promise<void>;
}

export function startServer(database: Database, port = 0): Promise<RunningServer> {
  const server = createServer({ database, log: () => undefined });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const SERVER_PROCESS = fileURLToPath(new URL("./server-process.mjs", import.meta.url));

export interface ServerProcess {
  readonly url: string;
  /** SIGKILL: no clean shutdown, open transactions die with their connections. */
  kill(): Promise<void>;
}

/** The server in a process of its own, on PostgreSQL at `databaseUrl`. */
export async function startServerProcess(databaseUrl: string, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_PROCESS, databaseUrl, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  while (!output.includes("listening")) {
    const [chunk] = (await Promise.race([once(child.stdout, "data"), once(child, "exit").then(() => [null])])) as [string | null];
    if (chunk === null) throw new Error("the server process ended before it listened");
    output += chunk;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    },
  };
}
