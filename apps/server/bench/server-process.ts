/** The real server (`node dist/main.js`) in a process of its own, for the benches. */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServerProcess } from "@kontaktplan/test-server";

/** `dist-bench/server-process.js` → `dist/main.js`. */
const SERVER_MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export interface StartedServer {
  base: string;
  /** What the server printed: its request lines, and the demo logins when it seeded. */
  output(): string;
}

/**
 * Its stdout (a line per request) goes to a file: a pipe to this busy process would block the
 * server's writes (pipes are synchronous on Linux) and measure us. Seeding the demo takes a while.
 */
export async function startServer(env: Record<string, string>, started: ChildProcess[]): Promise<StartedServer> {
  const logFile = join(mkdtempSync(join(tmpdir(), "kontaktplan-bench-")), "server.log");
  const profile = process.env.BENCH_PROFILE;
  // `BENCH_PROFILE=<folder>`: every server process writes a CPU profile there when it stops (NODE_OPTIONS may not carry --cpu-prof).
  const nodeFlags = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [];
  const server = startServerProcess(SERVER_MAIN, { env: { NODE_ENV: "production", ...env }, logFile, nodeFlags });
  started.push(server.child);
  return { base: await server.listening(600_000), output: () => server.output().stdout };
}

export function stop(children: ChildProcess[]): void {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}
