/**
 * The a-kasse's kept worklist rows (domain/akasse-results.ts): a write re-evaluates only the
 * members it touched, in whichever kommune (counted through the store's listener, never timed),
 * and after any sequence of writes joint.due equals the same list computed from scratch.
 */
import { TRPCError } from "@trpc/server";
import type { Database } from "@kontaktplan/db";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { afterEach, describe, expect, it } from "vitest";
import { onMemberEvaluation } from "../src/domain/akasse-results.js";
import { memberDues, ongoingOn } from "../src/domain/joint-due.js";
import { callerAs } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import type { World } from "./support/world.js";

const EXTRA_PER_KOMMUNE = 6;

/** More members of a-kasse A, in kommune A and in kommune B, so "only the one that changed" differs from "all of them". */
async function addMembers(database: Database, world: World): Promise<{ a: string[]; b: string[] }> {
  const added = { a: [] as string[], b: [] as string[] };
  for (const side of ["a", "b"] as const) {
    const { jobcentre, caseworker } = world[side];
    for (let i = 0; i < EXTRA_PER_KOMMUNE; i++) {
      const [citizen] = await database.db
        .insert(tables.citizens)
        .values({
          kommunekode: jobcentre.kommunekode,
          cpr: `0606${side === "a" ? 8 : 9}${String(10_000 + i).slice(1)}${i % 10}`,
          name: `Medlem ${side.toUpperCase()} ${i}`,
          akasseId: world.a.akasse.id,
          caseworkerId: caseworker.id,
        })
        .returning();
      const [row] = await database.db
        .insert(tables.forloeb)
        .values({ citizenId: citizen!.id, ydelse: "dagpenge", start: `2024-1${i % 3}-0${1 + i}`, akasseId: world.a.akasse.id })
        .returning();
      added[side].push(row!.id);
    }
  }
  return added;
}

/** The same database behind a handle the kept rows have never seen: its store starts empty, so it computes from scratch. */
function scratch(database: Database): Database {
  return { ...database, db: new Proxy(database.db, {}) };
}

