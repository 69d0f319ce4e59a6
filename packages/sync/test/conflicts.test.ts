import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { openDesktop } from "./support/desktop.js";
import { dayFromToday, PASSWORD } from "./support/fixture.js";
import { flaky } from "./support/flaky.js";
import { signedInRemote } from "./support/remote.js";
import { until, useServer } from "./support/world.js";
import { changesPerEntity, meetingOn } from "./support/server-rows.js";

describe("the same forløb and meeting changed on the server and offline", () => {
  const env = useServer();

  it("keeps the server's versions, surfaces both, audits both, and lets the caseworker keep either", async () => {
    const { server, kommune, database } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    const [c0, c1] = kommune.citizens as [(typeof kommune.citizens)[number], (typeof kommune.citizens)[number]];
    const net = flaky(await signedInRemote(server.url, anne.email, PASSWORD));
    const d = await openDesktop({ remote: net.remote, email: anne.email });
    env.cleanup(d.close);

    net.offline = true;
    const [localForloeb] = await d.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, c0.forloebId));
    await d.api.forloeb.update({ forloebId: c0.forloebId, version: localForloeb!.version, end: "2031-12-31" });
    await d.api.meeting.record({ meetingId: c1.meetingIds[0]!, form: "fremmoede", participants: ["borger", "jobcenter"] });
    // Meanwhile, on the web: a colleague changes the same forløb and cancels the same meeting.
    const web = await signedInRemote(server.url, bo.email, PASSWORD);
    await web.forloeb.setFlags.mutate({ forloebId: c0.forloebId, version: 1, risikoUarbejdsdygtigEfter4Aar: true });
    await web.meeting.cancel.mutate({ meetingId: c1.meetingIds[0]!, reason: "Flyttet til næste uge" });
    await until(() => d.engine.status.pending === 2);

    net.offline = false;
    const { push } = await d.engine.sync();
    expect(push).toEqual({ applied: 0, conflicts: 2, duplicates: 0 });
    expect(d.engine.status).toMatchObject({ pending: 0, conflicts: 2 });
    // The server kept its versions.
    const [serverForloeb] = await database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, c0.forloebId));
    expect(serverForloeb).toMatchObject({ end: null, risikoUarbejdsdygtigEfter4Aar: true, version: 2 });
    expect((await meetingOn(database, c1.meetingIds[0]!))?.status).toBe("aflyst");
    // The desktop shows them too, and holds its own versions as conflicts.
    const [localNow] = await d.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, c0.forloebId));
    expect(localNow).toMatchObject({ end: null, risikoUarbejdsdygtigEfter4Aar: true, version: 2 });
    expect((await meetingOn(d.database, c1.meetingIds[0]!))?.status).toBe("aflyst");
    const conflicts = await d.engine.conflicts();
    const forloebConflict = conflicts.find((c) => c.path === "forloeb.update")!;
    const meetingConflict = conflicts.find((c) => c.path === "meeting.record")!;
    expect(forloebConflict).toMatchObject({ reason: "changed", citizenId: c0.id, subject: { entity: "forloeb", id: c0.forloebId } });
    expect(forloebConflict.mine[0]?.payload).toMatchObject({ end: "2031-12-31" });
    expect(forloebConflict.theirs).toEqual([
      { entity: "forloeb", id: c0.forloebId, record: expect.objectContaining({ end: null, risikoUarbejdsdygtigEfter4Aar: true }) },
    ]);
    expect(meetingConflict).toMatchObject({ reason: "changed", citizenId: c1.id, citizenName: "Borger 2" });
    expect(meetingConflict.mine[0]?.payload).toMatchObject({ status: "afholdt" });
    expect(meetingConflict.theirs[0]?.record).toMatchObject({ status: "aflyst" });
    // Both versions are in the server's audit log, without the free text.
    const audited = (await database.db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "sync.conflict"))).map((r) => r.details);
    expect(audited).toHaveLength(2);
    expect(audited).toContainEqual(
      expect.objectContaining({
        path: "forloeb.update",
        mine: expect.objectContaining({ input: expect.objectContaining({ end: "2031-12-31" }) }),
        theirs: [expect.objectContaining({ record: expect.objectContaining({ end: null }) })],
      }),
    );
    expect(JSON.stringify(audited)).not.toContain("Flyttet til næste uge");

    // Keep mine for the forløb: it is sent again on the server's version, and wins.
    await d.engine.resolve(forloebConflict.id, "mine");
    // Keep theirs for the meeting: the local change is dropped.
    await d.engine.resolve(meetingConflict.id, "theirs");
    expect(d.engine.status).toMatchObject({ pending: 1, conflicts: 0 });
    expect(await d.engine.sync()).toMatchObject({ push: { applied: 1, conflicts: 0 } });
    const [kept] = await database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, c0.forloebId));
    expect(kept).toMatchObject({ end: "2031-12-31", risikoUarbejdsdygtigEfter4Aar: true, version: 3 });
    const [keptLocally] = await d.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, c0.forloebId));
    expect(keptLocally).toMatchObject({ end: "2031-12-31", risikoUarbejdsdygtigEfter4Aar: true, version: 3 });
    expect((await meetingOn(database, c1.meetingIds[0]!))?.status).toBe("aflyst");
    expect((await meetingOn(d.database, c1.meetingIds[0]!))?.status).toBe("aflyst");
    // Web wrote each once, the desktop's kept change once; the refused ones never.
    expect(await changesPerEntity(database, [c0.forloebId, c1.meetingIds[0]!])).toEqual({ [c0.forloebId]: 2, [c1.meetingIds[0]!]: 1 });
    expect(d.engine.status).toMatchObject({ pending: 0, conflicts: 0 });
    expect(await d.engine.conflicts()).toEqual([]);
  });

  it("never lets a pull overwrite a local change the server has not answered yet", async () => {
    const { server, kommune } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    const citizen = kommune.citizens[0]!;
    const net = flaky(await signedInRemote(server.url, anne.email, PASSWORD));
    const d = await openDesktop({ remote: net.remote, email: anne.email });
    env.cleanup(d.close);
    await d.api.forloeb.setFlags({ forloebId: citizen.forloebId, version: 1, akasseFravalgt: true });
    const web = await signedInRemote(server.url, bo.email, PASSWORD);
    await web.forloeb.update.mutate({ forloebId: citizen.forloebId, version: 1, end: "2032-01-31" });
    const planned = await web.meeting.plan.mutate({ forloebId: kommune.citizens[1]!.forloebId, date: dayFromToday(60), time: "09:00", kind: "individuel" });

    const pulled = await d.engine.pull();
    expect(pulled.held).toBeGreaterThan(0);
    const [local] = await d.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, citizen.forloebId));
    expect(local).toMatchObject({ akasseFravalgt: true, end: null });
    // Once pushed (a conflict here), the pull goes on from where it stopped and misses nothing.
    const { push, pull } = await d.engine.sync();
    expect(push.conflicts).toBe(1);
    expect(pull.held).toBe(0);
    const [now] = await d.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, citizen.forloebId));
    expect(now).toMatchObject({ akasseFravalgt: false, end: "2032-01-31" });
    expect(await meetingOn(d.database, planned.id)).toBeDefined();
    expect(d.engine.status).toMatchObject({ pending: 0, conflicts: 1 });
  });

  it("surfaces again a kept change the server refuses again", async () => {
    const { server, kommune, database } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    const meetingId = kommune.citizens[1]!.meetingIds[0]!;
    const net = flaky(await signedInRemote(server.url, anne.email, PASSWORD));
    const d = await openDesktop({ remote: net.remote, email: anne.email });
    env.cleanup(d.close);
    net.offline = true;
    await d.api.meeting.markNoShow({ meetingId });
    await (await signedInRemote(server.url, bo.email, PASSWORD)).meeting.cancel.mutate({ meetingId, reason: "Aflyst" });
    await until(() => d.engine.status.pending === 1);
    net.offline = false;
    await d.engine.sync();
    const [first] = await d.engine.conflicts();
    await d.engine.resolve(first!.id, "mine");
    expect((await d.engine.sync()).push).toEqual({ applied: 0, conflicts: 1, duplicates: 0 });
    const [again] = await d.engine.conflicts();
    expect(again).toMatchObject({ reason: "rejected", path: "meeting.markNoShow", message: "Samtalen er aflyst og kan ikke ændres" });
    expect((await meetingOn(database, meetingId))?.status).toBe("aflyst");
    expect(await changesPerEntity(database, [meetingId])).toEqual({ [meetingId]: 1 });
  });
});
