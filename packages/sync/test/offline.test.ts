import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { openDesktop } from "./support/desktop.js";
import { flaky } from "./support/flaky.js";
import { signedInRemote } from "./support/remote.js";
import { until, useServer } from "./support/world.js";
import { changesPerEntity, meetingOn, syncedKeys } from "./support/server-rows.js";
import { dayFromToday, PASSWORD } from "./support/fixture.js";

/** A pause planned offline, a few weeks ahead. */
const PAUSE_FROM = dayFromToday(50);

describe("two desktops working offline", () => {
  const env = useServer();

  it("download the caseload, work offline, sync, and end with each other's changes: none lost, none doubled", async () => {
    const { server, kommune, database } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    const [c0, c1, c2, c3] = kommune.citizens as [
      (typeof kommune.citizens)[number],
      (typeof kommune.citizens)[number],
      (typeof kommune.citizens)[number],
      (typeof kommune.citizens)[number],
    ];
    const netA = flaky(await signedInRemote(server.url, anne.email, PASSWORD));
    const netB = flaky(await signedInRemote(server.url, bo.email, PASSWORD));
    const progress: { done: number; total: number }[] = [];
    const a = await openDesktop({ remote: netA.remote, email: anne.email });
    env.cleanup(a.close);
    const b = await openDesktop({ remote: netB.remote, email: bo.email });
    env.cleanup(b.close);
    expect(a.engine.status.download).toEqual({ state: "done" });
    expect((await a.database.db.select().from(tables.citizens)).length).toBe(kommune.citizens.length);
    expect((await a.database.db.select().from(tables.meetings)).length).toBe(kommune.citizens.length * 2);
    // Downloading again is a no-op once done.
    await a.engine.firstSync((p) => progress.push(p));
    expect(progress).toEqual([]);

    netA.offline = true;
    netB.offline = true;
    const planned = await a.api.meeting.plan({ forloebId: c0.forloebId, date: dayFromToday(40), time: "09:00", kind: "individuel" });
    const held = await a.api.meeting.record({ meetingId: c0.meetingIds[0]!, form: "telefon", participants: ["borger", "jobcenter"] });
    // The referat is written offline too, and reaches the other desktop as part of the meeting.
    await a.api.meeting.setNote({ meetingId: held.id, version: held.version, note: "Aftalt ansøgning til lager." });
    const paused = await a.api.forloeb.addPause({ forloebId: c2.forloebId, from: PAUSE_FROM, to: dayFromToday(54) });
    // Two offline edits of one forløb: the second builds on the first, and neither is a conflict.
    const flagged = await a.api.forloeb.setFlags({ forloebId: c2.forloebId, version: paused.version, akasseFravalgt: true });
    await a.api.forloeb.update({ forloebId: c2.forloebId, version: flagged.version, end: "2031-06-30" });
    await b.api.meeting.cancel({ meetingId: c1.meetingIds[0]!, reason: "Borgeren er syg" });
    const request = await b.api.request.register({ forloebId: c3.forloebId, date: dayFromToday(-5), by: "borger" });
    const plannedB = await b.api.meeting.plan({ forloebId: c3.forloebId, date: dayFromToday(41), time: "10:00", kind: "individuel" });
    await until(() => a.engine.status.pending === 6 && b.engine.status.pending === 3);

    // Offline, a push waits and tries again until the network is back.
    const pushing = a.engine.push();
    await until(() => a.engine.status.online === false && a.engine.status.error !== null);
    netA.offline = false;
    netB.offline = false;
    expect(await pushing).toEqual({ applied: 6, conflicts: 0, duplicates: 0 });
    await b.engine.sync();
    await a.engine.sync();
    await b.engine.sync();

    for (const desktop of [a, b]) {
      expect(desktop.engine.status).toMatchObject({ online: true, pending: 0, conflicts: 0, serverSession: true, error: null });
      expect(desktop.engine.status.lastSyncAt).not.toBeNull();
      expect(await desktop.database.db.select().from(tables.syncOutbox)).toEqual([]);
      expect(await desktop.engine.conflicts()).toEqual([]);
    }
    const pauseId = paused.pauses.find((p) => p.from === PAUSE_FROM)!.id;
    // The server kept every id the desktops chose, and wrote each change once.
    expect(await changesPerEntity(database, [planned.id, c0.meetingIds[0]!, pauseId, c1.meetingIds[0]!, request.id, plannedB.id])).toEqual({
      [planned.id]: 1,
      [c0.meetingIds[0]!]: 2,
      [pauseId]: 1,
      [c1.meetingIds[0]!]: 1,
      [request.id]: 1,
      [plannedB.id]: 1,
    });
    expect(await syncedKeys(database, anne.id)).toBe(6);
    expect(await syncedKeys(database, bo.id)).toBe(3);
    expect(await meetingOn(database, c0.meetingIds[0]!)).toMatchObject({ status: "afholdt", note: "Aftalt ansøgning til lager." });
    expect((await meetingOn(database, c1.meetingIds[0]!))?.status).toBe("aflyst");
    const [forloeb] = await database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, c2.forloebId));
    expect(forloeb).toMatchObject({ akasseFravalgt: true, end: "2031-06-30", version: 3 });
    expect(await changesPerEntity(database, [c2.forloebId])).toEqual({ [c2.forloebId]: 2 });
    // Each desktop now has the other's changes, under the same ids.
    for (const desktop of [a, b]) {
      const meetings = await desktop.database.db.select().from(tables.meetings);
      expect(meetings.find((m) => m.id === planned.id)?.status).toBe("planlagt");
      expect(meetings.find((m) => m.id === plannedB.id)?.status).toBe("planlagt");
      expect(meetings.find((m) => m.id === c0.meetingIds[0])).toMatchObject({ status: "afholdt", note: "Aftalt ansøgning til lager." });
      expect(meetings.find((m) => m.id === c1.meetingIds[0])).toMatchObject({ status: "aflyst", cancelReason: "Borgeren er syg" });
      expect(await desktop.database.db.select().from(tables.requests).where(eq(tables.requests.id, request.id))).toHaveLength(1);
      expect(await desktop.database.db.select().from(tables.pauses).where(eq(tables.pauses.id, pauseId))).toHaveLength(1);
    }
    // The local router sees the other desktop's work too (e.g. its caseload and the citizen's timeline).
    const detail = await a.api.citizen.get({ citizenId: c1.id });
    expect(detail.meetings.find((m) => m.id === c1.meetingIds[0])?.status).toBe("aflyst");
  });
});
