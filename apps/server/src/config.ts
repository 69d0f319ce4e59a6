import { isAbsolute, join, resolve } from "node:path";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export interface Config {
  port: number;
  /** The interface to listen on: loopback unless `HOST` opens it (e.g. `0.0.0.0` behind a proxy). */
  host: string;
  database: DatabaseConfig;
  /** Seed the fictitious demo data into an empty database (see `readDemo`). */
  demo: boolean;
  /** A reverse proxy in front sets `X-Forwarded-Proto`/`-For` (`TRUST_PROXY=1`); never believed otherwise. */
  trustProxy: boolean;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = "127.0.0.1";

/** A refused setting, with a message for the person starting the server. */
export class ConfigError extends Error {}

/**
 * The server's settings from the environment: `PORT` (default 3000), `HOST` (default 127.0.0.1),
 * `DATABASE_URL` for PostgreSQL, otherwise embedded PGlite in `KONTAKTPLAN_DATA_DIR` (default
 * `<repo>/data/pglite`), `KONTAKTPLAN_DEMO` and `TRUST_PROXY`.
 */
export function readConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  const database = readDatabase(env, repoRoot);
  return {
    port: readPort(env.PORT),
    host: env.HOST || DEFAULT_HOST,
    database,
    demo: readDemo(env.KONTAKTPLAN_DEMO, database),
    trustProxy: readSwitch("TRUST_PROXY", env.TRUST_PROXY) ?? false,
  };
}

/**
 * Demo data (with its published password) belongs to the embedded database a developer starts
 * with; a PostgreSQL database is a real deployment and gets it only when asked (`KONTAKTPLAN_DEMO=1`).
 * `KONTAKTPLAN_DEMO=0` leaves an embedded database empty too.
 */
function readDemo(value: string | undefined, database: DatabaseConfig): boolean {
  return readSwitch("KONTAKTPLAN_DEMO", value) ?? database.kind === "pglite";
}

function readSwitch(name: string, value: string | undefined): boolean | null {
  if (value === undefined || value === "") return null;
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  throw new ConfigError(`${name} skal være 1 eller 0 (fik "${value}")`);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new ConfigError(`PORT skal være et helt tal fra 0 til 65535 (fik "${value}")`);
  return port;
}

function readDatabase(env: NodeJS.ProcessEnv, repoRoot: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    // The URL holds a password, so it is never echoed back.
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError("DATABASE_URL skal være en PostgreSQL-adresse: postgres://bruger:adgangskode@vært:port/database");
    return { kind: "postgres", url };
  }
  const dir = env.KONTAKTPLAN_DATA_DIR;
  if (!dir) return { kind: "pglite", dataDir: join(repoRoot, "data", "pglite") };
  return { kind: "pglite", dataDir: isAbsolute(dir) ? dir : resolve(dir) };
}

/** Where the data lives, for the start-up line; a PostgreSQL URL is shown without user and password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite i ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL på ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}
