import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf, TODAY } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("caseload.list on %s", (kind) => {
  const env = useWorld(kind);

  it("lists the caseworker's own citizens by next deadline, computed by the engine as of today", async () => {
    const { a } = env.world;
    const page = await (await callerAs(env.database, a.caseworker.id)).caseload.list({});
    expect(page).toMatchObject({ asOf: TODAY, ruleSet: "forenklet", total: 2, page: 1, pageSize: 25 });
    // Kontanthjælp: the request of 20 February must be met within 14 days; the first meeting (by 10 February) was missed.
    expect(page.rows[0]).toMatchObject({
      citizenId: a.kontanthjaelp.citizenId,
      ydelse: "kontanthjaelp",
      targetGroup: "kontanthjaelp-jobparat",
      targetGroupLabel: "Kontanthjælpsmodtagere, jobparate",
      nextDeadline: "2025-03-06",
      nextDeadlineRule: "requested-meeting",
      counts: { met: 0, missed: 1, open: 2, upcoming: 0, lapsed: 0 },
    });
    // Dagpenge from 6 January: the first fællessamtale is due by the end of month 3.
    expect(page.rows[1]).toMatchObject({
      citizenId: a.dagpenge.citizenId,
      targetGroup: "dagpenge",
      nextDeadline: "2025-04-05",
      nextDeadlineRule: "joint-by-3-months",
    });
  });

  it("filters by obligation status and target group, sorts by name and pages", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const missed = await api.caseload.list({ status: "missed" });
    expect(missed.rows.map((r) => r.citizenId)).toEqual([env.world.a.kontanthjaelp.citizenId]);
    const dagpenge = await api.caseload.list({ targetGroup: "dagpenge" });
    expect(dagpenge.rows.map((r) => r.citizenId)).toEqual([env.world.a.dagpenge.citizenId]);
    const byName = await api.caseload.list({ sort: "name" });
    expect(byName.rows.map((r) => r.name)).toEqual(["Dagmar Dagpenge a", "Karl Kontanthjælp a"]);
    const second = await api.caseload.list({ sort: "name", page: 2, pageSize: 1 });
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.rows.map((r) => r.name)).toEqual(["Karl Kontanthjælp a"]);
  });

  it("shows the whole kommune on request, and never another kommune's citizens", async () => {
    const { a, b } = env.world;
    const mine = await (await callerAs(env.database, a.admin.id)).caseload.list({});
    expect(mine.total).toBe(0);
    const kommune = await (await callerAs(env.database, a.admin.id)).caseload.list({ scope: "kommune" });
    expect(kommune.rows.map((r) => r.citizenId).sort()).toEqual([a.dagpenge.citizenId, a.kontanthjaelp.citizenId].sort());
    const other = await (await callerAs(env.database, b.caseworker.id)).caseload.list({ scope: "kommune" });
    expect(other.rows.map((r) => r.citizenId)).not.toContain(a.dagpenge.citizenId);
  });

  it("refuses unknown target groups and bad paging with field errors", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const unknown = await refusal(api.caseload.list({ targetGroup: "pensionister" } as never));
    expect(shapeOf(unknown).data.fieldErrors).toEqual([{ path: "targetGroup", message: 'Ukendt målgruppe "pensionister"' }]);
    const paging = await refusal(api.caseload.list({ page: 0, pageSize: 1000 }));
    expect(paging.code).toBe("BAD_REQUEST");
    expect(shapeOf(paging).data.fieldErrors.map((e) => e.path)).toEqual(["page", "pageSize"]);
  });

  it("is for jobcentre staff only", async () => {
    const { a, systemAdmin } = env.world;
    for (const userId of [a.akasseStaff.id, systemAdmin.id]) {
      expect((await refusal((await callerAs(env.database, userId)).caseload.list({}))).code).toBe("FORBIDDEN");
    }
  });

  it("audits every citizen on the returned page", async () => {
    const { a } = env.world;
    await (await callerAs(env.database, a.caseworker.id)).caseload.list({ pageSize: 1 });
    const rows = await auditRows(env.database);
    expect(rows).toEqual([expect.objectContaining({ userId: a.caseworker.id, action: "caseload.list", citizenId: a.kontanthjaelp.citizenId })]);
  });
});
