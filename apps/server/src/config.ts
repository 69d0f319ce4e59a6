import { isAbsolute, join, resolve } from "node:path";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export interface Config {
  port: number;
  database: DatabaseConfig;
}

export const DEFAULT_PORT = 3000;

/** A refused setting, with a message for the person starting the server. */
export class ConfigError extends Error {}

/**
 * The server's settings from the environment: `PORT` (default 3000), `DATABASE_URL` for PostgreSQL,
 * otherwise embedded PGlite in `KONTAKTPLAN_DATA_DIR` (default `<repo>/data/pglite`).
 */
export function readConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  return { port: readPort(env.PORT), database: readDatabase(env, repoRoot) };
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
