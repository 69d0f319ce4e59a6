import type { SmtpConfig } from "@kontaktplan/http-server";
import { isAbsolute, join, resolve } from "node:path";

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export interface Config {
  port: number;
  /** The interface to listen on: loopback unless `HOST` opens it (e.g. `0.0.0.0` behind a proxy). */
  host: string;
  database: DatabaseConfig;
  /** Seed the fictitious demo data into an empty database (see `readDemo`). */
  demo: boolean;
  /** A reverse proxy in front sets `X-Forwarded-Proto`/`-For` (`TRUST_PROXY=1`); never believed otherwise. */
  trustProxy: boolean;
  /** The clock procedures and the demo seed see: the real one, except in tests (`KONTAKTPLAN_TEST_NOW`). */
  now: () => Date;
  /** Notifications also go out as e-mail through this SMTP server (`SMTP_URL`, `SMTP_FROM`); null: in-app only. */
  smtp: SmtpConfig | null;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = "127.0.0.1";

/** A refused setting, with a message for the person starting the server. */
export class ConfigError extends Error {}

/**
 * The server's settings from the environment: `PORT` (default 3000), `HOST` (default 127.0.0.1),
 * `DATABASE_URL` for PostgreSQL, otherwise embedded PGlite in `KONTAKTPLAN_DATA_DIR` (default
 * `<repo>/data/pglite`), `KONTAKTPLAN_DEMO`, `TRUST_PROXY`, and `SMTP_URL` with `SMTP_FROM` for e-mail.
 */
export function readConfig(env: NodeJS.ProcessEnv, repoRoot: string, realNow: () => number = Date.now): Config {
  const database = readDatabase(env, repoRoot);
  return {
    port: readPort(env.PORT),
    host: env.HOST || DEFAULT_HOST,
    database,
    demo: readDemo(env.KONTAKTPLAN_DEMO, database),
    trustProxy: readSwitch("TRUST_PROXY", env.TRUST_PROXY) ?? false,
    now: readClock(env, realNow),
    smtp: readSmtp(env),
  };
}

/** E-mail is optional: both settings, or neither. */
function readSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const url = env.SMTP_URL;
  const from = env.SMTP_FROM;
  if (!url) {
    if (from) throw new ConfigError("SMTP_FROM er sat, men SMTP_URL mangler: angiv SMTP-serveren som smtp://vært:port eller smtps://vært:port");
    return null;
  }
  // The URL may hold a password, so it is never echoed back.
  if (!/^smtps?:\/\/[^/]/.test(url)) throw new ConfigError("SMTP_URL skal være en SMTP-adresse: smtp://bruger:adgangskode@vært:port eller smtps://…");
  if (!from || !/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from.trim())) {
    throw new ConfigError("SMTP_FROM skal være afsenderens e-mailadresse, fx Kontaktplan <kontaktplan@kommune.dk>");
  }
  return { url, from: from.trim() };
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

/**
 * End-to-end tests start the built server at a fixed instant (`KONTAKTPLAN_TEST_NOW`, ISO 8601 with
 * a zone), so the demo data and every deadline are the same on whatever day the suite runs. The
 * clock then ticks on from there, so timestamps still order. A production server must never run on
 * a made-up date, so the variable is refused unless `NODE_ENV=test`.
 */
function readClock(env: NodeJS.ProcessEnv, realNow: () => number): () => Date {
  const fixed = env.KONTAKTPLAN_TEST_NOW;
  if (fixed === undefined || fixed === "") return () => new Date(realNow());
  if (env.NODE_ENV !== "test") throw new ConfigError("KONTAKTPLAN_TEST_NOW er kun til test og bruges kun sammen med NODE_ENV=test");
  const start = isInstant(fixed) ? Date.parse(fixed) : NaN;
  if (Number.isNaN(start)) throw new ConfigError(`KONTAKTPLAN_TEST_NOW skal være et tidspunkt som 2026-03-11T09:00:00+01:00 (fik "${fixed}")`);
  const startedAt = realNow();
  return () => new Date(start + (realNow() - startedAt));
}

/** An ISO 8601 instant with an explicit zone and a calendar day that exists (Date.parse rolls 30 February over). */
function isInstant(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
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
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new ConfigError("DATABASE_URL skal være en PostgreSQL-adresse: postgres://bruger:adgangskode@vært:port/database");
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
