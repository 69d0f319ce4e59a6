import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { compare } from "@kontaktplan/rules";
import type { Forloeb } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf, TODAY } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

/** The engine's comparison of exactly these forløb, called directly. */
function compareDirectly(forloeb: Forloeb[]) {
  const result = compare({ ruleSet: "forenklet", asOf: TODAY, forloeb, samtaler: [], anmodninger: [] });
  if ("errors" in result) throw new Error(JSON.stringify(result.errors));
  return result.byTargetGroup;
}

describe.each(DATABASE_KINDS)("compare.caseload on %s", (kind) => {
  const env = useWorld(kind);

  it("sums compare() over the caseload's current forløb, per target group and period, under lab and forenklet", async () => {
    const { a } = env.world;
    const db = env.database.db;
    // A citizen of a colleague's who moved from dagpenge to sygedagpenge: only the running forløb counts.
    const [colleague] = await db
      .insert(tables.users)
      .values({
        organisationId: a.jobcentre.id,
        teamId: a.team.id,
        role: "sagsbehandler",
        email: "kollega@example.dk",
        name: "Bente Kollega",
        passwordHash: "x",
      })
      .returning();
    const [moved] = await db
      .insert(tables.citizens)
      .values({ kommunekode: "101", cpr: "0505800001", name: "Hans Skift", caseworkerId: colleague!.id })
      .returning();
    await db.insert(tables.forloeb).values({ citizenId: moved!.id, ydelse: "dagpenge", start: "2024-01-08", end: "2024-06-30" });
    const [sick] = await db
      .insert(tables.forloeb)
      .values({ citizenId: moved!.id, ydelse: "sygedagpenge", forventetFravaerOver8Uger: true, start: "2024-07-01" })
      .returning();

    const dagpenge: Forloeb = { id: a.dagpenge.forloebId, borgerId: a.dagpenge.citizenId, ydelse: "dagpenge", start: "2025-01-06" };
    const kontanthjaelp: Forloeb = {
      id: a.kontanthjaelp.forloebId,
      borgerId: a.kontanthjaelp.citizenId,
      ydelse: "kontanthjaelp",
      visitation: "jobparat",
      start: "2025-02-03",
      pauses: [{ from: "2025-02-10", to: "2025-02-14" }],
    };
    const sygedagpenge: Forloeb = { id: sick!.id, borgerId: moved!.id, ydelse: "sygedagpenge", forventetFravaerOver8Uger: true, start: "2024-07-01" };

    const kommune = await (await callerAs(env.database, a.admin.id)).compare.caseload({ scope: "kommune" });
    expect(kommune).toMatchObject({ asOf: TODAY, ruleSet: "forenklet", ruleSets: ["lab", "forenklet", "lab2020", "lab2024", "lab2026"], forloeb: 3 });
    expect(kommune.byTargetGroup).toEqual(compareDirectly([dagpenge, kontanthjaelp, sygedagpenge]));
    expect(kommune.byTargetGroup.map((g) => [g.targetGroup, g.forloeb])).toEqual([
      ["dagpenge", 1],
      ["kontanthjaelp-jobparat", 1],
      ["sygedagpenge", 1],
    ]);
    // The two rule sets really differ somewhere, so the page has something to compare.
    expect(kommune.byTargetGroup.some((g) => JSON.stringify(g.minimum.lab) !== JSON.stringify(g.minimum.forenklet))).toBe(true);

    const mine = await (await callerAs(env.database, a.caseworker.id)).compare.caseload({ scope: "mine" });
    expect(mine.forloeb).toBe(2);
    expect(mine.byTargetGroup).toEqual(compareDirectly([dagpenge, kontanthjaelp]));

    expect(await auditRows(env.database)).toContainEqual(expect.objectContaining({ action: "compare.caseload", citizenId: null, userId: a.admin.id }));
  });

  it("answers an empty caseload with no groups, and refuses an unknown scope with a field error", async () => {
    const admin = await callerAs(env.database, env.world.a.admin.id);
    expect(await admin.compare.caseload({})).toMatchObject({ forloeb: 0, byTargetGroup: [] });
    const refused = await refusal(admin.compare.caseload({ scope: "alle" as "mine" }));
    expect(shapeOf(refused).data.fieldErrors.map((e) => e.path)).toEqual(["scope"]);
  });
});
