/** The a-kasse corrects a CV-samtale it recorded: another date, or removed when recorded by mistake. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("cv.update and cv.remove on %s", (kind) => {
  const env = useWorld(kind);

  async function refused(call: Promise<unknown>) {
    const error = await refusal(call);
    return { code: error.code, message: error.message, fieldErrors: shapeOf(error).data.fieldErrors };
  }

  async function recorded() {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const cv = await akasse.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-01-15" });
    return { akasse, cv };
  }

  const cvDates = async () =>
    (await (await callerAs(env.database, env.world.a.caseworker.id)).citizen.get({ citizenId: env.world.a.dagpenge.citizenId })).meetings
      .filter((m) => m.kind === "cv")
      .map((m) => m.date);

  it("moves a CV-samtale to another day, audited with before and after and logged for the desktops", async () => {
    const { akasse, cv } = await recorded();
    const moved = await akasse.cv.update({ meetingId: cv.id, version: cv.version, date: "2025-01-20" });
    expect(moved).toMatchObject({
      id: cv.id,
      kind: "cv",
      status: "afholdt",
      date: "2025-01-20",
      time: "00:00",
      startsAt: "2025-01-19T23:00:00.000Z",
      version: 2,
    });
    expect(await cvDates()).toEqual(["2025-01-20"]);
    const audited = (await auditRows(env.database)).filter((r) => r.action === "cv.update");
    expect(audited.map((r) => [r.citizenId, r.details])).toEqual([
      [env.world.a.dagpenge.citizenId, { meetingId: cv.id, before: { date: "2025-01-15" }, after: { date: "2025-01-20" } }],
    ]);
    const logged = (await changeRows(env.database)).filter((c) => c.entityId === cv.id);
    expect(logged.map((c) => [c.op, (c.payload as { date: string }).date])).toEqual([
      ["upsert", "2025-01-15"],
      ["upsert", "2025-01-20"],
    ]);
  });

  it("refuses a day in the future or before the forløb, and a stale version", async () => {
    const { akasse, cv } = await recorded();
    expect((await refused(akasse.cv.update({ meetingId: cv.id, version: cv.version, date: "2025-03-04" }))).fieldErrors).toEqual([
      { path: "date", message: "Datoen ligger i fremtiden; registrér det, når det er sket" },
    ]);
    expect((await refused(akasse.cv.update({ meetingId: cv.id, version: cv.version, date: "2024-12-31" }))).fieldErrors).toEqual([
      { path: "date", message: "Datoen ligger før forløbets start (6. januar 2025)" },
    ]);
    await akasse.cv.update({ meetingId: cv.id, version: cv.version, date: "2025-01-16" });
    const stale = await refused(akasse.cv.remove({ meetingId: cv.id, version: cv.version }));
    expect(stale).toEqual({
      code: "CONFLICT",
      message: "CV-samtalen er ændret af en anden, siden du hentede den. Hent siden igen, og prøv igen.",
      fieldErrors: [],
    });
    expect(await cvDates()).toEqual(["2025-01-16"]);
  });

  it("removes a CV-samtale recorded by mistake, audited and logged as a deletion", async () => {
    const { akasse, cv } = await recorded();
    const removed = await akasse.cv.remove({ meetingId: cv.id, version: cv.version });
    expect(removed).toMatchObject({ id: cv.id, date: "2025-01-15" });
    expect(await cvDates()).toEqual([]);
    expect(await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, cv.id))).toEqual([]);
    const audited = (await auditRows(env.database)).filter((r) => r.action === "cv.remove");
    expect(audited.map((r) => r.details)).toEqual([{ meetingId: cv.id, before: { date: "2025-01-15", status: "afholdt" } }]);
    const logged = (await changeRows(env.database)).filter((c) => c.entityId === cv.id).at(-1);
    expect(logged).toMatchObject({ op: "delete", citizenId: env.world.a.dagpenge.citizenId, payload: { forloebId: env.world.a.dagpenge.forloebId } });
    expect((await refused(akasse.cv.remove({ meetingId: cv.id, version: cv.version }))).code).toBe("NOT_FOUND");
  });

  it("corrects only CV-samtaler: a fællessamtale is moved or cancelled as such", async () => {
    const { a } = env.world;
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    for (const call of [
      akasse.cv.update({ meetingId: a.dagpenge.jointMeetingId, version: 1, date: "2025-01-20" }),
      akasse.cv.remove({ meetingId: a.dagpenge.jointMeetingId, version: 1 }),
    ]) {
      expect((await refused(call)).fieldErrors).toEqual([{ path: "meetingId", message: "Kun CV-samtaler kan rettes eller fjernes her" }]);
    }
  });
});
