import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The package's test script compiles dist/ first, so this runs exactly what `pnpm start` runs.
const MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");

export interface Running {
  child: ChildProcessWithoutNullStreams;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

const started: Running[] = [];

/** `node dist/main.js` on an embedded database in `dataDir` (no DATABASE_URL), on a free port. */
export function startServer(dataDir: string, settings: Record<string, string> = {}): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", KONTAKTPLAN_DATA_DIR: dataDir, ...settings };
  if (!("DATABASE_URL" in settings)) delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running = { child, output: () => ({ stdout, stderr }), exited };
  started.push(running);
  return running;
}

/** Resolves to the base URL once the server prints that it listens. */
export async function listening(server: Running): Promise<string> {
  for (let waited = 0; waited < 90_000; waited += 100) {
    const match = /Kontaktplan kører på http:\/\/\S+:(\d+) /.exec(server.output().stdout);
    if (match) return `http://127.0.0.1:${match[1]}`;
    if (server.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start:\n${server.output().stdout}\n${server.output().stderr}`);
}

export async function stop(server: Running): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}

/** For afterEach: whatever a test left running is killed. */
export function killStarted(): void {
  for (const server of started.splice(0)) if (server.child.exitCode === null) server.child.kill("SIGKILL");
}
