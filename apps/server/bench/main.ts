/**
 * `pnpm bench:api`: the server under a working day's load against a country of forløb in PostgreSQL.
 *
 * 1. a private PostgreSQL cluster (as the tests start one) with a fresh migrated database, and
 *    bulk data (load.ts: BENCH_FORLOEB forløb, default 1,000,000; one kommune of 10,000 citizens
 *    and 100 caseworkers; ten staff per a-kasse), then VACUUM ANALYZE;
 * 2. the real server (`node dist/main.js`) in its own process(es); this process only generates load;
 * 3. side by side on one worker, the ratios: cached caseload.list against a bare `node:http`
 *    server answering the same bytes (overheadRatio), the first list after a write against a
 *    cached one (afterWriteRatio), compliance.summary for the large kommune against a cached list
 *    (complianceRatio); then the cached list's throughput with two workers (workersRatio);
 * 4. an open-loop load at BENCH_RATE requests/s (default 300) for BENCH_SECONDS (default 60) on
 *    BENCH_WORKERS workers (default 2) with the mix below, latency measured from each request's
 *    scheduled time (so a slow server cannot slow the arrivals down and hide its queue).
 * Last line: `BENCH api rate=… p99Ms=… errors=… overheadRatio=… afterWriteRatio=… complianceRatio=… workersRatio=…`.
 * `--reuse` skips step 1 when KONTAKTPLAN_TEST_PG_URL points at a server that already holds the
 * loaded database.
 */
import { openDatabase } from "@kontaktplan/db";
import { hashPassword } from "@kontaktplan/api";
import { postgresUrl } from "@kontaktplan/testing";
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { call, median, signIn, type Answer } from "./http-client.js";
import { nthRequest, plan, PORTAL_JOINT_DUE, PORTAL_QUERY, procedureLine, Tally, type World } from "./mix.js";
import { startServer as startProcess, stop } from "./server-process.js";
import { AKASSE_COUNT, benchAkasseStaff, benchCaseworker, CITIZENS, LARGE_KOMMUNE, loadBenchData } from "./load.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const BARE = join(HERE, "bare.js");
const DATABASE = "kontaktplan_bench";
const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const THROUGHPUT_SECONDS = 10;
const ROUNDS = 25;
/** A-kasse staff signed in per a-kasse (their own sessions, as at three desks). */
const STAFF_PER_AKASSE = 3;

const print = (line: string) => process.stdout.write(`${line}\n`);
const fixed = (n: number, digits = 2) => Number(n.toFixed(digits));

