import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";

export interface ServerProcessOptions {
  /** Settings on top of this process's environment; `PORT` is 0 (a free port) unless given. */
  env?: Record<string, string>;
  /**
   * Write the server's stdout to this file instead of a pipe (its stderr then goes to ours): a
   * pipe to a busy test process would hold up the server's writes, which a bench would measure.
   */
  logFile?: string;
  /** Options for Node itself (a cluster's workers get them too), e.g. `--cpu-prof` for a bench's profile. */
  nodeFlags?: string[];
}

export interface ServerProcess {
  readonly child: ChildProcess;
  /** What the server has printed so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves to the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** Resolves to the base URL once the server prints that it listens; fails if it ends or takes longer. */
  listening(timeoutMs?: number): Promise<string>;
  /** SIGTERM, the way a service manager stops it; resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no clean shutdown, open transactions die with their connections. */
  kill(): Promise<void>;
}

/** The line every server entry prints once it accepts connections (`Kontaktplan kører på http://…:<port> …`). */
const LISTENING = /Kontaktplan kører på http:\/\/\S+:(\d+)\s/;

const started: ServerProcess[] = [];

/**
 * `node <main>` in a process of its own: the app's built `dist/main.js`, exactly what `pnpm start`
 * runs, or a test's entry that serves the server some other way (it prints the same line).
 */
export function startServerProcess(main: string, options: ServerProcessOptions = {}): ServerProcess {
  const env = { ...process.env, PORT: "0", ...options.env };
  const logFile = options.logFile;
  const args = [...(options.nodeFlags ?? []), main];
  let child: ChildProcess;
  if (logFile) {
    const out = openSync(logFile, "w");
    child = spawn(process.execPath, args, { env, stdio: ["ignore", out, "inherit"] });
    closeSync(out);
  } else {
    child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  }
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const output = () => ({ stdout: logFile ? readFileSync(logFile, "utf8") : stdout, stderr });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // Its output is complete only once its pipes have closed, which may come after `exit`.
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const running: ServerProcess = {
    child,
    output,
    exited,
    listening: async (timeoutMs = 120_000) => {
      for (let waited = 0; waited < timeoutMs; waited += 100) {
        const match = LISTENING.exec(output().stdout);
        if (match) return `http://127.0.0.1:${match[1]}`;
        if (child.exitCode !== null || child.signalCode !== null) {
          await closed;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const { stdout: out, stderr: err } = output();
      throw new Error(`the server process did not start (${main}):\n${out}\n${err}`);
    },
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
  started.push(running);
  return running;
}

/** For `afterEach`/`afterAll`: every server process still running is killed (SIGKILL). */
export function killServerProcesses(): void {
  for (const server of started.splice(0)) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
}
