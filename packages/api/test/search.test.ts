import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("searching the lists on %s", (kind) => {
  const env = useWorld(kind);

  it("finds the caseworker's citizens by name words, full CPR or birth date, in any common spelling", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const ids = async (search: string) => (await api.caseload.list({ search })).rows.map((r) => r.citizenId).sort();
    const both = [a.dagpenge.citizenId, a.kontanthjaelp.citizenId].sort();
    expect(await ids("dagmar")).toEqual([a.dagpenge.citizenId]);
    expect(await ids("  KARL  kontanthjælp ")).toEqual([a.kontanthjaelp.citizenId]);
    expect(await ids("karl dagpenge")).toEqual([]);
    expect(await ids(a.kontanthjaelp.cpr)).toEqual([a.kontanthjaelp.citizenId]);
    expect(await ids(`${a.dagpenge.cpr.slice(0, 6)}-${a.dagpenge.cpr.slice(6)}`)).toEqual([a.dagpenge.citizenId]);
    expect(await ids("010190")).toEqual(both);
    expect(await ids("01-01-90")).toEqual(both);
    expect(await ids("01.01.1990")).toEqual(both);
    expect(await ids("020280")).toEqual([]);
  });

  it("never reaches another kommune's citizens, by name or CPR, even for the whole kommune", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.admin.id);
    expect((await api.caseload.list({ scope: "kommune", search: "Dagmar" })).rows.map((r) => r.citizenId)).toEqual([a.dagpenge.citizenId]);
    expect((await api.caseload.list({ scope: "kommune", search: b.dagpenge.cpr })).total).toBe(0);
    expect((await api.caseload.list({ scope: "kommune", search: "Dagpenge b" })).total).toBe(0);
  });

  it("lets an a-kasse find only its own members on its worklist", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.akasseStaff.id);
    const all = await api.joint.due();
    expect(all.rows.length).toBeGreaterThan(0);
    expect((await api.joint.due({ search: "dagmar" })).rows).toEqual(all.rows);
    expect((await api.joint.due({ search: a.dagpenge.cpr.slice(0, 6) })).rows).toEqual(all.rows);
    // Karl is a's citizen but on kontanthjælp, not the a-kasse's member; side B's Dagmar belongs to another a-kasse.
    expect((await api.joint.due({ search: "Karl" })).rows).toEqual([]);
    expect((await api.joint.due({ search: b.dagpenge.cpr })).rows).toEqual([]);
    expect((await api.joint.due({ search: "Dagpenge b" })).rows).toEqual([]);
    const other = await callerAs(env.database, b.akasseStaff.id);
    expect((await other.joint.due({ search: a.dagpenge.cpr })).rows).toEqual([]);
  });

  it("audits each search, also one that finds no one, without the CPR number", async () => {
    const { a, b } = env.world;
    await (await callerAs(env.database, a.caseworker.id)).caseload.list({ search: a.dagpenge.cpr });
    await (await callerAs(env.database, a.caseworker.id)).caseload.list({ search: b.dagpenge.cpr });
    await (await callerAs(env.database, a.akasseStaff.id)).joint.due({ search: "Dagmar" });
    const rows = await auditRows(env.database);
    expect(rows.map((r) => [r.action, r.citizenId, r.details])).toEqual([
      ["caseload.list", a.dagpenge.citizenId, { page: 1, search: "cpr" }],
      ["caseload.list", null, { page: 1, search: "cpr" }],
      ["joint.due", a.dagpenge.citizenId, { search: "name" }],
    ]);
    const stored = JSON.stringify(rows);
    for (const cpr of [a.dagpenge.cpr, b.dagpenge.cpr]) expect(stored).not.toContain(cpr.slice(0, 6));
  });

  it("refuses an overlong search with a Danish field error", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const error = await refusal(api.caseload.list({ search: "x".repeat(61) }));
    expect(shapeOf(error).data.fieldErrors).toEqual([{ path: "search", message: "Søgningen må højst være 60 tegn" }]);
    const akasse = await callerAs(env.database, env.world.a.akasseStaff.id);
    expect(shapeOf(await refusal(akasse.joint.due({ search: "x".repeat(61) }))).data.fieldErrors.map((e) => e.path)).toEqual(["search"]);
  });
});

describe.each(DATABASE_KINDS)("the caseload as a worklist on %s", (kind) => {
  const env = useWorld(kind);

  it("puts overdue citizens first by default, then sorts by any column either way and filters what is still to do", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const urgent = await api.caseload.list({});
    // Karl missed his first meeting (due 10 February); Dagmar has nothing overdue.
    expect(urgent.rows.map((r) => [r.citizenId, r.overdueSince])).toEqual([
      [a.kontanthjaelp.citizenId, "2025-02-10"],
      [a.dagpenge.citizenId, null],
    ]);
    const byMissed = await api.caseload.list({ sort: "missed", direction: "asc" });
    expect(byMissed.rows.map((r) => r.citizenId)).toEqual([a.dagpenge.citizenId, a.kontanthjaelp.citizenId]);
    const byNameDesc = await api.caseload.list({ sort: "name", direction: "desc" });
    expect(byNameDesc.rows.map((r) => r.name)).toEqual(["Karl Kontanthjælp a", "Dagmar Dagpenge a"]);
    const pending = await api.caseload.list({ status: "pending" });
    expect(pending.total).toBe(2);
  });

  it("filters the kommune's caseload by caseworker, and by citizens without one", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.admin.id);
    expect((await api.caseload.list({ scope: "kommune", caseworker: a.caseworker.id })).total).toBe(2);
    expect((await api.caseload.list({ scope: "kommune", caseworker: "none" })).total).toBe(0);
    expect(shapeOf(await refusal(api.caseload.list({ caseworker: "someone" }))).data.fieldErrors.map((e) => e.path)).toEqual(["caseworker"]);
  });
});
