import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("the referat of a held samtale on %s", (kind) => {
  const env = useWorld(kind);

  /** A samtale of side A's kontanthjælp citizen, held today. */
  async function heldMeeting() {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" });
    const held = await api.meeting.record({ meetingId: planned.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
    return { api, held };
  }

  it("is written, corrected and removed; shown with the meeting, audited before and after, and in the change log", async () => {
    const { a } = env.world;
    const { api, held } = await heldMeeting();
    const written = await api.meeting.setNote({ meetingId: held.id, version: held.version, note: "  Borgeren søger job som lagerarbejder.  " });
    expect(written).toMatchObject({ id: held.id, note: "Borgeren søger job som lagerarbejder.", version: held.version + 1 });
    const corrected = await api.meeting.setNote({ meetingId: held.id, version: written.version, note: "Borgeren søger job som chauffør." });
    expect((await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).meetings.find((m) => m.id === held.id)?.note).toBe(
      "Borgeren søger job som chauffør.",
    );

    const audited = (await auditRows(env.database)).filter((r) => r.action === "meeting.setNote");
    expect(audited.map((r) => [r.userId, r.citizenId, r.details])).toEqual([
      [a.caseworker.id, a.kontanthjaelp.citizenId, { meetingId: held.id, before: { note: null }, after: { note: "Borgeren søger job som lagerarbejder." } }],
      [
        a.caseworker.id,
        a.kontanthjaelp.citizenId,
        { meetingId: held.id, before: { note: "Borgeren søger job som lagerarbejder." }, after: { note: "Borgeren søger job som chauffør." } },
      ],
    ]);
    const logged = (await changeRows(env.database)).filter((c) => c.entityId === held.id).at(-1)!;
    expect(logged).toMatchObject({ kommunekode: a.jobcentre.kommunekode, entity: "meeting", op: "upsert", citizenId: a.kontanthjaelp.citizenId });
    expect(logged.payload).toMatchObject({ note: "Borgeren søger job som chauffør.", version: corrected.version });

    const removed = await api.meeting.setNote({ meetingId: held.id, version: corrected.version, note: "   " });
    expect(removed.note).toBeNull();
    const [row] = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, held.id));
    expect(row!.note).toBeNull();
  });

  it("refuses a CPR number, text over 4000 characters, a stale version and a samtale that was not held", async () => {
    const { a } = env.world;
    const { api, held } = await heldMeeting();
    for (const note of ["Borgerens CPR er 010190-1234", "Ring på 0101901234 i morgen"]) {
      const error = await refusal(api.meeting.setNote({ meetingId: held.id, version: held.version, note }));
      expect(shapeOf(error).data.fieldErrors).toEqual([{ path: "note", message: "Teksten må ikke indeholde et CPR-nummer" }]);
    }
    const long = await refusal(api.meeting.setNote({ meetingId: held.id, version: held.version, note: "x".repeat(4001) }));
    expect(shapeOf(long).data.fieldErrors).toEqual([{ path: "note", message: "Referatet må højst være 4000 tegn" }]);

    await api.meeting.setNote({ meetingId: held.id, version: held.version, note: "Første udgave" });
    const stale = await refusal(api.meeting.setNote({ meetingId: held.id, version: held.version, note: "Overskriver uset" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Referatet er netop blevet ændret af en anden. Hent samtalen igen, og ret derefter.");

    const planned = await refusal(api.meeting.setNote({ meetingId: a.dagpenge.plannedMeetingId, version: 1, note: "For tidligt" }));
    expect(planned.code).toBe("CONFLICT");
    expect(planned.message).toBe("Der kan kun skrives referat af en afholdt samtale");
    expect((await auditRows(env.database)).filter((r) => r.action === "meeting.setNote")).toHaveLength(1);
  });

  it("is the jobcentre's: another kommune's caseworker and the a-kasse cannot write it, and the database refuses an empty one", async () => {
    const { a, b } = env.world;
    const { held } = await heldMeeting();
    const other = await callerAs(env.database, b.caseworker.id);
    expect((await refusal(other.meeting.setNote({ meetingId: held.id, version: held.version, note: "Fremmed" }))).code).toBe("NOT_FOUND");
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    expect((await refusal(akasse.meeting.setNote({ meetingId: held.id, version: held.version, note: "A-kassen" }))).code).toBe("FORBIDDEN");
    await expect(env.database.db.update(tables.meetings).set({ note: "" }).where(eq(tables.meetings.id, held.id))).rejects.toThrow();
  });
});
