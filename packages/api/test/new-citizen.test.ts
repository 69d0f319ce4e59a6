/**
 * Starting and correcting records: a new citizen with the first forløb (both or neither), a new
 * forløb after one has ended, a forløb's dates corrected (the overlap rule on the field, audited
 * before and after), and a new citizen reaching the desktops before its forløb.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

const OVERLAP = "Forløbet overlapper et andet forløb for samme borger; et forløb skal starte efter det forriges slutdato";

describe.each(DATABASE_KINDS)("new citizens and forløb on %s", (kind) => {
  const env = useWorld(kind);
  const caseworker = () => callerAs(env.database, env.world.a.caseworker.id);

  async function refused(call: Promise<unknown>) {
    const error = await refusal(call);
    return { code: error.code, fieldErrors: shapeOf(error).data.fieldErrors };
  }

  const citizensNamed = (name: string) => env.database.db.select().from(tables.citizens).where(eq(tables.citizens.name, name));

  it("creates a citizen with the first forløb together, audited and logged without the CPR number", async () => {
    const api = await caseworker();
    const citizen = await api.citizen.create({
      name: "Nanna Ny",
      cpr: "150390-1234",
      forloeb: { ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-03-03" },
    });
    const detail = await api.citizen.get({ citizenId: citizen.id });
    expect(detail.forloeb).toEqual([expect.objectContaining({ ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-03-03", end: null, version: 1 })]);
    expect(detail.evaluation.obligations.some((o) => o.rule === "first-meeting" && o.status === "open")).toBe(true);
    const audited = (await auditRows(env.database)).filter((r) => r.citizenId === citizen.id && r.action !== "citizen.get").map((r) => r.action);
    expect(audited).toEqual(["citizen.create", "forloeb.create"]);
    const logged = (await changeRows(env.database)).filter((c) => c.citizenId === citizen.id);
    expect(logged.map((c) => [c.entity, c.op])).toEqual([
      ["citizen", "upsert"],
      ["forloeb", "upsert"],
    ]);
    expect(JSON.stringify(logged)).not.toContain("1503901234");
  });

  it("creates neither when the first forløb is refused, and says which of its fields is wrong", async () => {
    const api = await caseworker();
    const noVisitation = await refused(
      api.citizen.create({ name: "Viggo Visitation", cpr: "150390-1235", forloeb: { ydelse: "kontanthjaelp", start: "2025-03-03" } }),
    );
    expect(noVisitation.fieldErrors).toEqual([
      { path: "forloeb.visitation", message: "Visitationskategori mangler; for kontanthjælp skal den være en af: jobparat, aktivitetsparat" },
    ]);
    expect(await citizensNamed("Viggo Visitation")).toEqual([]);
    const badCpr = await refused(api.citizen.create({ name: "Viggo Visitation", cpr: "310290-1234" }));
    expect(badCpr.fieldErrors).toEqual([
      { path: "cpr", message: "CPR-nummerets første seks cifre skal være borgerens fødselsdato (ddmmåå), og den dato findes ikke" },
    ]);
  });

  it("lists the a-kasser a new citizen can be a member of", async () => {
    expect((await (await caseworker()).citizen.akasser()).map((a) => a.name)).toEqual(["A-kasse A", "A-kasse B"]);
  });

  it("creates a new forløb after an ended one, and refuses one that overlaps, on the start field", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const ended = await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2025-02-28" });
    expect(ended.end).toBe("2025-02-28");
    expect(
      await refused(
        api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "sygedagpenge", forventetFravaerOver8Uger: false, start: "2025-02-28" }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [{ path: "start", message: OVERLAP }],
    });
    const next = await api.forloeb.create({
      citizenId: a.kontanthjaelp.citizenId,
      ydelse: "sygedagpenge",
      forventetFravaerOver8Uger: false,
      start: "2025-03-01",
    });
    expect(next).toMatchObject({ ydelse: "sygedagpenge", start: "2025-03-01", end: null });
  });

  it("corrects a forløb's dates with the overlap rule on the field that moved, audited with before and after", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const { ended, started } = await api.forloeb.changeBenefit({ forloebId: a.kontanthjaelp.forloebId, version: 1, ydelse: "fleksjob", start: "2025-04-01" });
    expect((await refused(api.forloeb.update({ forloebId: ended.id, version: ended.version, end: "2025-04-01" }))).fieldErrors).toEqual([
      { path: "end", message: OVERLAP },
    ]);
    expect((await refused(api.forloeb.update({ forloebId: started.id, version: started.version, start: "2025-03-31" }))).fieldErrors).toEqual([
      { path: "start", message: OVERLAP },
    ]);
    // Later: the new forløb starts a week later, then the old one runs until the day before.
    const moved = await api.forloeb.update({ forloebId: started.id, version: started.version, start: "2025-04-08" });
    const extended = await api.forloeb.update({ forloebId: ended.id, version: ended.version, end: "2025-04-07" });
    expect([moved.start, extended.end]).toEqual(["2025-04-08", "2025-04-07"]);
    const audited = (await auditRows(env.database)).filter((r) => r.action === "forloeb.update").map((r) => r.details);
    expect(audited).toEqual([
      { forloebId: started.id, fields: ["start"], before: { start: "2025-04-01" }, after: { start: "2025-04-08" } },
      { forloebId: ended.id, fields: ["end"], before: { end: "2025-03-31" }, after: { end: "2025-04-07" } },
    ]);
    expect((await refused(api.forloeb.update({ forloebId: ended.id, version: ended.version, end: null }))).code).toBe("CONFLICT");
  });

  it("brings a new citizen to the desktops' pull before the citizen's forløb", async () => {
    const api = await caseworker();
    const start = (await api.sync.snapshot({ scope: "mine" })).seq;
    const citizen = await api.citizen.create({ name: "Dorthe Desktop", cpr: "150390-1236", forloeb: { ydelse: "fleksjob", start: "2025-03-03" } });
    const page = await api.sync.pull({ scope: "mine", since: start });
    expect(page.changes.map((c) => [c.record.entity, c.record.id])).toEqual([
      ["citizen", citizen.id],
      ["forloeb", expect.any(String)],
    ]);
    expect(page.changes[0]!.record.record).toMatchObject({ name: "Dorthe Desktop", cpr: "1503901236", caseworkerId: env.world.a.caseworker.id });
    // Not in another caseworker's own caseload.
    const colleague = await callerAs(env.database, env.world.a.admin.id);
    expect((await colleague.sync.pull({ scope: "mine", since: start })).changes).toEqual([]);
  });
});
