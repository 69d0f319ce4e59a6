/**
 * `pnpm bench:api`: the caseload procedure under load against a million forløb in PostgreSQL.
 *
 * 1. a private PostgreSQL cluster (as the tests start one) with a fresh migrated database;
 * 2. bulk data (load.ts), then VACUUM ANALYZE;
 * 3. the real HTTP server in this process, and a caseworker's session cookie from logging in;
 * 4. autocannon (on a worker thread, so generating load does not queue behind the server's own
 *    event loop) at CONNECTIONS connections on `caseload.list` exactly as the web portal asks;
 * 5. the SQL that computes the caseload (what the procedure runs when its kommune has changed),
 *    straight through node-postgres at the same concurrency.
 * The last line is `BENCH api p99Ms=… rawSqlP99Ms=… ratio=… errors=…`.
 * `--reuse` skips steps 1–2 when KONTAKTPLAN_TEST_PG_URL points at a server that already holds
 * the loaded database (for iterating on the server; a plain run always loads afresh).
 */
import type { AppRouter } from "@kontaktplan/api";
import { hashPassword } from "@kontaktplan/api";
import { openDatabase, tables, type Database } from "@kontaktplan/db";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { postgresUrl } from "@kontaktplan/testing";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import autocannon from "autocannon";
import { and, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import pg from "pg";
import { createServer } from "../dist/http.js";
import { benchCaseworker, CASEWORKERS, CITIZENS, loadBenchData } from "./load.js";

const CONNECTIONS = 100;
const WARMUP_SECONDS = 3;
const DURATION_SECONDS = 20;
const DATABASE = "kontaktplan_bench";
/** What the web portal's caseload page asks for first (apps/web/src/pages/CaseloadPage.tsx). */
const PORTAL_QUERY = { sort: "nextDeadline", scope: "mine", page: 1, pageSize: 25 } as const;

const print = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => Number(value.toFixed(2));

async function main(): Promise<void> {
  print(`Machine: ${availableParallelism()} cores, shared by the load generator, the server and PostgreSQL.`);
  const server = await postgresUrl();
  const reuse = process.argv.includes("--reuse") && (await benchDatabaseExists(server));
  const url = reuse ? databaseUrl(server) : await createEmptyDatabase(server);
  const database = await openDatabase({ url });
  const sqlPool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  let http: Server | null = null;
  try {
    await database.migrate();
    if (reuse) {
      print(`Reusing the loaded database ${DATABASE} (--reuse).`);
    } else {
      print(`Loading ${CITIZENS.toLocaleString("en")} citizens with one forløb each, 4–6 meetings per forløb, ${CASEWORKERS.toLocaleString("en")} caseworkers …`);
      const load = await loadBenchData(sqlPool, await hashPassword(benchCaseworker.password));
      print(`Loaded in ${load.seconds.toFixed(1)} s (then VACUUM ANALYZE ${load.vacuumSeconds.toFixed(1)} s): ${describe(load.counts)}`);
    }

    http = createServer({ database, log: () => {} });
    const baseUrl = await listen(http);
    const caseload = await portalRequest(baseUrl);
    print(`Caseload of ${benchCaseworker.email}: ${caseload.total} citizens; request: GET ${caseload.path}`);

    await runAutocannon(baseUrl, caseload, WARMUP_SECONDS);
    const api = await runAutocannon(baseUrl, caseload, DURATION_SECONDS);
    const apiErrors = api.non2xx + api.errors;
    print(
      `API   caseload.list: ${CONNECTIONS} connections, ${DURATION_SECONDS} s: ${api.requests.total} requests (${api.requests.average}/s), ` +
        `latency p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, max ${api.latency.max} ms; non-2xx ${api.non2xx}, socket errors ${api.errors} (timeouts ${api.timeouts})`,
    );

    const queries = caseloadQueries(database, caseload.userId, caseload.kommunekode);
    await runRawSql(sqlPool, queries, WARMUP_SECONDS);
    const raw = await runRawSql(sqlPool, queries, DURATION_SECONDS);
    print(
      `SQL   the reads that compute the caseload, via node-postgres: ${CONNECTIONS} in parallel (pool of ${CONNECTIONS}), ${DURATION_SECONDS} s: ${raw.count} runs (${Math.round(raw.count / DURATION_SECONDS)}/s), ` +
        `latency p50 ${raw.p50} ms, p99 ${raw.p99} ms, max ${raw.max} ms`,
    );
    print(`BENCH api p99Ms=${api.latency.p99} rawSqlP99Ms=${raw.p99} ratio=${(api.latency.p99 / raw.p99).toFixed(2)} errors=${apiErrors}`);
  } finally {
    if (http) await new Promise<void>((resolve) => http!.close(() => resolve()));
    await sqlPool.end();
    await database.close();
    // The private cluster stops when this process exits (@kontaktplan/testing registers that).
  }
}

async function asAdmin<T>(server: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function createEmptyDatabase(server: string): Promise<string> {
  await asAdmin(server, async (admin) => {
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
  });
  return databaseUrl(server);
}

/** A loaded database survives only on a server started outside this process (KONTAKTPLAN_TEST_PG_URL). */
function benchDatabaseExists(server: string): Promise<boolean> {
  return asAdmin(server, async (admin) => (await admin.query("select 1 from pg_database where datname = $1", [DATABASE])).rowCount === 1);
}

function databaseUrl(server: string): string {
  const url = new URL(server);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${n.toLocaleString("en")} ${table}`)
    .join(", ");
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

interface CaseloadRequest {
  /** Path and query string exactly as `@trpc/client`'s batch link sent them. */
  path: string;
  cookie: string;
  total: number;
  userId: string;
  kommunekode: string;
}

/**
 * Logs in and lists the caseload once through `@trpc/client` with the portal's link, recording
 * the wire request, so the load replays what the browser sends rather than a hand-built URL.
 */
async function portalRequest(baseUrl: string): Promise<CaseloadRequest> {
  let cookie = "";
  let lastUrl = "";
  const trpc = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/trpc`,
        headers: { [API_CLIENT_HEADER]: "bench" },
        fetch: async (input, init) => {
          lastUrl = String(input);
          const response = await fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } });
          const session = response.headers.getSetCookie()[0];
          if (session) cookie = session.split(";")[0]!;
          return response;
        },
      }),
    ],
  });
  const me = await trpc.auth.login.mutate(benchCaseworker);
  const page = await trpc.caseload.list.query(PORTAL_QUERY);
  if (!cookie || !me.organisation?.kommunekode) throw new Error("Login did not give a session in a jobcentre");
  const { pathname, search } = new URL(lastUrl);
  return { path: pathname + search, cookie, total: page.total, userId: me.id, kommunekode: me.organisation.kommunekode };
}

