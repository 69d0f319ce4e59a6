/** The real server over real HTTP (`@kontaktplan/test-server`): in this process, or as a process tests can kill. */
import { fileURLToPath } from "node:url";
import type { Database } from "@kontaktplan/db";
import { createServer } from "@kontaktplan/http-server";
import { serveForTest, startServerProcess, type ServerProcess, type TestServer } from "@kontaktplan/test-server";

/** The server on `database`, in this process, on a free port. */
export function startServer(database: Database): Promise<TestServer> {
  return serveForTest(createServer({ database, log: () => undefined }));
}

const SERVER_PROCESS = fileURLToPath(new URL("./server-process.mjs", import.meta.url));

/** The server in a process of its own, on PostgreSQL at `databaseUrl`, on `port` (so a restart is found where the first was). */
export async function startKillableServer(databaseUrl: string, port: number): Promise<{ url: string; kill: ServerProcess["kill"] }> {
  const server = startServerProcess(SERVER_PROCESS, { env: { DATABASE_URL: databaseUrl, PORT: String(port) } });
  return { url: await server.listening(), kill: server.kill };
}
