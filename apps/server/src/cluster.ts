/**
 * Several worker processes on one port (`node:cluster`), for more cores than one Node thread.
 * Every worker keeps its own caches, each checked against the kommune's data version in the
 * database on every request (kommune-state.ts), so a write through one worker is seen at once
 * through every other, and through other machines behind a load balancer run the same way.
 *
 * The primary prepares the database once (migrations, demo data) and then only forks, watches
 * and stops workers; it answers no requests.
 */
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { ConfigError, type DatabaseConfig } from "./config.js";

/** A worker that dies unexpectedly is replaced, but not in a tight loop if it dies at start-up. */
const RESTART_DELAY_MS = 1_000;

/**
 * Workers get a larger young generation than Node's default (16 MB per semi-space): evaluating a
 * large a-kasse's members allocates rows that live on, and with the default most of the time went
 * to copying them between semi-spaces (23 s for 100,000 members; 17 s with 64 MB, measured).
 */
const WORKER_FLAGS = ["--max-semi-space-size=64"];

/**
 * `WORKERS` (default: the number of cores). PGlite lives inside one process and its data folder
 * admits one process, so the embedded database always runs one; asking for more is refused.
 */
export function readWorkers(env: NodeJS.ProcessEnv, database: DatabaseConfig): number {
  const value = env.WORKERS;
  if (value === undefined || value === "") return database.kind === "pglite" ? 1 : availableParallelism();
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > 256) throw new ConfigError(`WORKERS skal være et helt tal fra 1 til 256 (fik "${value}")`);
  if (workers > 1 && database.kind === "pglite")
    throw new ConfigError("WORKERS over 1 kræver PostgreSQL (DATABASE_URL): den indbyggede database (PGlite) kan kun bruges af én proces.");
  return workers;
}

export interface ClusterParts {
  /** Runs once in the primary before any worker starts (migrations, seed, start-up lines). */
  prepare(): Promise<void>;
  /** Runs in each worker: open the database and listen; the port is shared by the cluster. */
  serve(): Promise<void>;
  print(text: string): void;
}

/** Called in every process of the cluster: the primary forks, each worker serves. */
export async function runCluster(workers: number, parts: ClusterParts): Promise<void> {
  if (cluster.isWorker) return parts.serve();
  await parts.prepare();
  const { print } = parts;
  let stopping = false;
  let listening = 0;
  cluster.on("listening", (_worker, address) => {
    // Every worker listens on the same port; announce it once, when all of them do.
    if (++listening === workers)
      print(`Kontaktplan kører på http://localhost:${address.port} med ${workers} arbejdsprocesser (sundhedstjek: /healthz; stop med Ctrl+C)\n`);
  });
  cluster.on("exit", (worker: Worker, code, signal) => {
    if (stopping) {
      if (code !== 0) process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) print("Kontaktplan er lukket.\n");
      return;
    }
    console.error(`Arbejdsproces ${worker.process.pid} stoppede (${signal ?? `kode ${code}`}); starter en ny.`);
    setTimeout(() => cluster.fork(), RESTART_DELAY_MS).unref();
  });
  cluster.setupPrimary({ execArgv: [...WORKER_FLAGS, ...process.execArgv] });
  for (let i = 0; i < workers; i++) cluster.fork();

  // Ctrl+C reaches every process of the group, so each worker stops on its own; a SIGTERM sent
  // to the primary alone (a service manager) is passed on.
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    print(`${signal} modtaget: lukker ${workers} arbejdsprocesser …\n`);
    if (signal === "SIGTERM") for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** A worker that has closed its server and database lets go of the primary, so it can end. */
export function leaveCluster(): void {
  if (cluster.isWorker) process.disconnect();
}
