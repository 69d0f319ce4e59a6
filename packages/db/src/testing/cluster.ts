import { execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

/** A throwaway PostgreSQL cluster on 127.0.0.1, trusting every local connection. */
export interface Cluster {
  readonly url: string;
  readonly dataDir: string;
}

const PG_ROOT = "/usr/lib/postgresql";
const START_ATTEMPTS = 3;
/** PGlite's encoding, sort order and time zone, so both kinds answer alike whatever the machine's locale and TZ. */
const LIKE_PGLITE = ["--encoding=UTF8", "--lc-collate=C", "--lc-ctype=C.UTF-8"];
/**
 * Test clusters hold nothing worth keeping: skip every flush to disk. Parallel test workers each
 * keep a pool, so allow more connections than the default 100.
 */
const SERVER_OPTIONS = "-c timezone=UTC -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

const run = promisify(execFile);

/** Creates a cluster in a new temporary folder and starts it on a free port. */
export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  const dataDir = mkdtempSync(join(tmpdir(), "kontaktplan-pg-"));
  try {
    // The server runs as the postgres user when we are root (see serverUserCommand), so it must own its folder.
    if (isRoot()) await run("chown", ["postgres:", dataDir]);
    await asServerUser(join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-N", ...LIKE_PGLITE]);
    const port = await startOnFreePort(bin, dataDir);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dataDir };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Stops a cluster and deletes its folder. Synchronous so it can run in a process `exit` handler;
 * `immediate` because the data is thrown away anyway.
 */
export function stopCluster(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  const [command, args] = stopCommand(dataDir);
  spawnSync(command, args, { stdio: "ignore" });
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Stops the cluster once `pid` has ended, however it ended: a test worker that is killed never
 * runs its `exit` handlers, and a forgotten postmaster would outlive the whole test run.
 */
export function stopClusterWhenProcessEnds(dataDir: string, pid: number): void {
  const [command, args] = stopCommand(dataDir);
  const stop = [command, ...args].map(shellQuote).join(" ");
  const script = `while kill -0 ${pid} 2>/dev/null; do sleep 1; done; ${stop} >/dev/null 2>&1; rm -rf ${shellQuote(dataDir)}`;
  spawn("sh", ["-c", script], { detached: true, stdio: "ignore" }).unref();
}

function stopCommand(dataDir: string): Command {
  return serverUserCommand(join(binDir(), "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"]);
}

async function startOnFreePort(bin: string, dataDir: string): Promise<number> {
  // Another process may take the port between our probe and the server's bind: try a fresh one.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 ${SERVER_OPTIONS}`;
    try {
      await asServerUser(join(bin, "pg_ctl"), ["-D", dataDir, "-o", options, "-l", join(dataDir, "server.log"), "-w", "start"]);
      return port;
    } catch (error) {
      if (attempt === START_ATTEMPTS) {
        throw new Error(`PostgreSQL did not start in ${dataDir}:\n${serverLog(dataDir)}`, { cause: error });
      }
    }
  }
}

/** The newest installed PostgreSQL's programs (Debian installs them under /usr/lib/postgresql/<major>/bin). */
function binDir(): string {
  const majors = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((major) => existsSync(join(PG_ROOT, major, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors[0] === undefined) {
    throw new Error(
      `PostgreSQL is not installed (no ${PG_ROOT}/*/bin/initdb), so the database tests cannot run on it. ` +
        "Run `bash scripts/test.sh`, which installs it, or set KONTAKTPLAN_TEST_PG_URL to a running server.",
    );
  }
  return join(PG_ROOT, majors[0], "bin");
}

async function asServerUser(program: string, args: string[]): Promise<void> {
  await run(...serverUserCommand(program, args));
}

type Command = [command: string, args: string[]];

/** PostgreSQL refuses to run as root, so root runs its programs as the postgres user. */
function serverUserCommand(program: string, args: string[]): Command {
  return isRoot() ? ["runuser", ["-u", "postgres", "--", program, ...args]] : [program, args];
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function serverLog(dataDir: string): string {
  const log = join(dataDir, "server.log");
  return existsSync(log) ? readFileSync(log, "utf8") : "(no server log)";
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