describe.each(DATABASE_KINDS)("the a-kasse's kept worklist on %s", (kind) => {
  const env = useWorld(kind);
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  const due = async (database: Database) => (await callerAs(database, env.world.a.akasseStaff.id)).joint.due();

  it("re-evaluates only the member a write touched, in any kommune, and equals a list from scratch", async () => {
    const { a, b } = env.world;
    const added = await addMembers(env.database, env.world);
    const evaluated: number[] = [];
    stop = onMemberEvaluation(env.database.db, (n) => evaluated.push(n));
    const members = 1 + 2 * EXTRA_PER_KOMMUNE;

    const first = await due(env.database);
    expect(new Set(first.rows.map((r) => r.citizenId)).size).toBe(members);
    await due(env.database);
    expect(evaluated).toEqual([members]);

    // A fællessamtale planned for a member in kommune A: that member only.
    const jobcentreA = await callerAs(env.database, a.caseworker.id);
    await jobcentreA.meeting.plan({ forloebId: added.a[0]!, date: "2025-03-12", time: "10:00", kind: "faelles" });
    expect((await due(env.database)).rows.filter((r) => r.forloebId === added.a[0]).some((r) => r.planned.length === 1)).toBe(true);
    expect(evaluated).toEqual([members, 1]);

    // Another kommune's jobcentre, and the a-kasse itself: one member each.
    await (await callerAs(env.database, b.caseworker.id)).meeting.plan({ forloebId: added.b[1]!, date: "2025-03-13", time: "10:00", kind: "faelles" });
    await (await callerAs(env.database, a.akasseStaff.id)).joint.setOptOut({ forloebId: added.b[2]!, optOut: true });
    await due(env.database);
    expect(evaluated).toEqual([members, 1, 2]);

    // A write to a citizen who is no member reaches no member; a slot touches no one.
    await jobcentreA.request.register({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", by: "borger" });
    await (await callerAs(env.database, a.admin.id)).slots.publish({ date: "2025-03-28", time: "13:00", caseworkerId: a.caseworker.id });
    await due(env.database);
    expect(evaluated).toEqual([members, 1, 2, 0]);

    // A forløb that ended yesterday leaves the list.
    const ended = await jobcentreA.forloeb.update({ forloebId: added.a[3]!, version: 1, end: "2025-03-02" });
    expect(ended.end).toBe("2025-03-02");
    expect((await due(env.database)).rows.some((r) => r.forloebId === added.a[3])).toBe(false);

    // Kommune B's own rule set: its members, all of them, and no one else.
    await (await callerAs(env.database, b.admin.id)).settings.setRuleSet({ ruleSet: "lab" });
    await due(env.database);
    expect(evaluated.at(-1)).toBe(EXTRA_PER_KOMMUNE);

    // The national rule set: every kommune's log says so (each citizen's kommune has its jobcentre).
    await (await callerAs(env.database, env.world.systemAdmin.id)).settings.setRuleSet({ ruleSet: "lab2024" });
    await due(env.database);
    expect(evaluated.at(-1)).toBe(members - 1);
    expect(await due(env.database)).toEqual(await due(scratch(env.database)));
  });

  it("evaluates a few members at a time to the same rows as all at once", async () => {
    const { a } = env.world;
    await addMembers(env.database, env.world);
    const scope = { kind: "akasse", role: "akasse", userId: a.akasseStaff.id, organisationId: a.akasse.id } as const;
    const asOf = "2025-03-03";
    const all = await memberDues(env.database.db, scope, ongoingOn(asOf), asOf, Number.MAX_SAFE_INTEGER);
    const oneByOne = await memberDues(env.database.db, scope, ongoingOn(asOf), asOf, 1);
    expect(all.size).toBe(1 + 2 * EXTRA_PER_KOMMUNE);
    expect([...all.values()].flatMap((m) => m.joint).length).toBeGreaterThan(0);
    expect(oneByOne).toEqual(all);
  });

  it("equals a list from scratch after a random sequence of writes", async () => {
    const { a, b } = env.world;
    const added = await addMembers(env.database, env.world);
    const forloebIds = [a.dagpenge.forloebId, ...added.a, ...added.b];
    const side = (forloebId: string) => (added.b.includes(forloebId) ? b : a);
    await due(env.database);

    let seed = kind === "pglite" ? 5 : 13;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const day = (from: number, span: number) => new Date(Date.UTC(2025, 2, 3) + (from + random(span)) * 86_400_000).toISOString().slice(0, 10);
    const planned: { id: string; forloebId: string }[] = [];
    let applied = 0;
    for (let step = 0; step < 24; step++) {
      const forloebId = forloebIds[random(forloebIds.length)]!;
      const jobcentre = await callerAs(env.database, side(forloebId).caseworker.id);
      const akasse = await callerAs(env.database, a.akasseStaff.id);
      const write = [
        async () =>
          planned.push({
            forloebId,
            id: (await jobcentre.meeting.plan({ forloebId, date: day(1, 60), time: `${9 + random(6)}:00`.padStart(5, "0"), kind: "faelles" })).id,
          }),
        () => akasse.akasse.plan({ forloebId, date: day(1, 30), time: "11:00" }),
        () => akasse.joint.setOptOut({ forloebId, optOut: random(2) === 1 }),
        () => jobcentre.forloeb.addPause({ forloebId, from: day(-30, 60), to: day(31, 30) }),
        async () => {
          const meeting = planned[random(planned.length)];
          if (meeting)
            await (await callerAs(env.database, side(meeting.forloebId).caseworker.id)).meeting.cancel({ meetingId: meeting.id, reason: "Borgeren er syg" });
        },
      ][random(5)]!;
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
      if (step % 3 === 2) expect(await due(env.database)).toEqual(await due(scratch(env.database)));
    }
    expect(applied).toBeGreaterThan(8);
  });
  it("pages each list in any order and status filter: the pages together are the whole list, each row once, in one order", async () => {
    await addMembers(env.database, env.world);
    // The law in force, so the members' forløb of late 2024 have the a-kasse's own jobsamtaler too.
    await (await callerAs(env.database, env.world.systemAdmin.id)).settings.setRuleSet({ ruleSet: "gaeldende" });
    const api = await callerAs(env.database, env.world.a.akasseStaff.id);
    const whole = await api.joint.due();
    const key = (r: { forloebId: string; rule: string; occurrence: number }) => `${r.forloebId}:${r.rule}:${r.occurrence}`;
    const statusOrder = ["missed", "open", "upcoming"];
    const collator = new Intl.Collator("da");
    for (const sort of ["daysLeft", "name", "status"] as const) {
      for (const status of [undefined, "open", "upcoming", "missed"] as const) {
        const all = await api.joint.due({ sort, ...(status ? { status } : {}) });
        const expected = whole.rows.filter((r) => status === undefined || r.status === status);
        expect(all.totals.rows).toBe(expected.length);
        expect(all.rows.map(key).sort()).toEqual(expected.map(key).sort());
        if (sort === "name")
          for (let i = 1; i < all.rows.length; i++) expect(collator.compare(all.rows[i - 1]!.name, all.rows[i]!.name)).toBeLessThanOrEqual(0);
        if (sort === "status")
          for (let i = 1; i < all.rows.length; i++)
            expect(statusOrder.indexOf(all.rows[i - 1]!.status)).toBeLessThanOrEqual(statusOrder.indexOf(all.rows[i]!.status));
        if (sort === "daysLeft") expect(all.rows.map(key)).toEqual(expected.map(key));

        const pages: string[] = [];
        for (let page = 1; page <= Math.ceil(all.totals.rows / 4) + 1; page++) {
          const one = await api.joint.due({ sort, ...(status ? { status } : {}), page, pageSize: 4 });
          expect(one.totals).toEqual(all.totals);
          expect(one.rows.length).toBeLessThanOrEqual(4);
          expect(one.akasseRows.length).toBeLessThanOrEqual(4);
          pages.push(...one.rows.map(key));
        }
        expect(pages).toEqual(all.rows.map(key));

        // The a-kasse's own jobsamtaler page on their own.
        const own: string[] = [];
        for (let akassePage = 1; akassePage <= Math.ceil(all.totals.akasseRows / 2) + 1; akassePage++) {
          own.push(...(await api.joint.due({ sort, ...(status ? { status } : {}), akassePage, pageSize: 2 })).akasseRows.map(key));
        }
        expect(own).toEqual(all.akasseRows.map(key));
      }
    }
    expect(whole.totals.rows).toBeGreaterThan(8);
    expect(whole.totals.akasseRows).toBeGreaterThan(2);
  });
});
