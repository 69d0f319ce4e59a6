import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, TODAY } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("citizen.get on %s", (kind) => {
  const env = useWorld(kind);

  it("returns forløb, meetings, requests, obligations with legal basis, warnings and a plan", async () => {
    const { a } = env.world;
    const detail = await (await callerAs(env.database, a.caseworker.id)).citizen.get({ citizenId: a.kontanthjaelp.citizenId });
    expect(detail).toMatchObject({ asOf: TODAY, ruleSet: "forenklet", citizen: { id: a.kontanthjaelp.citizenId, cpr: a.kontanthjaelp.cpr } });
    expect(detail.forloeb).toEqual([
      expect.objectContaining({
        id: a.kontanthjaelp.forloebId,
        ydelse: "kontanthjaelp",
        visitation: "jobparat",
        pauses: [{ id: a.kontanthjaelp.pauseId, from: "2025-02-10", to: "2025-02-14", reason: null }],
        version: 1,
      }),
    ]);
    expect(detail.requests).toEqual([{ id: a.kontanthjaelp.requestId, forloebId: a.kontanthjaelp.forloebId, date: "2025-02-20", by: "borger" }]);
    const first = detail.evaluation.obligations.find((o) => o.rule === "first-meeting");
    expect(first).toMatchObject({ status: "missed", to: "2025-02-10", legalBasis: { ruleSet: "forenklet" } });
    expect(first?.explanation).toMatch(/\S/);
    // The pause moves the end of the first six months by its five days.
    expect(detail.evaluation.obligations.find((o) => o.rule === "four-in-six-months")?.to).toBe("2025-08-07");
    expect(detail.plan.suggestions.length).toBeGreaterThan(0);
    expect(detail.plan.suggestions.every((s) => s.date >= TODAY)).toBe(true);
  });

  it("evaluates under another rule set on request, for comparison", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const lab = await api.citizen.get({ citizenId: a.dagpenge.citizenId, ruleSet: "lab" });
    expect(lab.ruleSet).toBe("lab");
    expect(lab.evaluation.obligations.some((o) => o.rule === "monthly-first-6-months")).toBe(true);
    const inForce = await api.citizen.get({ citizenId: a.dagpenge.citizenId });
    expect(inForce.evaluation.obligations.some((o) => o.rule === "monthly-first-6-months")).toBe(false);
  });

  it("follows the rule set in force for the kommune", async () => {
    const { a, b } = env.world;
    await (await callerAs(env.database, a.admin.id)).settings.setRuleSet({ ruleSet: "lab" });
    expect((await (await callerAs(env.database, a.caseworker.id)).citizen.get({ citizenId: a.dagpenge.citizenId })).ruleSet).toBe("lab");
    // Kommune A's choice does not reach kommune B.
    expect((await (await callerAs(env.database, b.caseworker.id)).citizen.get({ citizenId: b.dagpenge.citizenId })).ruleSet).toBe("forenklet");
  });

  it("lets the system admin read any citizen, and audits every read", async () => {
    const { a, systemAdmin } = env.world;
    await (await callerAs(env.database, systemAdmin.id)).citizen.get({ citizenId: a.dagpenge.citizenId });
    expect(await auditRows(env.database)).toEqual([
      expect.objectContaining({ userId: systemAdmin.id, action: "citizen.get", citizenId: a.dagpenge.citizenId }),
    ]);
  });

  it("answers NOT_FOUND for another kommune's citizen and for ids that do not exist, FORBIDDEN for a-kasse staff", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const foreign = await refusal(api.citizen.get({ citizenId: b.dagpenge.citizenId }));
    const missing = await refusal(api.citizen.get({ citizenId: "00000000-0000-4000-8000-000000000000" }));
    expect(foreign.code).toBe("NOT_FOUND");
    expect(missing.code).toBe("NOT_FOUND");
    expect(foreign.message).toBe(missing.message);
    const akasse = await refusal((await callerAs(env.database, a.akasseStaff.id)).citizen.get({ citizenId: a.dagpenge.citizenId }));
    expect(akasse.code).toBe("FORBIDDEN");
    // Nothing was read; each refusal leaves a trace that names no citizen.
    const rows = await auditRows(env.database);
    expect(rows.map((r) => [r.action, r.citizenId])).toEqual([
      ["refused", null],
      ["refused", null],
      ["refused", null],
    ]);
  });
});
