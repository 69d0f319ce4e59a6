/**
 * The day's rollover (domain/new-day.ts): what a process holds is evaluated for the new day when
 * the day turns, so the morning's first lists evaluate nothing, and they equal lists computed from
 * scratch on that day. Counted through the stores' listeners, never timed.
 */
import type { Database } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { onMemberEvaluation } from "../src/domain/akasse-results.js";
import { onEvaluation } from "../src/domain/citizen-results.js";
import { renewHeldResults, renewResultsEachDay } from "../src/domain/new-day.js";
import { callerAs, NOW } from "./support/callers.js";
import { useWorld } from "./support/database.js";

/** Tuesday 4 March 2025, 07:30 in Copenhagen: the morning after the tests' NOW. */
const NEXT_MORNING = new Date("2025-03-04T06:30:00Z");

/** The same database behind a handle the kept results have never seen: its stores start empty, so it computes from scratch. */
function scratch(database: Database): Database {
  return { ...database, db: new Proxy(database.db, {}) };
}

describe.each(DATABASE_KINDS)("a new day on %s", (kind) => {
  const env = useWorld(kind);
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.useRealTimers();
  });

  /** The lists a morning starts with: the caseworker's caseload, the kommune's, compliance, and the a-kasse's worklist. */
  async function morning(database: Database, now: Date) {
    const { a } = env.world;
    const caseworker = await callerAs(database, a.caseworker.id, () => now);
    const akasse = await callerAs(database, a.akasseStaff.id, () => now);
    return {
      mine: await caseworker.caseload.list({ scope: "mine", pageSize: 200 }),
      kommune: await caseworker.caseload.list({ scope: "kommune", pageSize: 200 }),
      compliance: await caseworker.compliance.summary({}),
      due: await akasse.joint.due(),
    };
  }

  function counting(database: Database) {
    const citizens: number[] = [];
    const members: number[] = [];
    stops.push(
      onEvaluation(database.db, (n) => citizens.push(n)),
      onMemberEvaluation(database.db, (n) => members.push(n)),
    );
    return { citizens, members };
  }

  it("evaluates what the process holds for the new day, so the morning's first lists evaluate nothing", async () => {
    const yesterday = await morning(env.database, NOW);
    const evaluated = counting(env.database);

    await renewHeldResults(env.database.db, "2025-03-04");
    // Kommune A's citizens and a-kasse A's members, once each; kommune B was never asked for.
    const renewed = { citizens: [yesterday.kommune.total], members: [new Set(yesterday.due.rows.map((r) => r.citizenId)).size] };
    expect(evaluated).toEqual(renewed);

    const today = await morning(env.database, NEXT_MORNING);
    expect(evaluated).toEqual(renewed);
    expect(today.mine.asOf).toBe("2025-03-04");
    expect(today).toEqual(await morning(scratch(env.database), NEXT_MORNING));

    // Renewing for a day already held evaluates nothing again.
    await renewHeldResults(env.database.db, "2025-03-04");
    expect(evaluated).toEqual(renewed);
  });

  it("renews when the clock reaches a new day in Denmark, not before", async () => {
    await morning(env.database, NOW);
    const evaluated = counting(env.database);
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    // 23:59 in Copenhagen on 3 March, then 00:00:30 on 4 March.
    let clock = new Date("2025-03-03T22:59:00Z");
    const errors: string[] = [];
    stops.push(
      renewResultsEachDay(
        env.database.db,
        () => clock,
        (line) => errors.push(line),
      ),
    );

    vi.advanceTimersByTime(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(evaluated).toEqual({ citizens: [], members: [] });

    clock = new Date("2025-03-03T23:00:30Z");
    vi.advanceTimersByTime(60_000);
    await vi.waitFor(() => expect(evaluated.members).toHaveLength(1), { timeout: 20_000 });
    expect(evaluated.citizens).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