async function main(): Promise<void> {
  print(`Machine: ${availableParallelism()} cores, shared by the load generator, the server and PostgreSQL.`);
  const server = await postgresUrl();
  const reuse = process.argv.includes("--reuse") && (await benchDatabaseExists(server));
  const url = reuse ? databaseUrl(server) : await createEmptyDatabase(server);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const servers: ChildProcess[] = [];
  try {
    const database = await openDatabase({ url, maxConnections: 1 });
    await database.migrate();
    await database.close();
    if (reuse) print(`Reusing the loaded database ${DATABASE} (--reuse).`);
    else {
      print(
        `Loading ${CITIZENS.toLocaleString("en")} citizens with one forløb each (${LARGE_KOMMUNE.citizens.toLocaleString("en")} in kommune ${LARGE_KOMMUNE.kommunekode} on ${LARGE_KOMMUNE.caseworkers} caseworkers) …`,
      );
      const load = await loadBenchData(pool, await hashPassword(benchCaseworker(0).password));
      print(`Loaded in ${load.seconds.toFixed(1)} s (then VACUUM ANALYZE ${load.vacuumSeconds.toFixed(1)} s): ${describe(load.counts)}`);
    }

    const one = await startServer(url, 1, servers);
    const world = await signInEveryone(one, pool);
    print(`Signed in ${world.caseworkers.length} caseworkers of kommune ${LARGE_KOMMUNE.kommunekode} and ${world.akasse.length} a-kasse staff.`);
    const [first] = world.caseworkers;
    const list = () => call(one, first!.cookie, "query", "caseload.list", PORTAL_QUERY);
    const warm = await list();
    if (warm.status !== 200) throw new Error(`caseload.list answered ${warm.status}: ${warm.body.slice(0, 300)}`);

    // overheadRatio: the same bytes from a bare node:http server, measured the same way right after.
    const cached = await throughput(`${one}/trpc/caseload.list?input=${encodeURIComponent(JSON.stringify(PORTAL_QUERY))}`, first!.cookie);
    const bare = await startBare(warm, servers);
    const floor = await throughput(bare, "");
    const overheadRatio = cached.rate / floor.rate;
    print(
      `Throughput, 50 connections, ${THROUGHPUT_SECONDS} s: cached caseload.list ${cached.rate.toFixed(0)}/s (p99 ${cached.p99} ms), bare node:http with the same bytes ${floor.rate.toFixed(0)}/s → overheadRatio ${fixed(overheadRatio)}`,
    );

    // afterWriteRatio and complianceRatio: one request at a time, medians over ROUNDS.
    const cachedMs: number[] = [];
    const afterWriteMs: number[] = [];
    const complianceMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await list();
      cachedMs.push((await list()).ms);
      // A colleague's write in the same kommune.
      const writer = world.caseworkers[1 + (round % (world.caseworkers.length - 1))]!;
      const planned = await plan(one, writer, round);
      if (planned.status !== 200) throw new Error(`meeting.plan answered ${planned.status}: ${planned.body.slice(0, 300)}`);
      afterWriteMs.push((await list()).ms);
      complianceMs.push((await call(one, first!.cookie, "query", "compliance.summary", {})).ms);
    }
    const afterWriteRatio = median(afterWriteMs) / median(cachedMs);
    const complianceRatio = median(complianceMs) / median(cachedMs);
    print(
      `One at a time, median of ${ROUNDS}: cached caseload.list ${fixed(median(cachedMs))} ms, first after a write in the kommune ${fixed(median(afterWriteMs))} ms ` +
        `(afterWriteRatio ${fixed(afterWriteRatio)}), compliance.summary of the kommune's ${LARGE_KOMMUNE.citizens.toLocaleString("en")} citizens ${fixed(median(complianceMs))} ms (complianceRatio ${fixed(complianceRatio)})`,
    );
    stop(servers.splice(0));

    const two = await startServer(url, 2, servers);
    await warmEveryWorker(two, world, false);
    const scaled = await throughput(`${two}/trpc/caseload.list?input=${encodeURIComponent(JSON.stringify(PORTAL_QUERY))}`, first!.cookie);
    const workersRatio = scaled.rate / cached.rate;
    print(`Throughput with 2 workers: ${scaled.rate.toFixed(0)}/s → workersRatio ${fixed(workersRatio)}`);
    stop(servers.splice(0));

    const base = await startServer(url, WORKERS, servers);
    await warmEveryWorker(base, world, true);
    print(`Resident memory after warming (primary, then each worker): ${serverMemory(servers.at(-1)!)}`);
    const result = await openLoop(base, world);
    print(`Open loop: ${RATE} requests/s for ${SECONDS} s on ${WORKERS} worker(s): ${result.completed} answered (${result.rate.toFixed(0)}/s)`);
    for (const [name, figures] of result.byProcedure) print(procedureLine(name, figures));
    print(
      `BENCH api rate=${result.rate.toFixed(0)} p99Ms=${result.worstReadP99} errors=${result.errors} overheadRatio=${fixed(overheadRatio)} ` +
        `afterWriteRatio=${fixed(afterWriteRatio)} complianceRatio=${fixed(complianceRatio)} workersRatio=${fixed(workersRatio)}`,
    );
  } finally {
    stop(servers);
    await pool.end();
    // The private cluster stops when this process exits (@kontaktplan/testing registers that).
  }
}

/**
 * Each worker evaluates the large kommune, and each a-kasse's members, on its first request for
 * them (a running server has them from the day's rollover, domain/new-day.ts); the cluster hands
 * connections to workers in turn, so a burst on fresh connections reaches all of them before
 * anything is measured.
 */
