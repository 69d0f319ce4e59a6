/**
 * Corrections reach the server from an offline desktop, and the web's new records reach the
 * desktop: a meeting's outcome corrected, a ydelsesskift undone, a new citizen with a forløb.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { openDesktop } from "./support/desktop.js";
import { dayFromToday, PASSWORD } from "./support/fixture.js";
import { flaky } from "./support/flaky.js";
import { signedInRemote } from "./support/remote.js";
import { until, useServer } from "./support/world.js";
import { changesPerEntity, meetingOn } from "./support/server-rows.js";

describe("corrections and new records through the sync", () => {
  const env = useServer();

  it("replays offline corrections once, and brings the web's new citizen with its forløb to the desktop", async () => {
    const { server, kommune, database } = env.world;
    const anne = kommune.caseworkers[0]!;
    const citizen = kommune.citizens[0]!;
    const net = flaky(await signedInRemote(server.url, anne.email, PASSWORD));
    const d = await openDesktop({ remote: net.remote, email: anne.email });
    env.cleanup(d.close);

    net.offline = true;
    const meetingId = citizen.meetingIds[0]!;
    const held = await d.api.meeting.record({ meetingId, form: "fremmoede", participants: ["borger", "jobcenter"] });
    await d.api.meeting.correct({ meetingId, version: held.version, status: "udeblevet", reason: "Borgeren kom ikke" });
    const [local] = await d.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, citizen.forloebId));
    const { started } = await d.api.forloeb.changeBenefit({
      forloebId: citizen.forloebId,
      version: local!.version,
      ydelse: "fleksjob",
      start: dayFromToday(0),
    });
    await d.api.forloeb.undoBenefitChange({ forloebId: started.id, version: started.version });
    // Meanwhile Anne creates a citizen in the web portal (citizens are created where the CPR register is checked).
    const web = await signedInRemote(server.url, anne.email, PASSWORD);
    const created = await web.citizen.create.mutate({ name: "Ny Borger", cpr: "150390-1234", forloeb: { ydelse: "fleksjob", start: dayFromToday(0) } });
    await until(() => d.engine.status.pending === 4);

    net.offline = false;
    const { push } = await d.engine.sync();
    expect(push).toEqual({ applied: 4, conflicts: 0, duplicates: 0 });
    expect(await meetingOn(database, meetingId)).toMatchObject({ status: "udeblevet", version: 3 });
    const onServer = await database.db.select().from(tables.forloeb).where(eq(tables.forloeb.citizenId, citizen.id));
    expect(onServer.map((f) => [f.id, f.end])).toEqual([[citizen.forloebId, null]]);
    expect(await changesPerEntity(database, [meetingId, started.id])).toEqual({ [meetingId]: 2, [started.id]: 2 });
    const audited = await database.db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "meeting.correct"));
    expect(audited.map((r) => r.details)).toEqual([
      expect.objectContaining({ reason: "Borgeren kom ikke", after: expect.objectContaining({ status: "udeblevet" }) }),
    ]);

    // The web's new citizen arrived with its forløb.
    const [arrived] = await d.database.db.select().from(tables.citizens).where(eq(tables.citizens.id, created.id));
    expect(arrived).toMatchObject({ name: "Ny Borger", cpr: "1503901234", caseworkerId: anne.id });
    expect((await d.api.citizen.get({ citizenId: created.id })).forloeb).toEqual([expect.objectContaining({ ydelse: "fleksjob", end: null })]);
    expect(d.engine.status).toMatchObject({ pending: 0, conflicts: 0 });
  });

  it("keeps a correction made offline over the server's change when the caseworker chooses it, on the server's version", async () => {
    const { server, kommune, database } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    const meetingId = kommune.citizens[0]!.meetingIds[0]!;
    const web = await signedInRemote(server.url, bo.email, PASSWORD);
    await web.meeting.markNoShow.mutate({ meetingId });
    const net = flaky(await signedInRemote(server.url, anne.email, PASSWORD));
    const d = await openDesktop({ remote: net.remote, email: anne.email });
    env.cleanup(d.close);

    net.offline = true;
    const missed = await d.api.citizen.get({ citizenId: kommune.citizens[0]!.id });
    const version = missed.meetings.find((m) => m.id === meetingId)!.version;
    const reason = "Samtalen foregik over telefon";
    await d.api.meeting.correct({ meetingId, version, status: "afholdt", form: "telefon", participants: ["borger", "jobcenter"], reason });
    // Bo, on the web, records it as held in person meanwhile: kept over his, Anne's correction needs her reason.
    await web.meeting.correct.mutate({ meetingId, version, status: "afholdt", form: "fremmoede", participants: ["borger", "jobcenter"] });
    await until(() => d.engine.status.pending === 1);
    net.offline = false;
    expect((await d.engine.sync()).push).toMatchObject({ applied: 0, conflicts: 1 });
    const [conflict] = await d.engine.conflicts();
    expect(conflict).toMatchObject({ path: "meeting.correct", reason: "changed" });
    await d.engine.resolve(conflict!.id, "mine");
    expect((await d.engine.sync()).push).toMatchObject({ applied: 1, conflicts: 0 });
    expect(await meetingOn(database, meetingId)).toMatchObject({ status: "afholdt", form: "telefon", version: version + 2 });
  });
});
