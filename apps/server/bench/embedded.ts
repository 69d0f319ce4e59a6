/**
 * `pnpm bench:embedded`: the product as `scripts/start.sh` runs it by default — one server process
 * on embedded PGlite with the demo data — under 20 simulated users working through the day's mix
 * (bench/mix.ts). Each user sends a request, waits for the answer, then thinks BENCH_THINK_MS
 * (default 1,000 ms: a person reads before clicking again) and goes on for BENCH_SECONDS (60).
 * Prints p50/p99 per procedure; last line `BENCH embedded users=… rate=… p99Ms=… errors=…`
 * (targets: p99 < 500 ms, 0 errors).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { call, signIn } from "./http-client.js";
import { nthRequest, procedureLine, Tally, type World } from "./mix.js";
import { startServer, stop } from "./server-process.js";

const USERS = Number(process.env.BENCH_USERS ?? 20);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const DEMO_PASSWORD = "kontaktplan-demo";

const print = (line: string) => process.stdout.write(`${line}\n`);

type Data<T> = { result: { data: T } };
const data = <T>(body: string) => (JSON.parse(body) as Data<T>).result.data;

/** The demo's caseworkers and a-kasse staff, signed in, with the citizens and forløb they may touch. */
async function demoWorld(base: string, output: string): Promise<World> {
  const emails = [...new Set(output.match(/\b(?:sagsbehandler|medarbejder)\d+@[\w.-]+\.example\b/g) ?? [])];
  const world: World = { caseworkers: [], akasse: [] };
  for (const email of emails) {
    const cookie = await signIn(base, { email, password: DEMO_PASSWORD });
    if (email.startsWith("sagsbehandler")) {
      const page = data<{ rows: { citizenId: string }[] }>(
        (await call(base, cookie, "query", "caseload.list", { scope: "mine", sort: "name", page: 1, pageSize: 100 })).body,
      );
      const citizenIds = page.rows.map((r) => r.citizenId);
      const forloebIds: string[] = [];
      for (const citizenId of citizenIds.slice(0, 20)) {
        const citizen = data<{ forloeb: { id: string; end: string | null }[] }>((await call(base, cookie, "query", "citizen.get", { citizenId })).body);
        forloebIds.push(...citizen.forloeb.filter((f) => f.end === null).map((f) => f.id));
      }
      if (citizenIds.length > 0 && forloebIds.length > 0) world.caseworkers.push({ cookie, citizenIds, forloebIds });
    } else {
      const due = data<{ rows: { forloebId: string }[] }>((await call(base, cookie, "query", "joint.due", undefined)).body);
      if (due.rows.length > 0) world.akasse.push({ cookie, forloebIds: [...new Set(due.rows.map((r) => r.forloebId))] });
    }
  }
  if (world.caseworkers.length === 0 || world.akasse.length === 0) throw new Error("the demo data has no caseworker or a-kasse employee with work to do");
  return world;
}

/** One simulated person: ask, wait for the answer, think, again, until `until`. */
async function user(base: string, world: World, first: number, until: number, tally: Tally): Promise<void> {
  for (let n = first; performance.now() < until; n += USERS) {
    const started = performance.now();
    const request = nthRequest(base, world, n);
    tally.add(request, await request.answer, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, THINK_MS));
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "kontaktplan-embedded-"));
  const started: ChildProcess[] = [];
  try {
    const seeding = performance.now();
    const server = await startServer({ KONTAKTPLAN_DATA_DIR: dataDir, WORKERS: "1" }, started);
    print(`Server on embedded PGlite with the demo data, started and seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s.`);
    const world = await demoWorld(server.base, server.output());
    print(
      `${USERS} simulated users (${world.caseworkers.length} demo caseworkers and ${world.akasse.length} a-kasse staff share them), thinking ${THINK_MS} ms between requests, for ${SECONDS} s.`,
    );
    const tally = new Tally();
    const start = performance.now();
    const until = start + SECONDS * 1000;
    await Promise.all(Array.from({ length: USERS }, (_, i) => user(server.base, world, i, until, tally)));
    const figures = tally.figures();
    const rate = figures.answered / ((performance.now() - start) / 1000);
    print(`Answered ${figures.answered} requests (${rate.toFixed(1)}/s):`);
    for (const [name, f] of figures.byProcedure) print(procedureLine(name, f));
    const worstP99 = Math.max(...figures.byProcedure.map(([, f]) => f.p99));
    print(`BENCH embedded users=${USERS} rate=${rate.toFixed(1)} p99Ms=${worstP99} errors=${figures.errors}`);
  } finally {
    stop(started);
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.once("SIGINT", () => process.exit(130));
main().catch((error: unknown) => {
  console.error(`bench:embedded failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
