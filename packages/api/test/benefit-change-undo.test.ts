/** Undoing a ydelsesskift within a day: the new forløb goes, the old one's end comes back, both or neither. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, NOW, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

const later = (hours: number) => () => new Date(NOW.getTime() + hours * 3_600_000);

describe.each(DATABASE_KINDS)("forloeb.undoBenefitChange on %s", (kind) => {
  const env = useWorld(kind);

  async function refused(call: Promise<unknown>) {
    const error = await refusal(call);
    return { code: error.code, fieldErrors: shapeOf(error).data.fieldErrors };
  }

  /** Karl's kontanthjælp (open-ended, or ending `end`) changes to uddannelseshjælp on 1 April. */
  async function changed(end?: string) {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const version = end ? (await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end })).version : 1;
    const result = await api.forloeb.changeBenefit({
      forloebId: a.kontanthjaelp.forloebId,
      version,
      ydelse: "uddannelseshjaelp",
      visitation: "aktivitetsparat",
      start: "2025-04-01",
    });
    return { api, ...result };
  }

  const forloebOf = async (citizenId: string) =>
    (await env.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.citizenId, citizenId))).map((f) => [f.ydelse, f.start, f.end]);

  it("records where a ydelsesskift came from, and undoes it within a day: old end back, new forløb gone, audited and logged", async () => {
    const { a } = env.world;
    const { started, ended } = await changed();
    expect(started.benefitChange).toEqual({ fromForloebId: a.kontanthjaelp.forloebId, previousEnd: null, at: NOW.toISOString() });
    expect(ended.benefitChange).toBeUndefined();

    const api = await callerAs(env.database, a.caseworker.id, later(23));
    const restored = await api.forloeb.undoBenefitChange({ forloebId: started.id, version: started.version });
    expect(restored).toMatchObject({ id: a.kontanthjaelp.forloebId, ydelse: "kontanthjaelp", end: null, version: ended.version + 1 });
    expect(await forloebOf(a.kontanthjaelp.citizenId)).toEqual([["kontanthjaelp", "2025-02-03", null]]);

    const [audited] = (await auditRows(env.database)).filter((r) => r.action === "forloeb.undoBenefitChange");
    expect(audited).toMatchObject({
      citizenId: a.kontanthjaelp.citizenId,
      details: {
        forloebId: a.kontanthjaelp.forloebId,
        removedForloebId: started.id,
        removed: { ydelse: "uddannelseshjaelp", start: "2025-04-01" },
        before: { end: "2025-03-31" },
        after: { end: null },
      },
    });
    const logged = (await changeRows(env.database)).slice(-2);
    expect(logged.map((c) => [c.entity, c.entityId, c.op, c.citizenId])).toEqual([
      ["forloeb", started.id, "delete", a.kontanthjaelp.citizenId],
      ["forloeb", a.kontanthjaelp.forloebId, "upsert", a.kontanthjaelp.citizenId],
    ]);
    const detail = await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId });
    expect(detail.forloeb.map((f) => f.id)).toEqual([a.kontanthjaelp.forloebId]);
  });

  it("restores an end the old forløb had before", async () => {
    const { started } = await changed("2025-06-30");
    const restored = await (
      await callerAs(env.database, env.world.a.caseworker.id)
    ).forloeb.undoBenefitChange({ forloebId: started.id, version: started.version });
    expect(restored.end).toBe("2025-06-30");
  });

  it("refuses after a day, saying when it was registered and what to do instead", async () => {
    const { started } = await changed();
    const api = await callerAs(env.database, env.world.a.caseworker.id, later(25));
    expect(await refused(api.forloeb.undoBenefitChange({ forloebId: started.id, version: started.version }))).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [
        {
          path: "forloebId",
          message: "Ydelsesskiftet blev registreret 3. marts 2025 kl. 10:00 og kan kun fortrydes inden for et døgn. Ret i stedet forløbenes datoer.",
        },
      ],
    });
    expect(await forloebOf(env.world.a.kontanthjaelp.citizenId)).toHaveLength(2);
  });

  it("refuses while something is recorded on the new forløb, saying what, and changes nothing", async () => {
    const { a } = env.world;
    const { api, started } = await changed();
    await api.meeting.plan({ forloebId: started.id, date: "2025-04-02", time: "10:00", kind: "individuel" });
    await api.meeting.plan({ forloebId: started.id, date: "2025-04-03", time: "10:00", kind: "individuel" });
    await api.forloeb.addPause({ forloebId: started.id, from: "2025-04-10", to: "2025-04-11" });
    const current = (await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).forloeb.find((f) => f.id === started.id)!;
    const changesBefore = (await changeRows(env.database)).length;
    expect(await refused(api.forloeb.undoBenefitChange({ forloebId: started.id, version: current.version }))).toEqual({
      code: "CONFLICT",
      fieldErrors: [
        {
          path: "forloebId",
          message:
            "Ydelsesskiftet kan ikke fortrydes, fordi der er registreret 2 samtaler og 1 pause på det nye forløb. Fjern dem først, eller ret i stedet forløbenes datoer.",
        },
      ],
    });
    expect(await forloebOf(a.kontanthjaelp.citizenId)).toEqual([
      ["kontanthjaelp", "2025-02-03", "2025-03-31"],
      ["uddannelseshjaelp", "2025-04-01", null],
    ]);
    expect(await changeRows(env.database)).toHaveLength(changesBefore);
  });

  it("refuses a stale version, a forløb no ydelsesskift began, and one whose old forløb was edited since", async () => {
    const { a } = env.world;
    const { api, started, ended } = await changed();
    expect((await refused(api.forloeb.undoBenefitChange({ forloebId: started.id, version: started.version + 1 }))).code).toBe("CONFLICT");
    expect(await refused(api.forloeb.undoBenefitChange({ forloebId: a.dagpenge.forloebId, version: 1 }))).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [{ path: "forloebId", message: "Forløbet blev ikke oprettet ved et ydelsesskift; ret i stedet forløbets datoer" }],
    });
    await api.forloeb.update({ forloebId: ended.id, version: ended.version, end: "2025-03-30" });
    expect(await refused(api.forloeb.undoBenefitChange({ forloebId: started.id, version: started.version }))).toEqual({
      code: "CONFLICT",
      fieldErrors: [{ path: "forloebId", message: "Det tidligere forløbs slutdato er ændret efter ydelsesskiftet; ret i stedet forløbenes datoer" }],
    });
  });
});
