/**
 * Several server processes on one PostgreSQL (cluster workers, or machines behind a load
 * balancer): each keeps its own in-memory results, and a write through one must be seen at once
 * through every other. Real processes (`node dist/main.js`), real HTTP.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserClient, killServerProcesses, startServerProcess } from "@kontaktplan/test-server";
import { postgresUrl } from "@kontaktplan/testing";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAIN } from "./support/app.js";

const PASSWORD = "kontaktplan-demo";
const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";
const AKASSE = "medarbejder1@nordlys.akasse.example";

/** `node dist/main.js` with `env`, on a fixed clock, so the demo data (laid out around the first start's day) is the same on any day. */
function start(env: Record<string, string>) {
  return startServerProcess(MAIN, { env: { NODE_ENV: "test", KONTAKTPLAN_TEST_NOW: "2026-03-11T09:30:00+01:00", ...env } });
}

async function signIn(base: string, email: string) {
  const browser = browserClient(base);
  await browser.trpc.auth.login.mutate({ email, password: PASSWORD });
  return browser.trpc;
}

afterEach(killServerProcesses);

describe("two server processes on one PostgreSQL", () => {
  let url: string;
  let admin: pg.Client;
  const name = `kontaktplan_workers_${randomBytes(6).toString("hex")}`;

  beforeAll(async () => {
    const server = await postgresUrl();
    admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(server);
    u.pathname = `/${name}`;
    url = u.toString();
  });

  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("see each other's writes at once: caseload lists, compliance and the a-kasse's joint lists", async () => {
    // The first prepares the database (migrations, demo data); the second finds it ready.
    const first = start({ DATABASE_URL: url, KONTAKTPLAN_DEMO: "1", WORKERS: "1" });
    const baseA = await first.listening();
    const second = start({ DATABASE_URL: url, KONTAKTPLAN_DEMO: "1", WORKERS: "1" });
    const baseB = await second.listening();
    expect(second.output().stdout).toContain("Databasen har allerede data");

    const [a, b] = [await signIn(baseA, CASEWORKER), await signIn(baseB, CASEWORKER)];
    const [akasseA, akasseB] = [await signIn(baseA, AKASSE), await signIn(baseB, AKASSE)];
    // The demo's fællessamtaler serve the first joint deadline of Tabel 2, which the enacted regimes
    // dropped for dagpenge from 2024: the national rule set is pinned to forenklet for this test.
    await (await signIn(baseA, "systemadmin@kontaktplan.example")).settings.setRuleSet.mutate({ ruleSet: "forenklet" });

    // Warm every list on B, so B holds results computed before the write.
    const mine = await b.caseload.list.query({ scope: "mine", pageSize: 200 });
    await b.caseload.list.query({ scope: "kommune", pageSize: 200 });
    const complianceBefore = await b.compliance.summary.query({});
    const dueBefore = await akasseB.joint.due.query();
    expect(dueBefore.rows.length).toBeGreaterThan(0);

    // A planned fællessamtale the a-kasse sees, cancelled through A.
    const due = dueBefore.rows.find((r) => r.planned.some((m) => m.status === "planlagt"));
    expect(due).toBeDefined();
    const meeting = due!.planned.find((m) => m.status === "planlagt")!;
    const memberBefore = await akasseB.joint.member.query({ forloebId: due!.forloebId });
    expect(memberBefore.meetings.find((m) => m.id === meeting.id)?.status).toBe("planlagt");
    await akasseA.joint.cancel.mutate({ meetingId: meeting.id, reason: "Borgeren er syg" });
    expect((await akasseB.joint.member.query({ forloebId: due!.forloebId })).meetings.find((m) => m.id === meeting.id)?.status).toBe("aflyst");
    const dueAfter = (await akasseB.joint.due.query()).rows.find(
      (r) => r.forloebId === due!.forloebId && r.rule === due!.rule && r.occurrence === due!.occurrence,
    );
    expect(dueAfter?.planned.map((m) => m.id) ?? []).not.toContain(meeting.id);

    // A request registered through A today is one more obligation of that citizen: B counts it.
    const citizen = mine.rows.find((r) => r.ydelse === "dagpenge" || r.ydelse === "kontanthjaelp")!;
    const detail = await a.citizen.get.query({ citizenId: citizen.citizenId });
    await a.request.register.mutate({ forloebId: detail.forloeb.at(-1)!.id, date: mine.asOf, by: "borger" });
    const obligations = (counts: typeof citizen.counts) => Object.values(counts).reduce((sum, n) => sum + n, 0);
    const rowOn = async (api: typeof a, scope: "mine" | "kommune") => {
      for (let page = 1; ; page++) {
        const list = await api.caseload.list.query({ scope, page, pageSize: 200, sort: "name" });
        const row = list.rows.find((r) => r.citizenId === citizen.citizenId);
        if (row || page * 200 >= list.total) return row;
      }
    };
    const afterOnB = await rowOn(b, "mine");
    expect(obligations(afterOnB!.counts)).toBe(obligations(citizen.counts) + 1);
    expect(afterOnB).toEqual(await rowOn(a, "mine"));
    expect(await rowOn(b, "kommune")).toEqual(afterOnB);
    const complianceAfter = await b.compliance.summary.query({});
    expect(complianceAfter).not.toEqual(complianceBefore);
    expect(complianceAfter).toEqual(await a.compliance.summary.query({}));
  }, 240_000);

  it("runs WORKERS=2 as one cluster on one port, and refuses WORKERS=2 on the embedded database", async () => {
    const clustered = start({ DATABASE_URL: url, KONTAKTPLAN_DEMO: "1", WORKERS: "2" });
    const base = await clustered.listening();
    expect(clustered.output().stdout).toContain("med 2 arbejdsprocesser");
    const api = await signIn(base, CASEWORKER);
    // Several requests over fresh connections reach both workers; every one answers the same.
    const totals = await Promise.all(Array.from({ length: 6 }, () => api.caseload.list.query({ scope: "mine" }).then((p) => p.total)));
    expect(new Set(totals).size).toBe(1);
    expect(await clustered.stop()).toBe(0);

    const dataDir = join(mkdtempSync(join(tmpdir(), "kontaktplan-workers-")), "pglite");
    const embedded = start({ KONTAKTPLAN_DATA_DIR: dataDir, WORKERS: "2", DATABASE_URL: "" });
    expect(await embedded.exited).toBe(1);
    expect(embedded.output().stderr).toContain("WORKERS over 1 kræver PostgreSQL (DATABASE_URL)");
  }, 240_000);
});
