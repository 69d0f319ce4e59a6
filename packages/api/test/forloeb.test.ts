import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

const OVERLAP = "Forløbet overlapper et andet forløb for samme borger; et forløb skal starte efter det forriges slutdato";

describe.each(DATABASE_KINDS)("forløb procedures on %s", (kind) => {
  const env = useWorld(kind);
  const caseworker = () => callerAs(env.database, env.world.a.caseworker.id);

  it("creates a forløb; a dagpenge forløb carries the member's a-kasse", async () => {
    const { a } = env.world;
    const api = await caseworker();
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2025-02-28" });
    const created = await api.forloeb.create({
      citizenId: a.kontanthjaelp.citizenId,
      ydelse: "sygedagpenge",
      start: "2025-03-01",
      forventetFravaerOver8Uger: true,
    });
    expect(created).toMatchObject({
      borgerId: a.kontanthjaelp.citizenId,
      ydelse: "sygedagpenge",
      start: "2025-03-01",
      end: null,
      akasseId: null,
      version: 1,
      pauses: [],
    });
    const detail = await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId });
    expect(detail.evaluation.obligations.some((o) => o.forloebId === created.id && o.rule === "first-meeting")).toBe(true);
    await api.forloeb.update({ forloebId: a.dagpenge.forloebId, version: 1, end: "2025-03-31" });
    const dagpenge = await api.forloeb.create({ citizenId: a.dagpenge.citizenId, ydelse: "dagpenge", start: "2025-06-01" });
    expect(dagpenge.akasseId).toBe(a.akasse.id);
  });

  it("applies the schema's cross-field rules, with field paths and Danish messages", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const noVisitation = await refusal(api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "kontanthjaelp", start: "2026-01-01" }));
    expect(shapeOf(noVisitation).data.fieldErrors).toEqual([
      { path: "visitation", message: "Visitationskategori mangler; for kontanthjælp skal den være en af: jobparat, aktivitetsparat" },
    ]);
    const backwards = await refusal(api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "fleksjob", start: "2026-01-01", end: "2025-12-31" }));
    expect(shapeOf(backwards).data.fieldErrors).toEqual([{ path: "end", message: "Forløbets slutdato ligger før dets startdato" }]);
    const update = await refusal(api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, visitation: "uddannelsesparat" }));
    expect(shapeOf(update).data.fieldErrors[0]?.path).toBe("visitation");
  });

  it("maps the database's no-overlap constraint to a field error", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const overlap = await refusal(api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "fleksjob", start: "2025-06-01" }));
    expect(overlap.code).toBe("BAD_REQUEST");
    expect(shapeOf(overlap).data.fieldErrors).toEqual([{ path: "start", message: OVERLAP }]);
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2025-05-31" });
    await api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "fleksjob", start: "2025-06-01" });
    const longer = await refusal(api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 2, end: "2025-06-01" }));
    expect(shapeOf(longer).data.fieldErrors).toEqual([{ path: "end", message: OVERLAP }]);
  });

  it("refuses an update based on a stale version", async () => {
    const { a } = env.world;
    const api = await caseworker();
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2025-12-31" });
    const stale = await refusal(api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: null }));
    expect(stale.code).toBe("CONFLICT");
    const cleared = await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 2, end: null });
    expect(cleared).toMatchObject({ end: null, version: 3, visitation: "jobparat" });
  });

  it("changes benefit: ends the current forløb the day before and starts the next", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const { ended, started } = await api.forloeb.changeBenefit({
      forloebId: a.kontanthjaelp.forloebId,
      version: 1,
      ydelse: "uddannelseshjaelp",
      visitation: "aktivitetsparat",
      start: "2025-04-01",
    });
    expect(ended).toMatchObject({ id: a.kontanthjaelp.forloebId, ydelse: "kontanthjaelp", end: "2025-03-31", version: 2 });
    expect(started).toMatchObject({ ydelse: "uddannelseshjaelp", start: "2025-04-01", end: null, borgerId: a.kontanthjaelp.citizenId });
    const actions = (await auditRows(env.database)).map((r) => r.action);
    expect(actions).toEqual(["forloeb.changeBenefit", "forloeb.changeBenefit"]);
  });

  it("changes benefit atomically: when the new forløb cannot be inserted, the current one is left as it was", async () => {
    const { a } = env.world;
    const api = await caseworker();
    // A later forløb already exists, so a new one from 1 April (open-ended) would overlap it.
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2025-08-31" });
    await api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "fleksjob", start: "2025-09-01" });
    const before = await env.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, a.kontanthjaelp.forloebId));
    const auditBefore = (await auditRows(env.database)).length;
    const changesBefore = (await changeRows(env.database)).length;

    const error = await refusal(api.forloeb.changeBenefit({ forloebId: a.kontanthjaelp.forloebId, version: 2, ydelse: "revalidering", start: "2025-04-01" }));
    expect(shapeOf(error).data.fieldErrors).toEqual([{ path: "start", message: OVERLAP }]);
    const after = await env.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, a.kontanthjaelp.forloebId));
    expect(after).toEqual(before);
    expect(after[0]).toMatchObject({ end: "2025-08-31", version: 2 });
    expect(await env.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.ydelse, "revalidering"))).toEqual([]);
    expect(await auditRows(env.database)).toHaveLength(auditBefore);
    expect(await changeRows(env.database)).toHaveLength(changesBefore);
  });

  it("refuses a benefit change that starts before the current forløb, or after it already ended", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const early = await refusal(api.forloeb.changeBenefit({ forloebId: a.kontanthjaelp.forloebId, version: 1, ydelse: "fleksjob", start: "2025-02-03" }));
    expect(shapeOf(early).data.fieldErrors[0]).toMatchObject({ path: "start" });
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2025-03-31" });
    const late = await refusal(api.forloeb.changeBenefit({ forloebId: a.kontanthjaelp.forloebId, version: 2, ydelse: "fleksjob", start: "2025-05-01" }));
    expect(shapeOf(late).data.fieldErrors).toEqual([
      { path: "start", message: "Forløbet sluttede allerede 31. marts 2025; opret det nye forløb under «Opret nyt forløb» i stedet for et ydelsesskift" },
    ]);
  });

  it("adds and removes pauses, which move the benefit-clock deadlines", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const withPause = await api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-02-01", to: "2025-02-10" });
    expect(withPause.pauses).toEqual([expect.objectContaining({ from: "2025-02-01", to: "2025-02-10" })]);
    const joint = async () =>
      (await api.citizen.get({ citizenId: a.dagpenge.citizenId })).evaluation.obligations.find((o) => o.rule === "joint-by-3-months")?.to;
    expect(await joint()).toBe("2025-04-15");
    const backwards = await refusal(api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-02-10", to: "2025-02-01" }));
    expect(shapeOf(backwards).data.fieldErrors).toEqual([{ path: "to", message: "Pausens slutdato ligger før dens startdato" }]);
    const without = await api.forloeb.removePause({ pauseId: withPause.pauses[0]!.id });
    expect(without.pauses).toEqual([]);
    expect(await joint()).toBe("2025-04-05");
  });

  it("keeps a pause's reason, trimmed; none when left empty; refuses one too long or holding a CPR number", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const withReason = await api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-02-01", to: "2025-02-10", reason: "  Arbejde i ti dage " });
    const blank = await api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-03-01", to: "2025-03-02", reason: " " });
    expect(blank.pauses.map((p) => p.reason)).toEqual(["Arbejde i ti dage", null]);
    expect((await api.citizen.get({ citizenId: a.dagpenge.citizenId })).forloeb.at(-1)?.pauses.map((p) => p.reason)).toEqual(["Arbejde i ti dage", null]);
    expect(withReason.pauses[0]?.reason).toBe("Arbejde i ti dage");
    const long = await refusal(api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-04-01", to: "2025-04-02", reason: "x".repeat(201) }));
    expect(shapeOf(long).data.fieldErrors).toEqual([{ path: "reason", message: "Begrundelsen må højst være 200 tegn" }]);
    const cpr = await refusal(api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-04-01", to: "2025-04-02", reason: `Se ${a.dagpenge.cpr}` }));
    expect(shapeOf(cpr).data.fieldErrors).toEqual([{ path: "reason", message: "Teksten må ikke indeholde et CPR-nummer" }]);
  });

  it("sets flags, checked against the benefit's rules", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const optedOut = await api.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: 1, akasseFravalgt: true });
    expect(optedOut).toMatchObject({ akasseFravalgt: true, version: 2 });
    const cleared = await api.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: 2, akasseFravalgt: null });
    expect(cleared.akasseFravalgt).toBe(false);
    const { started } = await api.forloeb.changeBenefit({
      forloebId: a.kontanthjaelp.forloebId,
      version: 1,
      ydelse: "sygedagpenge",
      forventetFravaerOver8Uger: true,
      start: "2025-04-01",
    });
    const unknown = await refusal(api.forloeb.setFlags({ forloebId: started.id, version: 1, forventetFravaerOver8Uger: null }));
    expect(shapeOf(unknown).data.fieldErrors[0]?.path).toBe("forventetFravaerOver8Uger");
  });
});