function runAutocannon(baseUrl: string, request: CaseloadRequest, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl + request.path,
    headers: { cookie: request.cookie },
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
  });
}

interface Query {
  text: string;
  values: unknown[];
}

/**
 * The reads `caseload.list` makes when it computes a caseload (routers/caseload.ts,
 * domain/kommune-state.ts, domain/case-data.ts), built with the same Drizzle expressions so the SQL
 * text is the same: the kommune's data version and rule set, then the citizens beside the forløb,
 * and the pauses, meetings and requests of those forløb by id. The API serves repeated reads of an
 * unchanged kommune from memory; this is what every read would cost without that.
 */
function caseloadQueries(database: Database, userId: string, kommunekode: string) {
  const { citizens, forloeb, kommuneVersions, meetings, pauses, requests, settings } = tables;
  const db = database.db;
  const where = and(eq(citizens.kommunekode, kommunekode), eq(citizens.caseworkerId, userId));
  const query = (q: { toSQL(): { sql: string; params: unknown[] } }): Query => {
    const { sql: text, params } = q.toSQL();
    return { text, values: params };
  };
  const byForloeb = (ids: string) => ({
    pauses: query(db.select().from(pauses).where(sql`${pauses.forloebId} = any(${ids}::uuid[])`)),
    meetings: query(db.select().from(meetings).where(sql`${meetings.forloebId} = any(${ids}::uuid[])`)),
    requests: query(db.select().from(requests).where(sql`${requests.forloebId} = any(${ids}::uuid[])`)),
  });
  return {
    state: [
      query(db.select().from(kommuneVersions).where(inArray(kommuneVersions.kommunekode, [kommunekode]))),
      query(db.select().from(settings).where(or(eq(settings.key, "ruleSet"), like(settings.key, "ruleSet:%")))),
    ],
    citizens: query(db.select().from(citizens).where(where)),
    forloeb: query(db.select({ row: forloeb }).from(forloeb).innerJoin(citizens, eq(citizens.id, forloeb.citizenId)).where(where)),
    /** The three lookups by forløb id, for the ids the forløb query returned (its first column). */
    byForloeb: (ids: readonly string[]) => Object.values(byForloeb(`{${ids.join(",")}}`)),
  };
}

/** CONNECTIONS loops, each running the caseload's queries back to back for `seconds`; latency per run. */
async function runRawSql(pool: pg.Pool, queries: ReturnType<typeof caseloadQueries>, seconds: number) {
  // Drizzle asks node-postgres for rows as arrays; do the same so the driver does the same work.
  const run = (q: Query) => pool.query({ ...q, rowMode: "array" });
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await Promise.all(queries.state.map(run));
      await Promise.all([
        run(queries.citizens),
        (async () => {
          const { rows } = await run(queries.forloeb);
          for (const q of queries.byForloeb(rows.map((r: unknown[]) => String(r[0])))) await run(q);
        })(),
      ]);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  latencies.sort((a, b) => a - b);
  const at = (p: number) => ms(latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!);
  return { count: latencies.length, p50: at(0.5), p99: at(0.99), max: ms(latencies.at(-1)!) };
}

process.once("SIGINT", () => process.exit(130));
main().catch((error: unknown) => {
  console.error(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
