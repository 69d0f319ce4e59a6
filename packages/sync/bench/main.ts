/**
 * `pnpm bench:sync`: the desktop's two heavy moments against the real server on PostgreSQL, over
 * real HTTP. (1) The first download of a 5,000-citizen caseload into a fresh PGlite. (2) 10,000
 * changes made offline (5,000 meetings planned and 5,000 recorded, one of each per citizen),
 * pushed until every one is acknowledged. Prints figures; the last line is the BENCH line.
 */
import { performance } from "node:perf_hooks";
import { count } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import { freshDatabase } from "@kontaktplan/testing";
import { localApi, localDatabase } from "../test/support/desktop.js";
import { PASSWORD, seedKommune } from "../test/support/fixture.js";
import { signedInRemote } from "../test/support/remote.js";
import { startServer } from "../test/support/server.js";
import { createSyncEngine } from "../src/index.js";

const CITIZENS = 5_000;
const MEETINGS_PER_CITIZEN = 4;

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
    await api.meeting.plan({ forloebId: citizen.forloebId, date: "2030-06-03", time: "09:00", kind: "individuel" });
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

  engine.close();
  await local.close();
  await http.stop();
  await server.close();
  log(`BENCH sync pushTenThousandS=${seconds(pushMs)} firstSyncFiveThousandS=${seconds(downloadMs)}`);
}

await main();
