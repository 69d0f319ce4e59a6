import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

describe.each(DATABASE_KINDS)("compliance.summary on %s", (kind) => {
  const env = useWorld(kind);

  it("counts met on time, missed and open per team and target group for the kommune", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.admin.id);
    const planned = await (
      await callerAs(env.database, a.caseworker.id)
    ).meeting.plan({
      forloebId: a.kontanthjaelp.forloebId,
      date: "2025-03-03",
      time: "08:00",
      kind: "individuel",
    });
    await (await callerAs(env.database, a.caseworker.id)).meeting.record({ meetingId: planned.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
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
    expect(summary.byTargetGroup).toEqual([
      { targetGroup: "dagpenge", targetGroupLabel: "Dagpengemodtagere", metOnTime: 0, missed: 0, open: 4 },
      { targetGroup: "kontanthjaelp-jobparat", targetGroupLabel: "Kontanthjælpsmodtagere, jobparate", metOnTime: 1, missed: 1, open: 1 },
    ]);
    expect(summary.byCaseworker).toEqual([
      { caseworkerId: a.caseworker.id, caseworkerName: "sagsbehandler a", teamName: "Team A", metOnTime: 1, missed: 1, open: 5 },
    ]);
    expect(summary.totals).toEqual({ metOnTime: 1, missed: 1, open: 5 });
    expect(await auditRows(env.database)).toContainEqual(expect.objectContaining({ action: "compliance.summary", citizenId: null, userId: a.admin.id }));
  });

  it("counts per caseworker as each citizen's own obligations add up, citizens without a caseworker last", async () => {
    const { a } = env.world;
    const db = env.database.db;
    const [colleague] = await db
      .insert(tables.users)
      .values({ organisationId: a.jobcentre.id, teamId: null, role: "sagsbehandler", email: "kollega@example.dk", name: "Bente Kollega", passwordHash: "x" })
      .returning();
    const [hers] = await db
      .insert(tables.citizens)
      .values({ kommunekode: "101", cpr: "0505800001", name: "Hans Hendes", caseworkerId: colleague!.id })
      .returning();
    await db.insert(tables.forloeb).values({ citizenId: hers!.id, ydelse: "sygedagpenge", forventetFravaerOver8Uger: true, start: "2024-11-04" });
    const [nobodys] = await db.insert(tables.citizens).values({ kommunekode: "101", cpr: "0606800002", name: "Ingen Ejer" }).returning();
    await db.insert(tables.forloeb).values({ citizenId: nobodys!.id, ydelse: "kontanthjaelp", visitation: "aktivitetsparat", start: "2024-09-02" });

    const admin = await callerAs(env.database, a.admin.id);
    // What each citizen's own page says, counted the way the overview counts.
    async function countsOf(citizenIds: string[]) {
      const counts = { metOnTime: 0, missed: 0, open: 0 };
      for (const citizenId of citizenIds) {
        for (const o of (await admin.citizen.get({ citizenId })).evaluation.obligations) {
          if (o.status === "met") counts.metOnTime++;
          else if (o.status === "missed") counts.missed++;
          else if (o.status === "open" || o.status === "upcoming") counts.open++;
        }
      }
      return counts;
    }
    const summary = await admin.compliance.summary({});
    expect(summary.byCaseworker).toEqual([
      { caseworkerId: colleague!.id, caseworkerName: "Bente Kollega", teamName: "Uden team", ...(await countsOf([hers!.id])) },
      {
        caseworkerId: a.caseworker.id,
        caseworkerName: "sagsbehandler a",
        teamName: "Team A",
        ...(await countsOf([a.dagpenge.citizenId, a.kontanthjaelp.citizenId])),
      },
      { caseworkerId: null, caseworkerName: "Uden sagsbehandler", teamName: "Uden team", ...(await countsOf([nobodys!.id])) },
    ]);
    // Every breakdown covers the same obligations.
    const sum = (rows: { metOnTime: number; missed: number; open: number }[]) =>
      rows.reduce((t, r) => ({ metOnTime: t.metOnTime + r.metOnTime, missed: t.missed + r.missed, open: t.open + r.open }), {
        metOnTime: 0,
        missed: 0,
        open: 0,
      });
    expect(sum(summary.byCaseworker)).toEqual(summary.totals);
    expect(sum(summary.byTargetGroup)).toEqual(summary.totals);
    expect(sum(summary.rows)).toEqual(summary.totals);
    expect(summary.byTargetGroup.map((g) => g.targetGroup)).toEqual(["dagpenge", "kontanthjaelp-aktivitetsparat", "kontanthjaelp-jobparat", "sygedagpenge"]);
    expect(summary.totals.missed).toBeGreaterThan(1);
  });

  it("filters by due date", async () => {
    const api = await callerAs(env.database, env.world.a.caseworker.id);
    const march = await api.compliance.summary({ dueFrom: "2025-02-01", dueTo: "2025-03-31" });
    expect(march.totals).toEqual({ metOnTime: 0, missed: 1, open: 1 });
    expect((await refusal(api.compliance.summary({ dueFrom: "2025-04-01", dueTo: "2025-03-01" }))).code).toBe("BAD_REQUEST");
  });
});
