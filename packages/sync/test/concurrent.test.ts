import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { citizensFor, pushAtOnce } from "./support/concurrent.js";
import { useServer } from "./support/world.js";
import { changesPerEntity, syncedKeys } from "./support/server-rows.js";

const DESKTOPS = 10;
const CHANGES_EACH = 40;

describe("ten desktops of one kommune pushing at the same time", () => {
  const env = useServer(citizensFor(DESKTOPS, CHANGES_EACH), DESKTOPS);

  it("applies every change exactly once, with no errors and no conflicts, and every desktop ends with all of them", async () => {
    const { server, kommune, database } = env.world;
    // Small pushes so the ten desktops' requests interleave on the server.
    const run = await pushAtOnce(server.url, kommune, { changesEach: CHANGES_EACH, pushBatchSize: 10 });
    for (const desktop of run.desktops) env.cleanup(desktop.close);

    expect(run.pushes).toEqual(Array.from({ length: DESKTOPS }, () => ({ applied: CHANGES_EACH, conflicts: 0, duplicates: 0 })));
    expect(run.touched).toHaveLength(DESKTOPS * CHANGES_EACH);
    const perEntity = await changesPerEntity(database, run.touched);
    expect(Object.values(perEntity).filter((n) => n !== 1)).toEqual([]);
    for (const caseworker of kommune.caseworkers) expect(await syncedKeys(database, caseworker.id)).toBe(CHANGES_EACH);
    const stored = await database.db.select({ n: count() }).from(tables.meetings).where(inArray(tables.meetings.id, run.touched));
    expect(stored[0]?.n).toBe(DESKTOPS * CHANGES_EACH);
    const recorded = await database.db.select({ n: count() }).from(tables.meetings).where(eq(tables.meetings.status, "afholdt"));
    expect(recorded[0]?.n).toBe((DESKTOPS * CHANGES_EACH) / 2);

    // After a pull each desktop holds the other nine's work too.
    const [serverMeetings] = await database.db.select({ n: count() }).from(tables.meetings);
    for (const desktop of run.desktops) {
      await desktop.engine.sync();
      expect(desktop.engine.status).toMatchObject({ pending: 0, conflicts: 0, error: null });
      const [local] = await desktop.database.db.select({ n: count() }).from(tables.meetings);
      expect(local?.n).toBe(serverMeetings?.n);
    }
    // Ten PGlite databases downloading and writing in one process: minutes on a busy machine.
  }, 300_000);
});
