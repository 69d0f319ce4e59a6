/**
 * `pnpm bench:sync`: the desktop's heavy moments against the real server on PostgreSQL, over real
 * HTTP. (1) The first download of a 5,000-citizen caseload into a fresh PGlite. (2) 10,000 changes
 * made offline (5,000 meetings planned and 5,000 recorded, one of each per citizen), pushed until
 * every one is acknowledged, and side by side the same 10,000 changes (plan one meeting and record
 * another per citizen) made online through the API over HTTP: `pushRatio` is push ÷ online.
 * (3) Ten desktops of one kommune pushing 1,000 offline changes each at the same moment: every
 * change must be applied exactly once. Prints figures; the last line is the BENCH line.
 */
import { performance } from "node:perf_hooks";
import { count } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { freshDatabase } from "@kontaktplan/testing";
import { citizensFor, pushAtOnce } from "../test/support/concurrent.js";
import { localApi, localDatabase } from "../test/support/desktop.js";
import { dayFromToday, PASSWORD, seedKommune } from "../test/support/fixture.js";
import { signedInRemote } from "../test/support/remote.js";
import { startServer } from "../test/support/server.js";
import { changesPerEntity } from "../test/support/server-rows.js";
import { createSyncEngine } from "../src/index.js";

const CITIZENS = 5_000;
const MEETINGS_PER_CITIZEN = 4;
const DESKTOPS = 10;
const CHANGES_PER_DESKTOP = 1_000;

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const server = await freshDatabase("postgres");
  const kommune = await seedKommune(server.db, { citizens: CITIZENS, meetingsPerCitizen: MEETINGS_PER_CITIZEN });
  const http = await startServer(server);
  const caseworker = kommune.caseworkers[0]!;
  const remote = await signedInRemote(http.url, caseworker.email, PASSWORD);
  log(`server: PostgreSQL, ${CITIZENS} citizens, ${CITIZENS * MEETINGS_PER_CITIZEN} meetings, HTTP on ${http.url}`);

  const local = await localDatabase();
  const engine = createSyncEngine({ local, remote, scope: "kommune" });
  let pages = 0;
  const downloadStart = performance.now();
  await engine.firstSync(() => pages++);
  const downloadMs = performance.now() - downloadStart;
  const [stored] = await local.db.select({ n: count() }).from(tables.meetings);
  log(`first download: ${pages} pages, ${CITIZENS} citizens and ${stored?.n} meetings stored in ${seconds(downloadMs)} s`);

  const api = await localApi(local, caseworker.email);
  const writeStart = performance.now();
  for (const citizen of kommune.citizens) {
    await api.meeting.plan({ forloebId: citizen.forloebId, date: dayFromToday(30), time: "09:00", kind: "individuel" });
    await api.meeting.record({ meetingId: citizen.meetingIds[0]!, form: "telefon", participants: ["borger", "jobcenter"] });
  }
  const writeMs = performance.now() - writeStart;
  const pending = engine.status.pending;
  const [outbox] = await local.db.select({ n: count() }).from(tables.syncOutbox);
  log(`offline: ${outbox?.n} changes written locally (with their outbox rows) in ${seconds(writeMs)} s`);

  const pushStart = performance.now();
  const pushed = await engine.push();
  const pushMs = performance.now() - pushStart;
  log(`push: ${pushed.applied} applied, ${pushed.conflicts} conflicts, in ${seconds(pushMs)} s (${Math.round((pushed.applied * 1000) / pushMs)} changes/s)`);
  if (pushed.applied !== outbox?.n || pushed.conflicts !== 0) throw new Error(`push: expected ${outbox?.n} applied; status said ${pending} pending`);

  // The same changes made online: another meeting planned and another recorded per citizen.
  const onlineStart = performance.now();
  for (const citizen of kommune.citizens) {
    await remote.meeting.plan.mutate({ forloebId: citizen.forloebId, date: dayFromToday(31), time: "10:00", kind: "individuel" });
    await remote.meeting.record.mutate({ meetingId: citizen.meetingIds[1]!, form: "telefon", participants: ["borger", "jobcenter"] });
  }
  const onlineMs = performance.now() - onlineStart;
  log(`online: the same ${CITIZENS * 2} changes through the API over HTTP in ${seconds(onlineMs)} s (${Math.round((CITIZENS * 2000) / onlineMs)} changes/s)`);
  const pushRatio = pushMs / onlineMs;
  log(`pushRatio (push ÷ online, target ≤ 1.5): ${pushRatio.toFixed(2)}`);

  engine.close();
  await local.close();
  await http.stop();
  await server.close();

  const concurrent = await concurrentPushes();
  log(`BENCH sync pushRatio=${pushRatio.toFixed(2)} concurrentErrors=${concurrent} firstSyncFiveThousandS=${seconds(downloadMs)}`);
}

/** Ten desktops push 1,000 changes each at once; the errors: failed pushes, and changes not applied exactly once. */
async function concurrentPushes(): Promise<number> {
  const server = await freshDatabase("postgres");
  const kommune = await seedKommune(server.db, { citizens: citizensFor(DESKTOPS, CHANGES_PER_DESKTOP), caseworkers: DESKTOPS });
  const http = await startServer(server);
  const run = await pushAtOnce(http.url, kommune, { changesEach: CHANGES_PER_DESKTOP });
  let errors = 0;
  for (const push of run.pushes) {
    if ("failed" in push) errors += CHANGES_PER_DESKTOP;
    else errors += CHANGES_PER_DESKTOP - push.applied + push.duplicates;
  }
  const perEntity = await changesPerEntity(server, run.touched);
  const notOnce = Object.values(perEntity).filter((n) => n !== 1).length;
  log(
    `${DESKTOPS} desktops × ${CHANGES_PER_DESKTOP} changes pushed at once in ${run.pushSeconds.toFixed(2)} s: ` +
      `${errors} not applied, ${notOnce} written other than exactly once`,
  );
  for (const desktop of run.desktops) await desktop.close();
  await http.stop();
  await server.close();
  return errors + notOnce;
}

await main();
