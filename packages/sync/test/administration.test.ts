import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@kontaktplan/api";
import { tables } from "@kontaktplan/db";
import { openDesktop } from "./support/desktop.js";
import { dayFromToday, PASSWORD } from "./support/fixture.js";
import { signedInRemote } from "./support/remote.js";
import { useServer } from "./support/world.js";

/** What the jobcentre's administration changes on the server reaches a caseworker's own caseload on the desktop. */
describe("a desktop keeping only the caseworker's own citizens", () => {
  const env = useServer();

  it("receives a citizen created and assigned to the caseworker with all it holds, drops one assigned away, and learns of a deactivated colleague", async () => {
    const { server, kommune, database } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    await database.db.insert(tables.users).values({
      organisationId: kommune.jobcentreId,
      email: "admin@example.dk",
      name: "Ada Admin",
      role: "jobcenter_admin",
      passwordHash: await hashPassword(PASSWORD),
    });
    const admin = await signedInRemote(server.url, "admin@example.dk", PASSWORD);
    const desktop = await openDesktop({ remote: await signedInRemote(server.url, anne.email, PASSWORD), email: anne.email, scope: "mine" });
    env.cleanup(desktop.close);
    const mine = kommune.citizens.filter((_, i) => i % 2 === 0);
    const localCitizens = async () => (await desktop.database.db.select().from(tables.citizens)).map((c) => c.id).sort();
    expect(await localCitizens()).toEqual(mine.map((c) => c.id).sort());

    // A new citizen (the admin's stays unassigned), a forløb with a meeting, then assigned to Anne.
    const created = await admin.citizen.create.mutate({ name: "Nina Ny", cpr: "150390-1234" });
    const forloeb = await admin.forloeb.create.mutate({ citizenId: created.id, ydelse: "kontanthjaelp", visitation: "jobparat", start: dayFromToday(-20) });
    const meeting = await admin.meeting.plan.mutate({ forloebId: forloeb.id, date: dayFromToday(10), time: "10:00", kind: "individuel" });
    const movedAway = mine[0]!;
    await admin.admin.assignment.assign.mutate({ citizenIds: [created.id], caseworkerId: anne.id });
    await admin.admin.assignment.assign.mutate({ citizenIds: [movedAway.id], caseworkerId: bo.id });
    await admin.admin.users.setActive.mutate({ userId: bo.id, active: false });

    await desktop.engine.sync();
    expect(desktop.engine.status).toMatchObject({ pending: 0, conflicts: 0, error: null });
    expect(await localCitizens()).toEqual([...mine.filter((c) => c !== movedAway).map((c) => c.id), created.id].sort());
    const local = desktop.database.db;
    expect((await local.select().from(tables.forloeb).where(eq(tables.forloeb.citizenId, created.id))).map((f) => f.id)).toEqual([forloeb.id]);
    expect((await local.select().from(tables.meetings).where(eq(tables.meetings.id, meeting.id))).map((m) => m.status)).toEqual(["planlagt"]);
    // Nothing of the citizen assigned away is left on the machine.
    expect(await local.select().from(tables.forloeb).where(eq(tables.forloeb.citizenId, movedAway.id))).toEqual([]);
    expect(await local.select().from(tables.meetings).where(eq(tables.meetings.id, movedAway.meetingIds[0]!))).toEqual([]);
    const [localBo] = await local.select().from(tables.users).where(eq(tables.users.id, bo.id));
    expect(localBo?.disabled).toBe(true);
    // The local caseload is the server's.
    const serverList = await (await signedInRemote(server.url, anne.email, PASSWORD)).caseload.list.query({ scope: "mine", pageSize: 100 });
    const localList = await desktop.api.caseload.list({ scope: "mine", pageSize: 100 });
    expect(localList.rows.map((r) => r.citizenId).sort()).toEqual(serverList.rows.map((r) => r.citizenId).sort());
  });
});
