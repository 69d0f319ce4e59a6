/**
 * Per-citizen results (domain/citizen-results.ts): a write re-evaluates only the citizens it
 * touched (counted through the store's evaluation listener, never timed), and after any sequence
 * of writes the lists served from the kept results equal the same lists computed from scratch.
 */
import { TRPCError } from "@trpc/server";
import type { Database } from "@kontaktplan/db";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { afterEach, describe, expect, it } from "vitest";
import { kommuneResults, onEvaluation, resultStats } from "../src/domain/citizen-results.js";
import { kommuneState } from "../src/domain/kommune-state.js";
import { callerAs, type Caller } from "./support/callers.js";
import { useWorld } from "./support/database.js";

const EXTRA_CITIZENS = 12;

/** More citizens on A's caseworker, so "only the one that changed" differs from "all of them". */
async function addCitizens(database: Database, kommunekode: string, caseworkerId: string): Promise<{ citizenId: string; forloebId: string }[]> {
  const added: { citizenId: string; forloebId: string }[] = [];
  for (let i = 0; i < EXTRA_CITIZENS; i++) {
    const [citizen] = await database.db
      .insert(tables.citizens)
      .values({ kommunekode, cpr: `05058${String(1000 + i).padStart(5, "0")}`, name: `Ekstra Borger ${i}`, caseworkerId })
      .returning();
    const [row] = await database.db
      .insert(tables.forloeb)
      .values({
        citizenId: citizen!.id,
        ydelse: "kontanthjaelp",
        visitation: i % 2 ? "jobparat" : "aktivitetsparat",
        start: `2025-0${1 + (i % 2)}-0${1 + (i % 9)}`,
      })
      .returning();
    added.push({ citizenId: citizen!.id, forloebId: row!.id });
  }
  return added;
}

/** The same database behind a handle the kept results have never seen: its store starts empty, so it computes from scratch. */
function scratch(database: Database): Database {
  return { ...database, db: new Proxy(database.db, {}) };
}

async function everything(api: Caller) {
  const [mine, kommune, byName, unassigned, compliance, dueSoon, compare] = await Promise.all([
    api.caseload.list({ scope: "mine", pageSize: 200 }),
    api.caseload.list({ scope: "kommune", pageSize: 200 }),
    api.caseload.list({ scope: "kommune", pageSize: 200, sort: "name", status: "open" }),
    api.caseload.list({ scope: "kommune", pageSize: 200, sort: "nextDeadline", direction: "desc", caseworker: "none" }),
    api.compliance.summary({}),
    api.compliance.summary({ dueFrom: "2025-03-01", dueTo: "2025-06-30" }),
    api.compare.caseload({ scope: "kommune" }),
  ]);
  return { mine, kommune, byName, unassigned, compliance, dueSoon, compare };
}

