import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("compliance.summary on %s", (kind) => {
  const env = useWorld(kind);

  it("counts met on time, missed and open per team and target group for the kommune", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.admin.id);
    const planned = await (await callerAs(env.database, a.caseworker.id)).meeting.plan({
      forloebId: a.kontanthjaelp.forloebId,
      date: "2025-03-03",
      time: "08:00",
      kind: "individuel",
    });
    await (await callerAs(env.database, a.caseworker.id)).meeting.record({ meetingId: planned.id, form: "fremmoede", participants: [] });
    const summary = await api.compliance.summary({});
    expect(summary).toMatchObject({ asOf: "2025-03-03", ruleSet: "forenklet" });
    expect(summary.rows).toEqual([
      { teamId: a.team.id, teamName: "Team A", targetGroup: "dagpenge", targetGroupLabel: "Dagpengemodtagere", metOnTime: 0, missed: 0, open: 4 },
      {
        teamId: a.team.id,
        teamName: "Team A",
        targetGroup: "kontanthjaelp-jobparat",
        targetGroupLabel: "Kontanthjælpsmodtagere, jobparate",
        metOnTime: 1,
        missed: 1,
        open: 1,
      },
    ]);
    expect(summary.totals).toEqual({ metOnTime: 1, missed: 1, open: 5 });
    expect(await auditRows(env.database)).toContainEqual(expect.objectContaining({ action: "compliance.summary", citizenId: null, userId: a.admin.id }));
  });

  it("filters by due date", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const march = await api.compliance.summary({ dueFrom: "2025-02-01", dueTo: "2025-03-31" });
    expect(march.totals).toEqual({ metOnTime: 0, missed: 1, open: 1 });
    expect((await refusal(api.compliance.summary({ dueFrom: "2025-04-01", dueTo: "2025-03-01" }))).code).toBe("BAD_REQUEST");
  });
});
