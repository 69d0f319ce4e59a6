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
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { call, median, percentile, signIn, type Answer } from "./http-client.js";
import { AKASSE_COUNT, benchAkasseStaff, benchCaseworker, CITIZENS, LARGE_KOMMUNE, loadBenchData } from "./load.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SERVER_MAIN = join(HERE, "..", "dist", "main.js");
const BARE = join(HERE, "bare.js");
const DATABASE = "kontaktplan_bench";
const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const THROUGHPUT_SECONDS = 10;
const ROUNDS = 25;
/** What the web portal's caseload page asks for first (apps/web/src/pages/CaseloadPage.tsx). */
const PORTAL_QUERY = { sort: "nextDeadline", scope: "mine", page: 1, pageSize: 25 } as const;

const print = (line: string) => process.stdout.write(`${line}\n`);
const fixed = (n: number, digits = 2) => Number(n.toFixed(digits));

interface World {
  caseworkers: { cookie: string; citizenIds: string[]; forloebIds: string[] }[];
  akasse: { cookie: string; forloebIds: string[] }[];
}

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
      print(`Loading ${CITIZENS.toLocaleString("en")} citizens with one forløb each (${LARGE_KOMMUNE.citizens.toLocaleString("en")} in kommune ${LARGE_KOMMUNE.kommunekode} on ${LARGE_KOMMUNE.caseworkers} caseworkers) …`);
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
    print(`Throughput, 50 connections, ${THROUGHPUT_SECONDS} s: cached caseload.list ${cached.rate.toFixed(0)}/s (p99 ${cached.p99} ms), bare node:http with the same bytes ${floor.rate.toFixed(0)}/s → overheadRatio ${fixed(overheadRatio)}`);

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
    await warmEveryWorker(two, world);
    const scaled = await throughput(`${two}/trpc/caseload.list?input=${encodeURIComponent(JSON.stringify(PORTAL_QUERY))}`, first!.cookie);
    const workersRatio = scaled.rate / cached.rate;
    print(`Throughput with 2 workers: ${scaled.rate.toFixed(0)}/s → workersRatio ${fixed(workersRatio)}`);
    stop(servers.splice(0));

    const base = await startServer(url, WORKERS, servers);
    await warmEveryWorker(base, world);
    const result = await openLoop(base, world);
    print(`Open loop: ${RATE} requests/s for ${SECONDS} s on ${WORKERS} worker(s): ${result.completed} answered (${result.rate.toFixed(0)}/s)`);
    for (const [name, s] of result.byProcedure) {
      print(`  ${name.padEnd(26)} n=${String(s.n).padStart(6)}  p50 ${String(s.p50).padStart(8)} ms  p99 ${String(s.p99).padStart(8)} ms  refused ${s.refused}  errors ${s.errors}`);
    }
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
 * Each worker evaluates the large kommune on its first request; the cluster hands connections to
 * workers in turn, so a burst on fresh connections reaches all of them before anything is measured.
 */
async function warmEveryWorker(base: string, world: World): Promise<void> {
  const burst = world.caseworkers.slice(0, 16).map((cw) => call(base, cw.cookie, "query", "caseload.list", PORTAL_QUERY));
  const answers = await Promise.all(burst);
  const failed = answers.find((a) => a.status !== 200);
  if (failed) throw new Error(`warming caseload.list answered ${failed.status}: ${failed.body.slice(0, 300)}`);
}

/** A meeting for one of the writer's citizens, on a weekday one to eight weeks ahead. */
function plan(base: string, writer: World["caseworkers"][number], n: number): Promise<Answer> {
  const forloebId = writer.forloebIds[n % writer.forloebIds.length]!;
  const day = new Date(Date.now() + (7 + (n % 50)) * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const time = `${String(8 + (n % 7)).padStart(2, "0")}:${n % 2 ? "30" : "00"}`;
  return call(base, writer.cookie, "mutation", "meeting.plan", { forloebId, date: day.toISOString().slice(0, 10), time, kind: "individuel" });
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
    for (let s = 0; s < 3; s++) akasse.push({ cookie: await signIn(base, benchAkasseStaff(a, s)), forloebIds: rows.map((r) => r.id) });
  }
  return { caseworkers, akasse };
}

type Step = (base: string, world: World, n: number) => { name: string; read: boolean; answer: Promise<Answer> };

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;
const planned: { cookie: string; meetingId: string }[] = [];