async function warmEveryWorker(base: string, world: World, akasser: boolean): Promise<void> {
  const burst = (calls: (() => Promise<Answer>)[]) => Promise.all(calls.map((c) => c()));
  const failed = (answers: Answer[]) => answers.find((a) => a.status !== 200);
  const lists = await burst(world.caseworkers.slice(0, 16).map((cw) => () => call(base, cw.cookie, "query", "caseload.list", PORTAL_QUERY, { fresh: true })));
  const refused = failed(lists);
  if (refused) throw new Error(`warming caseload.list answered ${refused.status}: ${refused.body.slice(0, 300)}`);
  if (!akasser) return;
  // One a-kasse at a time, on every worker at once: how long a cold worker takes for one a-kasse.
  for (let a = 0; a < AKASSE_COUNT; a++) {
    const started = performance.now();
    const staff = world.akasse.filter((_, i) => Math.floor(i / STAFF_PER_AKASSE) === a);
    const answers = await burst(
      [...staff, ...staff].map((s) => () => call(base, s.cookie, "query", "joint.due", PORTAL_JOINT_DUE, { timeoutMs: 600_000, fresh: true })),
    );
    const error = failed(answers);
    if (error) throw new Error(`warming joint.due answered ${error.status}: ${error.body.slice(0, 300)}`);
    print(`  (a-kasse ${a + 1}'s members evaluated by every worker, cold: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

/** Resident memory of the server's processes (the primary and its workers), from /proc. */
function serverMemory(server: ChildProcess): string {
  const pids = [server.pid!, ...readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)];
  return pids.map((pid) => `${(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024).toFixed(0)} MiB`).join(", ");
}

async function signInEveryone(base: string, pool: pg.Pool): Promise<World> {
  const caseworkers: World["caseworkers"] = [];
  for (let c = 0; c < LARGE_KOMMUNE.caseworkers; c++) {
    const { email } = benchCaseworker(c);
    const { rows } = await pool.query<{ citizen: string; forloeb: string }>(
      `select c.id as citizen, f.id as forloeb from citizens c join users u on u.id = c.caseworker_id join forloeb f on f.citizen_id = c.id where u.email = $1 limit 200`,
      [email],
    );
    caseworkers.push({ cookie: await signIn(base, benchCaseworker(c)), citizenIds: rows.map((r) => r.citizen), forloebIds: rows.map((r) => r.forloeb) });
  }
  const akasse: World["akasse"] = [];
  for (let a = 1; a <= AKASSE_COUNT; a++) {
    const { rows } = await pool.query<{ id: string }>(
      `select f.id from forloeb f join organisations o on o.id = f.akasse_id join users u on u.organisation_id = o.id where u.email = $1 and f.ydelse = 'dagpenge' limit 200`,
      [benchAkasseStaff(a, 0).email],
    );
    for (let s = 0; s < STAFF_PER_AKASSE; s++) akasse.push({ cookie: await signIn(base, benchAkasseStaff(a, s)), forloebIds: rows.map((r) => r.id) });
  }
  return { caseworkers, akasse };
}

async function openLoop(base: string, world: World) {
  const tally = new Tally();
  const pending: Promise<void>[] = [];
  const total = RATE * SECONDS;
  const start = performance.now();
  for (let n = 0; n < total; n++) {
    const at = start + (n * 1000) / RATE;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = nthRequest(base, world, n);
    // Measured from the scheduled time: waiting to be sent counts.
    pending.push(request.answer.then((answer) => tally.add(request, answer, performance.now() - at)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  return { completed: total, rate: total / elapsed, ...tally.figures() };
}

/** The server on the bench database with `workers` worker processes. */
async function startServer(url: string, workers: number, started: ChildProcess[]): Promise<string> {
  return (await startProcess({ DATABASE_URL: url, WORKERS: String(workers) }, started)).base;
}

/** Closed-loop throughput of 2xx answers; anything else is printed, not hidden. */
async function throughput(url: string, cookie: string): Promise<{ rate: number; p99: number }> {
  const result = await autocannon({ url, headers: cookie ? { cookie } : {}, connections: 50, duration: THROUGHPUT_SECONDS });
  if (result.non2xx + result.errors > 0)
    print(`  (${new URL(url).pathname}: ${result.non2xx} non-2xx answers, ${result.errors} socket errors, ${result.timeouts} timeouts)`);
  return { rate: (result.requests.total - result.non2xx) / THROUGHPUT_SECONDS, p99: result.latency.p99 };
}

function startBare(sample: Answer, started: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [BARE], { stdio: ["pipe", "pipe", "inherit"] });
  started.push(child);
  const { "content-type": contentType = "application/json" } = sample.headers;
  child.stdin!.end(JSON.stringify({ headers: { "content-type": contentType, "cache-control": "no-store" }, body: sample.body }));
  return new Promise((resolve) => child.stdout!.once("data", (chunk: Buffer) => resolve(`http://127.0.0.1:${chunk.toString().trim()}`)));
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

process.once("SIGINT", () => process.exit(130));
main().catch((error: unknown) => {
  console.error(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
