import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";

/** RULES.md §8 through the API: the default `gaeldende` picks each forløb's regime by its start. */
describe.each(DATABASE_KINDS)("rules through time on %s", (kind) => {
  const env = useWorld(kind, { nationalRuleSet: null });
  const caseworker = () => callerAs(env.database, env.world.a.caseworker.id);

  it("computes a 2023, a 2025 and a 2026 forløb of one citizen under their own regimes", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const old = await api.forloeb.create({
      citizenId: a.kontanthjaelp.citizenId,
      ydelse: "kontanthjaelp",
      visitation: "jobparat",
      start: "2023-03-01",
      end: "2023-12-31",
    });
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2026-08-31" });
    const next = await api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "kontanthjaelp", visitation: "jobparat", start: "2026-09-01" });
    const detail = await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId });
    expect(detail.ruleSet).toBe("gaeldende");
    const regimeOf = (forloebId: string) => new Set(detail.evaluation.obligations.filter((o) => o.forloebId === forloebId).map((o) => o.ruleSet));
    expect(regimeOf(old.id)).toEqual(new Set(["lab2020"]));
    expect(regimeOf(a.kontanthjaelp.forloebId)).toEqual(new Set(["lab2024"]));
    expect(regimeOf(next.id)).toEqual(new Set(["lab2026"]));
    const provisional = detail.evaluation.obligations.filter((o) => o.forloebId === next.id);
    expect(provisional.every((o) => o.legalBasis.provisional === true && o.legalBasis.ruleSet === "lab2026")).toBe(true);
    expect(detail.evaluation.obligations.find((o) => o.forloebId === old.id && o.rule === "four-in-six-months")?.legalBasis.source).toBe("LAB § 31, stk. 1");
  });

  it("stores the new flags, returns them, and the 2026 exemption removes only the minimum count", async () => {
    const { a } = env.world;
    const api = await caseworker();
    await api.forloeb.update({ forloebId: a.kontanthjaelp.forloebId, version: 1, end: "2026-08-31" });
    const next = await api.forloeb.create({ citizenId: a.kontanthjaelp.citizenId, ydelse: "kontanthjaelp", visitation: "jobparat", start: "2026-09-01" });
    expect(next).toMatchObject({ undtaget: false, visiteretTilJobcenter: false, faellessamtaleInden3Mdr: false });
    const flagged = await api.forloeb.setFlags({ forloebId: next.id, version: next.version, undtaget: true });
    expect(flagged).toMatchObject({ undtaget: true, version: next.version + 1 });
    const rules = (await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).evaluation.obligations
      .filter((o) => o.forloebId === next.id)
      .map((o) => o.rule);
    expect(rules).toEqual(["first-meeting"]);
  });

  it("gives a dagpenge forløb of 2025 the a-kasse's first meetings, or six jobcentre meetings when visited to the jobcentre", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const before = await api.citizen.get({ citizenId: a.dagpenge.citizenId });
    const own = before.evaluation.obligations.filter((o) => o.forloebId === a.dagpenge.forloebId);
    expect(own.find((o) => o.rule === "akasse-first-meeting")).toMatchObject({
      ruleSet: "lab2024",
      kinds: ["akasse", "cv"],
      from: "2025-01-06",
      to: "2025-01-20",
    });
    expect(before.plan.suggestions.filter((s) => s.holder === "jobcenter").every((s) => s.kind !== "akasse")).toBe(true);
    const record = before.forloeb.find((f) => f.id === a.dagpenge.forloebId)!;
    await api.forloeb.setFlags({ forloebId: record.id, version: record.version, visiteretTilJobcenter: true });
    const after = (await api.citizen.get({ citizenId: a.dagpenge.citizenId })).evaluation.obligations.filter((o) => o.forloebId === a.dagpenge.forloebId);
    expect(after.map((o) => o.rule).sort()).toEqual(["joint-by-16-months", "six-in-six-months"]);
  });

  it("refuses a flag that is not a yes/no with a field error", async () => {
    const { a } = env.world;
    const api = await caseworker();
    const refused = await refusal(api.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: 1, undtaget: "ja" as unknown as boolean }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(shapeOf(refused).data.fieldErrors[0]?.path).toBe("undtaget");
  });
});
