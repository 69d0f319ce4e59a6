/** The real server (`node dist/main.js`) in a process of its own, for the benches. */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SERVER_MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");

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
  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, [SERVER_MAIN], { env: { ...process.env, PORT: "0", NODE_ENV: "production", ...env }, stdio: ["ignore", out, "inherit"] });
  closeSync(out);
  started.push(child);
  const output = () => readFileSync(logFile, "utf8");
  for (let waited = 0; waited < 600_000; waited += 100) {
    const match = /Kontaktplan kører på http:\/\/localhost:(\d+)/.exec(output());
    if (match) return { base: `http://127.0.0.1:${match[1]}`, output };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start (its output: ${logFile})`);
}

export function stop(children: ChildProcess[]): void {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}