/** A working day's mix, as shares of 100. Search has no procedure of its own: the portal's search is the kommune list by name. */
const MIX: [number, Step][] = [
  [40, (b, w, n) => ({ name: "caseload.list (mine)", read: true, answer: call(b, pick(w.caseworkers, n).cookie, "query", "caseload.list", PORTAL_QUERY) })],
  [25, (b, w, n) => {
    const cw = pick(w.caseworkers, n);
    return { name: "citizen.get", read: true, answer: call(b, cw.cookie, "query", "citizen.get", { citizenId: pick(cw.citizenIds, n >> 7) }) };
  }],
  [15, (b, w, n) => {
    const cw = pick(w.caseworkers, n);
    const mine = planned.findIndex((p) => p.cookie === cw.cookie);
    if (n % 3 === 0 && mine >= 0) {
      const [target] = planned.splice(mine, 1);
      return { name: "meeting.cancel", read: false, answer: call(b, cw.cookie, "mutation", "meeting.cancel", { meetingId: target!.meetingId, reason: "Borgeren er syg" }) };
    }
    const answer = plan(b, cw, n >> 7).then((a) => {
      if (a.status === 200) planned.push({ cookie: cw.cookie, meetingId: (JSON.parse(a.body) as { result: { data: { id: string } } }).result.data.id });
      return a;
    });
    return { name: "meeting.plan", read: false, answer };
  }],
  [5, (b, w, n) => ({ name: "joint.due", read: true, answer: call(b, pick(w.akasse, n).cookie, "query", "joint.due", undefined) })],
  [5, (b, w, n) => {
    const staff = pick(w.akasse, n);
    return { name: "joint.member", read: true, answer: call(b, staff.cookie, "query", "joint.member", { forloebId: pick(staff.forloebIds, n >> 3) }) };
  }],
  [5, (b, w, n) => ({ name: "caseload.list (kommune)", read: true, answer: call(b, pick(w.caseworkers, n).cookie, "query", "caseload.list", { ...PORTAL_QUERY, scope: "kommune" }) })],
  [3, (b, w, n) => ({ name: "compliance.summary", read: true, answer: call(b, pick(w.caseworkers, n).cookie, "query", "compliance.summary", {}) })],
  [2, (b, w, n) => ({ name: "search (kommune by name)", read: true, answer: call(b, pick(w.caseworkers, n).cookie, "query", "caseload.list", { scope: "kommune", sort: "name", page: 1 + (n % 40), pageSize: 25 }) })],
];

async function openLoop(base: string, world: World) {
  const samples = new Map<string, { ms: number[]; refused: number; errors: number; read: boolean }>();
  const pending: Promise<void>[] = [];
  const total = RATE * SECONDS;
  const start = performance.now();
  for (let n = 0; n < total; n++) {
    const at = start + (n * 1000) / RATE;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    let share = (n * 37) % 100; // spreads the mix evenly over time
    const step = MIX.find(([weight]) => (share -= weight) < 0)![1];
    const { name, read, answer } = step(base, world, n);
    pending.push(
      answer.then((a) => {
        let s = samples.get(name);
        if (!s) samples.set(name, (s = { ms: [], refused: 0, errors: 0, read }));
        // Measured from the scheduled time: waiting to be sent counts.
        s.ms.push(performance.now() - at);
        if (a.status === 0 || a.status >= 500) s.errors++;
        else if (a.status >= 400) s.refused++;
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const byProcedure = [...samples].map(([name, s]) => {
    const sorted = s.ms.sort((x, y) => x - y);
    return [name, { n: sorted.length, p50: fixed(percentile(sorted, 0.5)), p99: fixed(percentile(sorted, 0.99)), refused: s.refused, errors: s.errors, read: s.read }] as const;
  });
  const errors = byProcedure.reduce((sum, [, s]) => sum + s.errors, 0);
  const worstReadP99 = Math.max(...byProcedure.filter(([, s]) => s.read).map(([, s]) => s.p99));
  return { completed: total, rate: total / elapsed, byProcedure, errors, worstReadP99 };
}

/** Closed-loop throughput of 2xx answers; anything else is printed, not hidden. */
async function throughput(url: string, cookie: string): Promise<{ rate: number; p99: number }> {
  const result = await autocannon({ url, headers: cookie ? { cookie } : {}, connections: 50, duration: THROUGHPUT_SECONDS });
  if (result.non2xx + result.errors > 0) print(`  (${new URL(url).pathname}: ${result.non2xx} non-2xx answers, ${result.errors} socket errors, ${result.timeouts} timeouts)`);
  return { rate: (result.requests.total - result.non2xx) / THROUGHPUT_SECONDS, p99: result.latency.p99 };
}

/**
 * The server in its own process. Its stdout (a line per request) goes to a file: a pipe to this
 * busy process would block the server's writes (pipes are synchronous on Linux) and measure us.
 */
async function startServer(url: string, workers: number, started: ChildProcess[]): Promise<string> {
  const logFile = join(mkdtempSync(join(tmpdir(), "kontaktplan-bench-")), "server.log");
  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, [SERVER_MAIN], { env: { ...process.env, DATABASE_URL: url, WORKERS: String(workers), PORT: "0", NODE_ENV: "production" }, stdio: ["ignore", out, "inherit"] });
  closeSync(out);
  started.push(child);
  for (let waited = 0; waited < 120_000; waited += 100) {
    const match = /Kontaktplan kører på http:\/\/localhost:(\d+)/.exec(readFileSync(logFile, "utf8"));
    if (match) return `http://127.0.0.1:${match[1]}`;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start (its output: ${logFile})`);
}

function startBare(sample: Answer, started: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [BARE], { stdio: ["pipe", "pipe", "inherit"] });
  started.push(child);
  const { "content-type": contentType = "application/json" } = sample.headers;
  child.stdin!.end(JSON.stringify({ headers: { "content-type": contentType, "cache-control": "no-store" }, body: sample.body }));
  return new Promise((resolve) => child.stdout!.once("data", (chunk: Buffer) => resolve(`http://127.0.0.1:${chunk.toString().trim()}`)));
}

function stop(children: ChildProcess[]): void {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
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