describe.each(DATABASE_KINDS)("per-citizen results on %s", (kind) => {
  const env = useWorld(kind);
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it("re-evaluates only the citizen a write touched, and serves every list from the same results", async () => {
    const { a, b } = env.world;
    await addCitizens(env.database, a.jobcentre.kommunekode, a.caseworker.id);
    const evaluated: number[] = [];
    stop = onEvaluation(env.database.db, (n) => evaluated.push(n));
    const api = await callerAs(env.database, a.caseworker.id);

    await everything(api);
    // The whole kommune once (A's two citizens and the extra ones), and nothing more for the other lists.
    expect(evaluated).toEqual([2 + EXTRA_CITIZENS]);
    expect(await resultStats(env.database.db)).toMatchObject({ kommuner: 1, citizens: 2 + EXTRA_CITIZENS });

    await api.request.register({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", by: "borger" });
    await everything(api);
    expect(evaluated).toEqual([2 + EXTRA_CITIZENS, 1]);

    // A write in another kommune costs this one nothing; a slot touches no citizen's results.
    await (await callerAs(env.database, b.caseworker.id)).request.register({ forloebId: b.kontanthjaelp.forloebId, date: "2025-03-03", by: "borger" });
    await (await callerAs(env.database, a.admin.id)).slots.publish({ date: "2025-03-28", time: "13:00", caseworkerId: a.caseworker.id });
    await everything(api);
    expect(evaluated).toEqual([2 + EXTRA_CITIZENS, 1]);

    // Two writes to two citizens before the next read: both evaluated, in one go.
    await api.meeting.plan({ forloebId: a.dagpenge.forloebId, date: "2025-03-12", time: "10:00", kind: "individuel" });
    await api.forloeb.addPause({ forloebId: a.kontanthjaelp.forloebId, from: "2025-04-01", to: "2025-04-30" });
    await everything(api);
    expect(evaluated).toEqual([2 + EXTRA_CITIZENS, 1, 2]);

    expect(await everything(api)).toEqual(await everything(await callerAs(scratch(env.database), a.caseworker.id)));
  });

  it("catches up once to the newest version asked for when requests at several versions wait together", async () => {
    const { a } = env.world;
    const kommunekode = a.jobcentre.kommunekode;
    const asOf = "2025-03-03";
    const api = await callerAs(env.database, a.caseworker.id);
    await kommuneResults(env.database.db, kommunekode, await kommuneState(env.database.db, kommunekode), asOf);
    const evaluated: number[] = [];
    stop = onEvaluation(env.database.db, (n) => evaluated.push(n));

    await api.request.register({ forloebId: a.dagpenge.forloebId, date: "2025-03-03", by: "borger" });
    const first = await kommuneState(env.database.db, kommunekode);
    await api.request.register({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", by: "borger" });
    const second = await kommuneState(env.database.db, kommunekode);
    expect(second.version).toBeGreaterThan(first.version);

    const [atFirst, atSecond] = await Promise.all([
      kommuneResults(env.database.db, kommunekode, first, asOf),
      kommuneResults(env.database.db, kommunekode, second, asOf),
    ]);
    // One catch-up of both citizens (to the second version), not one per version asked for.
    expect(evaluated).toEqual([2]);
    expect(atFirst.version).toBe(second.version);
    expect(atSecond).toBe(atFirst);
  });

  it("equals a computation from scratch after a random sequence of writes", async () => {
    const { a } = env.world;
    const extra = await addCitizens(env.database, a.jobcentre.kommunekode, a.caseworker.id);
    const cases = [a.dagpenge, a.kontanthjaelp, ...extra];
    const api = await callerAs(env.database, a.caseworker.id);
    const admin = await callerAs(env.database, a.admin.id);
    await everything(api);

    let seed = kind === "pglite" ? 7 : 11;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      // The high bits: the low bits of this generator repeat after a few steps.
      return Math.floor((seed / 2 ** 31) * n);
    };
    const day = (from: number, span: number) => new Date(Date.UTC(2025, 2, 3) + (from + random(span)) * 86_400_000).toISOString().slice(0, 10);
    const planned: string[] = [];
    const pauses: string[] = [];
    let applied = 0;
    for (let step = 0; step < 36; step++) {
      const { forloebId, citizenId } = cases[random(cases.length)]!;
      const write = [
        async () =>
          planned.push((await api.meeting.plan({ forloebId, date: day(1, 60), time: `${9 + random(6)}:00`.padStart(5, "0"), kind: "individuel" })).id),
        () => api.request.register({ forloebId, date: day(-40, 41), by: random(2) ? "borger" : "jobcenter" }),
        async () => pauses.push(...(await api.forloeb.addPause({ forloebId, from: day(-30, 60), to: day(31, 30) })).pauses!.map((p) => p.id)),
        () => api.meeting.cancel({ meetingId: planned[random(planned.length)] ?? a.dagpenge.plannedMeetingId, reason: "Borgeren er syg" }),
        () => api.forloeb.removePause({ pauseId: pauses[random(pauses.length)] ?? a.kontanthjaelp.pauseId }),
        // Moves the citizen between the caseworker's lists and the unassigned ones.
        () => admin.admin.assignment.assign({ citizenIds: [citizenId], caseworkerId: random(2) ? null : a.caseworker.id }),
      ][random(6)]!;
      // Refusals (an overlapping pause, a cancelled meeting cancelled again) are part of a real sequence.
      const ok = await write().then(
        () => true,
        (error: unknown) => {
          if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") throw error;
          return false;
        },
      );
      if (ok) applied++;
      // Reading only now and then lets several writes pile up between two catch-ups.
      if (step % 3 === 2) expect(await everything(api)).toEqual(await everything(await callerAs(scratch(env.database), a.caseworker.id)));
    }
    expect(applied).toBeGreaterThan(8);
  });
});
