import { openDatabase, type Database } from "@kontaktplan/db";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { leaveCluster, readWorkers, runCluster } from "./cluster.js";
import { ConfigError, DEFAULT_HOST, describeDatabase, readConfig, type Config } from "./config.js";
import { DataDirInUseError, lockDataDir, type DataDirLock } from "@kontaktplan/db/data-lock";
import { formatDemoLogins, formatSeedSummary } from "./demo-logins.js";
import { createServer, describeFailure, keepRunningOnStrayErrors, smtpMail } from "@kontaktplan/http-server";
import { redactCpr } from "@kontaktplan/api";
import { copenhagenToday, parseDay } from "@kontaktplan/rules/dates";
import { demoLoginsPresent, seedDemoDataIfEmpty } from "@kontaktplan/demo";

/** `node apps/server/dist/main.js`: this file sits in `apps/server/dist/`. */
const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const WEB_ROOT = join(REPO_ROOT, "apps", "web", "dist");
/** Past this, a shutdown that hangs is cut short so the process never lingers. */
const SHUTDOWN_GRACE_MS = 10_000;

const print = (text: string) => process.stdout.write(text);

async function main(): Promise<void> {
  const config = readConfig(process.env, REPO_ROOT);
  const workers = readWorkers(process.env, config.database);
  if (workers === 1) return run(config, { prepare: true });
  await runCluster(workers, { prepare: () => prepare(config), serve: () => run(config, { prepare: false }), print });
}

/** Migrations and demo data, with their start-up lines: once, before any worker serves requests (PostgreSQL only). */
async function prepare(config: Config): Promise<void> {
  print(`Kontaktplan starter: ${describeDatabase(config.database)}\n`);
  const database = await openDatabase(databaseOptions(config, null));
  try {
    await prepareDatabase(config, database);
  } finally {
    await database.close();
  }
}

function databaseOptions({ database }: Config, lock: DataDirLock | null) {
  return database.kind === "pglite" ? { dataDir: lock?.dataDir ?? database.dataDir } : { url: database.url };
}

async function prepareDatabase(config: Config, database: Database): Promise<void> {
  await database.migrate();
  if (!config.demo) return;
  const seed = await seedDemoDataIfEmpty(database.db, parseDay(copenhagenToday(config.now())));
  // The demo password is printed only by the start that wrote it, never again.
  print(
    seed.seeded
      ? formatSeedSummary(seed.counts, seed.ms) + formatDemoLogins(await demoLoginsPresent(database.db))
      : "Databasen har allerede data; demodata indlæses ikke igen.\n",
  );
}

/** One serving process: the only one (`prepare`), or a cluster worker (the primary prepared and announces). */
async function run(config: Config, options: { prepare: boolean }): Promise<void> {
  if (options.prepare) print(`Kontaktplan starter: ${describeDatabase(config.database)}\n`);
  const lock = config.database.kind === "pglite" ? await lockDataDir(config.database.dataDir) : null;
  let database: Database | null = null;
  try {
    database = await openDatabase(databaseOptions(config, lock));
    if (options.prepare) await prepareDatabase(config, database);

    const webRoot = existsSync(join(WEB_ROOT, "index.html")) ? WEB_ROOT : null;
    const logError = (line: string) => process.stderr.write(`${redactCpr(line)}\n`);
    const mail = config.smtp ? smtpMail(config.smtp, logError) : null;
    const server = createServer({ database, webRoot, trustProxy: config.trustProxy, now: config.now, mail, logError });
    const port = await listen(server, config.port, config.host);
    if (options.prepare) {
      print(webRoot ? `Webportalen serveres fra ${webRoot}\n` : "Webportalen er ikke bygget endnu; API'et svarer på /trpc.\n");
      print(config.smtp ? `Notifikationer sendes også som e-mail fra ${config.smtp.from}\n` : "Notifikationer vises kun i Kontaktplan (ingen SMTP_URL).\n");
      print(`Kontaktplan kører på ${serverUrl(config.host, port)} (sundhedstjek: /healthz; stop med Ctrl+C)\n`);
    }
    stopOnSignals(server, database, lock, options.prepare);
  } catch (error) {
    await database?.close();
    await lock?.release();
    throw error;
  }
}

/** Loopback is shown as `localhost`, the address people type. */
function serverUrl(host: string, port: number): string {
  const name = host === DEFAULT_HOST || host === "::1" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

async function closeAll(server: Server, database: Database, lock: DataDirLock | null): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  try {
    await database.close();
  } finally {
    await lock?.release();
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new ConfigError(`Porten ${port} er optaget; vælg en anden med PORT=…`) : error),
    );
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/**
 * Ctrl+C or SIGTERM: stop taking requests, let running ones finish, then close the database
 * (PGlite keeps Node alive until closed) and release the data folder. A second signal ends at once.
 */
function stopOnSignals(server: Server, database: Database, lock: DataDirLock | null, announce: boolean): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal} igen: stopper med det samme.`);
      process.exit(1);
    }
    stopping = true;
    if (announce) print(`${signal} modtaget: lukker Kontaktplan …\n`);
    const force = setTimeout(() => {
      console.error(`Lukningen tog over ${SHUTDOWN_GRACE_MS / 1000} s; afbryder.`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    closeAll(server, database, lock).then(
      () => {
        clearTimeout(force);
        if (announce) print("Kontaktplan er lukket.\n");
        leaveCluster();
      },
      (error: unknown) => {
        console.error(`Fejl under lukning: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

keepRunningOnStrayErrors((line) => process.stderr.write(`${line}\n`));
main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DataDirInUseError;
  console.error(redactCpr(known ? (error as Error).message : `Kontaktplan kunne ikke starte: ${describeFailure(error)}`));
  process.exitCode = 1;
});
