import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { freePort, postgresUrl } from "@kontaktplan/testing";
import { openDesktop, type Desktop } from "./support/desktop.js";
import { dayFromToday, PASSWORD } from "./support/fixture.js";
import { flaky, type Flaky } from "./support/flaky.js";
import { signedInRemote } from "./support/remote.js";
import { startKillableServer } from "./support/server.js";
import { until, useServer } from "./support/world.js";
import { changesPerEntity, meetingOn, syncedKeys } from "./support/server-rows.js";

describe("delivering pushes over a bad network", () => {
  const env = useServer();

  async function desktop(): Promise<{ desktop: Desktop; net: Flaky; userId: string }> {
    const { server, kommune } = env.world;
    const caseworker = kommune.caseworkers[0]!;
    const net = flaky(await signedInRemote(server.url, caseworker.email, PASSWORD));
    const opened = await openDesktop({ remote: net.remote, email: caseworker.email });
    env.cleanup(opened.close);
    return { desktop: opened, net, userId: caseworker.id };
  }

  /** Meetings planned offline on the first citizens: independent changes, each creating one meeting. */
  async function planOffline(d: Desktop, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const citizen = env.world.kommune.citizens[i % env.world.kommune.citizens.length]!;
      const meeting = await d.api.meeting.plan({ forloebId: citizen.forloebId, date: dayFromToday(30 + (i % 28)), time: "09:00", kind: "individuel" });
      ids.push(meeting.id);
    }
    return ids;
  }

  it("applies duplicated and reordered pushes once each, and surfaces the change that arrived before the one it needs", async () => {
    const { desktop: d, net, userId } = await desktop();
    const { database } = env.world;
    const planned = await planOffline(d, 3);
    // Recording a meeting planned offline: this change needs the plan before it.
    const citizen = env.world.kommune.citizens[0]!;
    const needy = await d.api.meeting.plan({ forloebId: citizen.forloebId, date: dayFromToday(-10), time: "09:00", kind: "individuel" });
    await d.api.meeting.record({ meetingId: needy.id, form: "video", participants: ["borger", "jobcenter"] });
    const server = await signedInRemote(env.world.server.url, env.world.kommune.caseworkers[0]!.email, PASSWORD);
    // Every push reaches the server three times: reversed, as sent, and as sent again.
    net.beforePush = async (input) => {
      await server.sync.push.mutate({ changes: [...input.changes].reverse() });
      await server.sync.push.mutate(input);
    };
    const summary = await d.engine.push();
    expect(summary).toEqual({ applied: 4, conflicts: 1, duplicates: 5 });
    net.beforePush = null;

    expect(await changesPerEntity(database, [...planned, needy.id])).toEqual(Object.fromEntries([...planned, needy.id].map((id) => [id, 1])));
    expect(await syncedKeys(database, userId)).toBe(5);
    const [conflict, ...others] = await d.engine.conflicts();
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({ path: "meeting.record", reason: "rejected", citizenId: citizen.id, citizenName: "Borger 1" });
    expect(d.engine.status).toMatchObject({ pending: 0, conflicts: 1 });

    // Keeping it sends it again, now after the plan it needed.
    await d.engine.resolve(conflict!.id, "mine");
    expect(await d.engine.push()).toEqual({ applied: 1, conflicts: 0, duplicates: 0 });
    expect((await meetingOn(database, needy.id))?.status).toBe("afholdt");
    expect(await changesPerEntity(database, [needy.id])).toEqual({ [needy.id]: 2 });
  });

  it("sends again the push whose answer was lost after the server committed, and gets the first answer back", async () => {
    const { desktop: d, net, userId } = await desktop();
    const planned = await planOffline(d, 5);
    net.loseAnswers = 1;
    expect(await d.engine.push()).toEqual({ applied: 5, conflicts: 0, duplicates: 5 });
    expect(net.pushes).toBe(2);
    expect(await changesPerEntity(env.world.database, planned)).toEqual(Object.fromEntries(planned.map((id) => [id, 1])));
    expect(await syncedKeys(env.world.database, userId)).toBe(5);
    expect(d.engine.status).toMatchObject({ online: true, pending: 0, conflicts: 0 });
  });

  it("survives the server being killed in the middle of a push and started again", async () => {
    const { database, kommune } = env.world;
    const caseworker = kommune.caseworkers[0]!;
    const { rows } = (await database.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
    const url = new URL(await postgresUrl());
    url.pathname = `/${rows[0]!.name}`;
    const port = await freePort();
    const first = await startKillableServer(url.toString(), port);
    env.cleanup(first.kill);
    const remote = await signedInRemote(first.url, caseworker.email, PASSWORD);
    // Small batches: some are committed before the kill, one is cut off, the rest come after.
    const d = await openDesktop({ remote, email: caseworker.email, pushBatchSize: 30 });
    env.cleanup(d.close);
    const planned = await planOffline(d, 240);
    const pushing = d.engine.push();
    // SIGKILL the server while it works on the push: once the first batches are committed, so
    // one is cut off in the middle (PostgreSQL rolls back what the dead connection had open).
    await until(async () => (await syncedKeys(database, caseworker.id)) > 0, 60_000);
    await first.kill();
    await until(() => d.engine.status.online === false);
    expect(d.engine.status.pending).toBeGreaterThan(0);
    expect(await syncedKeys(database, caseworker.id)).toBeLessThan(240);

    const restarted = await startKillableServer(url.toString(), port);
    env.cleanup(restarted.kill);
    // The session lives in the database: the desktop's retries simply reach the new process.
    const summary = await pushing;
    expect(summary.applied).toBe(240);
    expect(summary.conflicts).toBe(0);
    expect(await changesPerEntity(database, planned)).toEqual(Object.fromEntries(planned.map((id) => [id, 1])));
    expect(await syncedKeys(database, caseworker.id)).toBe(240);
    expect(await d.database.db.select().from(tables.syncOutbox)).toEqual([]);
    expect(d.engine.status).toMatchObject({ online: true, pending: 0, conflicts: 0 });
  });
});
