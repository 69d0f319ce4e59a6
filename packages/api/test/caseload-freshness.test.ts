/**
 * caseload.list keeps computed summaries per kommune data version (domain/kommune-state.ts): every
 * write that changes what a caseload shows must be visible in the very next list.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import pg from "pg";
import { DATABASE_KINDS, postgresUrl } from "@kontaktplan/testing";
import { callerAs } from "./support/callers.js";
import { useWorld } from "./support/database.js";

describe.each(DATABASE_KINDS)("caseload.list after writes on %s", (kind) => {
  const env = useWorld(kind);

  const rowOf = async (citizenId: string) => {
    const page = await (await callerAs(env.database, env.world.a.caseworker.id)).caseload.list({});
    return { ruleSet: page.ruleSet, row: page.rows.find((r) => r.citizenId === citizenId)! };
  };

  it("shows a held meeting, a request, a pause and a benefit change at once", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const before = (await rowOf(a.kontanthjaelp.citizenId)).row;
    expect(before).toMatchObject({ nextDeadline: "2025-03-06", nextDeadlineRule: "requested-meeting" });

    const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" });
    await api.meeting.record({ meetingId: planned.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
    const afterMeeting = (await rowOf(a.kontanthjaelp.citizenId)).row;
    expect(afterMeeting.counts.met).toBe(before.counts.met + 1);
    expect(afterMeeting.nextDeadlineRule).not.toBe("requested-meeting");

    // A request of today is met by today's meeting: one more obligation, and it is met.
    await api.request.register({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", by: "borger" });
    const afterRequest = (await rowOf(a.kontanthjaelp.citizenId)).row;
    expect(afterRequest.counts).toEqual({ ...afterMeeting.counts, met: afterMeeting.counts.met + 1 });

    const beforePause = (await rowOf(a.dagpenge.citizenId)).row;
    await api.forloeb.addPause({ forloebId: a.dagpenge.forloebId, from: "2025-03-01", to: "2025-05-31" });
    const paused = (await rowOf(a.dagpenge.citizenId)).row;
    expect(paused.nextDeadline).not.toBe(beforePause.nextDeadline);

    await api.forloeb.changeBenefit({ forloebId: a.kontanthjaelp.forloebId, version: 1, ydelse: "revalidering", start: "2025-03-03" });
    expect((await rowOf(a.kontanthjaelp.citizenId)).row).toMatchObject({ ydelse: "revalidering" });
  });

  it("follows the kommune's and the national rule set", async () => {
    const { a, systemAdmin } = env.world;
    expect((await rowOf(a.dagpenge.citizenId)).ruleSet).toBe("forenklet");
    await (await callerAs(env.database, systemAdmin.id)).settings.setRuleSet({ ruleSet: "lab" });
    expect((await rowOf(a.dagpenge.citizenId)).ruleSet).toBe("lab");
    await (await callerAs(env.database, a.admin.id)).settings.setRuleSet({ ruleSet: "forenklet" });
    expect((await rowOf(a.dagpenge.citizenId)).ruleSet).toBe("forenklet");
  });
});

describe("caseload.list and a write committed after the list was computed, on PostgreSQL", () => {
  const env = useWorld("postgres");

  it("sees the write once it commits, however its change_log sequence number compares", async () => {
    const { a } = env.world;
    const db = new pg.Client({ connectionString: await urlOf(env.database) });
    await db.connect();
    try {
      // A write that takes a change_log number now and commits later, as a slow transaction does.
      await db.query("begin");
      await db.query(
        `insert into meetings (forloeb_id, ydelse, starts_at, date, kind, status, form)
         values ($1, 'kontanthjaelp', '2025-03-03T07:00:00Z', '2025-03-03', 'individuel', 'afholdt', 'fremmoede')`,
        [a.kontanthjaelp.forloebId],
      );
      await db.query(`insert into change_log (kommunekode, entity, entity_id, op, payload) values ($1, 'meeting', gen_random_uuid(), 'upsert', '{}')`, [
        a.jobcentre.kommunekode,
      ]);
      const during = await listMet(env.database, a.caseworker.id, a.kontanthjaelp.citizenId);
      await db.query("commit");
      const after = await listMet(env.database, a.caseworker.id, a.kontanthjaelp.citizenId);
      expect(after).toBe(during + 1);
    } finally {
      await db.end();
    }
  });
});

async function listMet(database: Parameters<typeof callerAs>[0], userId: string, citizenId: string): Promise<number> {
  const page = await (await callerAs(database, userId)).caseload.list({});
  return page.rows.find((r) => r.citizenId === citizenId)!.counts.met;
}

async function urlOf(database: Parameters<typeof callerAs>[0]): Promise<string> {
  const { rows } = (await database.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
  const url = new URL(await postgresUrl());
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}
