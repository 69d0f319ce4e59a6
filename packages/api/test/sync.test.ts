import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables, type Database } from "@kontaktplan/db";
import type { SyncChange, SyncResult } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { appRouter, createCallerFactory, createContext, SESSION_COOKIE } from "../src/index.js";
import { startSession } from "../src/auth/session.js";
import { callerAs, NOW, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { markersOf } from "./support/procedures.js";
import { cprsOf, type World } from "./support/world.js";

/** A change as the desktop's outbox would send it. */
function change(path: string, input: unknown, extra: Partial<SyncChange> = {}): SyncChange {
  return { id: randomUUID(), idempotencyKey: randomUUID(), path, input, createdIds: [], base: [], local: [], madeAt: NOW.toISOString(), ...extra };
}

async function seqOf(database: Database, entityId: string): Promise<number> {
  const rows = (await changeRows(database)).filter((r) => r.entityId === entityId);
  return Math.max(0, ...rows.map((r) => r.seq));
}

function conflictOf(result: SyncResult | undefined): Extract<SyncResult, { status: "conflict" }> {
  if (result?.status !== "conflict") throw new Error(`expected a conflict, got ${JSON.stringify(result)}`);
  return result;
}

describe.each(DATABASE_KINDS)("sync procedures on %s", (kind) => {
  const env = useWorld(kind);

  describe("snapshot", () => {
    it("pages through the caller's kommune with a total, the reference data on the first page only, and audits each page", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const first = await api.sync.snapshot({ scope: "kommune", limit: 1 });
      expect(first.total).toBe(2);
      expect(first.citizens).toHaveLength(1);
      expect(first.next).toBe(first.citizens[0]!.id);
      const users = first.reference?.users ?? [];
      expect(users.map((u) => u.id).sort()).toEqual([a.caseworker.id, a.admin.id].sort());
      expect(users.find((u) => u.id === a.caseworker.id)?.passwordHash).toMatch(/^scrypt\$/);
      expect(users.find((u) => u.id === a.admin.id)?.passwordHash).toBeNull();
      const second = await api.sync.snapshot({ scope: "kommune", after: first.next, limit: 1 });
      expect(second.reference).toBeNull();
      expect(second.next).toBeNull();
      const citizens = [...first.citizens, ...second.citizens].map((c) => c.id).sort();
      expect(citizens).toEqual([a.dagpenge.citizenId, a.kontanthjaelp.citizenId].sort());
      const records = [...first.records, ...second.records];
      expect(
        records
          .filter((r) => r.entity === "meeting")
          .map((r) => r.id)
          .sort(),
      ).toEqual([a.dagpenge.plannedMeetingId, a.dagpenge.jointMeetingId].sort());
      expect(
        records
          .filter((r) => r.entity !== "meeting")
          .map((r) => `${r.entity}:${r.id}`)
          .sort(),
      ).toEqual(
        [
          `forloeb:${a.dagpenge.forloebId}`,
          `forloeb:${a.kontanthjaelp.forloebId}`,
          `pause:${a.kontanthjaelp.pauseId}`,
          `request:${a.kontanthjaelp.requestId}`,
        ].sort(),
      );
      const text = JSON.stringify([first, second]);
      for (const marker of markersOf(env.world)) expect(text).not.toContain(marker);
      const audited = (await auditRows(env.database)).filter((r) => r.action === "sync.snapshot");
      expect(audited.map((r) => r.citizenId).sort()).toEqual(citizens);
    });

    it("downloads only the caller's own caseload when asked for `mine`", async () => {
      const { a } = env.world;
      const admin = await callerAs(env.database, a.admin.id);
      expect(await admin.sync.snapshot({ scope: "mine" })).toMatchObject({ total: 0, citizens: [], records: [], next: null });
      const caseworker = await callerAs(env.database, a.caseworker.id);
      expect((await caseworker.sync.snapshot({ scope: "mine" })).total).toBe(2);
    });
  });

  describe("pull", () => {
    it("answers the kommune's changes after a position with the entities' current versions", async () => {
      const { a, b } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const start = (await api.sync.snapshot({ scope: "kommune" })).seq;
      const planned = await api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" });
      await api.meeting.cancel({ meetingId: planned.id, reason: "Borgeren er syg" });
      await (
        await callerAs(env.database, b.caseworker.id)
      ).meeting.plan({ forloebId: b.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" });
      const page = await api.sync.pull({ scope: "kommune", since: start });
      expect(page.changes.map((c) => c.record)).toEqual([
        { entity: "meeting", id: planned.id, record: expect.objectContaining({ status: "aflyst", version: 2 }) },
      ]);
      expect(page.more).toBe(false);
      expect(page.cursor).toBe(await seqOf(env.database, planned.id));
      expect((await api.sync.pull({ scope: "kommune", since: page.cursor })).changes).toEqual([]);
    });

    it("brings a national rule-set change to every kommune's desktops; a kommune's own choice still wins", async () => {
      const { a, b } = env.world;
      const starts = await Promise.all(
        [a, b].map(async (k) => (await (await callerAs(env.database, k.caseworker.id)).sync.snapshot({ scope: "kommune" })).seq),
      );
      await (await callerAs(env.database, b.admin.id)).settings.setRuleSet({ ruleSet: "forenklet" });
      await (await callerAs(env.database, env.world.systemAdmin.id)).settings.setRuleSet({ ruleSet: "lab" });
      const settingsPulled = async (k: typeof a, since: number) =>
        (await (await callerAs(env.database, k.caseworker.id)).sync.pull({ scope: "kommune", since })).changes.map((c) => c.record);
      expect(await settingsPulled(a, starts[0]!)).toEqual([
        { entity: "setting", id: "ruleSet", record: { key: "ruleSet", value: "lab" } },
        { entity: "setting", id: `ruleSet:${a.jobcentre.kommunekode}`, record: null },
      ]);
      expect(await settingsPulled(b, starts[1]!)).toEqual([
        { entity: "setting", id: "ruleSet", record: { key: "ruleSet", value: "lab" } },
        { entity: "setting", id: `ruleSet:${b.jobcentre.kommunekode}`, record: { key: `ruleSet:${b.jobcentre.kommunekode}`, value: "forenklet" } },
      ]);
    });

    it("says so when an entity is gone", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      await api.forloeb.removePause({ pauseId: a.kontanthjaelp.pauseId });
      const page = await api.sync.pull({ scope: "kommune", since: 0 });
      expect(page.changes.map((c) => c.record)).toEqual([{ entity: "pause", id: a.kontanthjaelp.pauseId, record: null }]);
    });
  });

  describe("push", () => {
    it("replays the procedure, keeps the client's id, and answers a repeated key with the first answer", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const meetingId = randomUUID();
      const plan = change(
        "meeting.plan",
        { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-12", time: "09:00", kind: "individuel" },
        { createdIds: [["meetings", meetingId]] },
      );
      const first = await api.sync.push({ changes: [plan] });
      expect(first.results).toEqual([
        {
          id: plan.id,
          duplicate: false,
          result: { status: "applied", seqs: [{ entity: "meeting", id: meetingId, seq: await seqOf(env.database, meetingId) }] },
        },
      ]);
      const again = await api.sync.push({ changes: [plan, plan] });
      expect(again.results).toEqual([
        { ...first.results[0], duplicate: true },
        { ...first.results[0], duplicate: true },
      ]);
      const stored = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, meetingId));
      expect(stored).toHaveLength(1);
      expect((await changeRows(env.database)).filter((r) => r.entityId === meetingId)).toHaveLength(1);
      // The replay audits like the procedure itself does.
      expect((await auditRows(env.database)).filter((r) => r.action === "meeting.plan").map((r) => r.citizenId)).toEqual([a.kontanthjaelp.citizenId]);
    });

    it("applies a chain of changes of one entity made offline, each based on the one before", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const base = [{ entity: "forloeb" as const, id: a.dagpenge.forloebId, seq: 0, after: null }];
      const flags = change("forloeb.setFlags", { forloebId: a.dagpenge.forloebId, version: 1, akasseFravalgt: true }, { base });
      const end = change("forloeb.update", { forloebId: a.dagpenge.forloebId, version: 2, end: "2025-12-31" }, { base: [{ ...base[0]!, after: flags.id }] });
      const { results } = await api.sync.push({ changes: [flags, end] });
      expect(results.map((r) => r.result.status)).toEqual(["applied", "applied"]);
      const [row] = await env.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, a.dagpenge.forloebId));
      expect(row).toMatchObject({ akasseFravalgt: true, end: "2025-12-31", version: 3 });
    });

    it("applies a meeting planned and recorded offline in one push (the second change modifies what the first created)", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const meetingId = randomUUID();
      const plan = change(
        "meeting.plan",
        { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-03", time: "08:00", kind: "individuel" },
        { createdIds: [["meetings", meetingId]] },
      );
      const record = change(
        "meeting.record",
        { meetingId, form: "fremmoede", participants: ["borger", "jobcenter"] },
        { base: [{ entity: "meeting", id: meetingId, seq: 0, after: plan.id }] },
      );
      const { results } = await api.sync.push({ changes: [plan, record] });
      expect(results.map((r) => r.result.status)).toEqual(["applied", "applied"]);
      const [row] = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, meetingId));
      expect(row).toMatchObject({ status: "afholdt", version: 2 });
    });

    it("keeps the server's version when the entity changed there since, answers with both, and audits both", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const web = await callerAs(env.database, a.admin.id);
      await web.forloeb.setFlags({ forloebId: a.dagpenge.forloebId, version: 1, akasseFravalgt: true });
      const offline = change(
        "forloeb.update",
        { forloebId: a.dagpenge.forloebId, version: 1, end: "2025-06-30" },
        {
          base: [{ entity: "forloeb", id: a.dagpenge.forloebId, seq: 0, after: null }],
          local: [{ entity: "forloeb", entityId: a.dagpenge.forloebId, op: "upsert", payload: { id: a.dagpenge.forloebId, end: "2025-06-30", version: 2 } }],
        },
      );
      const conflict = conflictOf((await api.sync.push({ changes: [offline] })).results[0]?.result);
      expect(conflict).toMatchObject({ reason: "changed", code: "CONFLICT", serverSeq: await seqOf(env.database, a.dagpenge.forloebId) });
      expect(conflict.server).toEqual([
        { entity: "forloeb", id: a.dagpenge.forloebId, record: expect.objectContaining({ akasseFravalgt: true, end: null, version: 2 }) },
      ]);
      const [row] = await env.database.db.select().from(tables.forloeb).where(eq(tables.forloeb.id, a.dagpenge.forloebId));
      expect(row).toMatchObject({ end: null, akasseFravalgt: true, version: 2 });
      const [logged] = (await auditRows(env.database)).filter((r) => r.action === "sync.conflict");
      expect(logged).toMatchObject({ userId: a.caseworker.id, citizenId: a.dagpenge.citizenId });
      expect(logged?.details).toMatchObject({
        changeId: offline.id,
        reason: "changed",
        mine: { input: { end: "2025-06-30" } },
        theirs: [{ record: { akasseFravalgt: true, end: null } }],
      });
      const text = JSON.stringify(logged);
      for (const cpr of cprsOf(env.world)) expect(text).not.toContain(cpr);
    });

    it("sees a change made on the server since even where the procedure would accept it, and applies the rest of the push once", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const akasse = await callerAs(env.database, a.akasseStaff.id);
      const { meeting } = await akasse.joint.book({ forloebId: a.dagpenge.forloebId, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 });
      const seenOffline = await seqOf(env.database, meeting.id);
      const { created } = await api.slots.publish({ date: "2025-04-01", time: "08:30" });
      // Still planned after the move, so cancelling it passes the procedure's own checks.
      await akasse.joint.reschedule({ meetingId: meeting.id, slotId: created[0]!.id, reason: "Medlemmet er på kursus" });
      const plan = change(
        "meeting.plan",
        { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-12", time: "09:00", kind: "individuel" },
        { createdIds: [["meetings", randomUUID()]] },
      );
      const cancel = change(
        "meeting.cancel",
        { meetingId: meeting.id, reason: "Borgeren er syg" },
        { base: [{ entity: "meeting", id: meeting.id, seq: seenOffline, after: null }] },
      );
      const request = change(
        "request.register",
        { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-01", by: "borger" },
        { createdIds: [["requests", randomUUID()]] },
      );
      const { results } = await api.sync.push({ changes: [plan, cancel, request] });
      expect(results.map((r) => r.result.status)).toEqual(["applied", "conflict", "applied"]);
      expect(conflictOf(results[1]?.result).reason).toBe("changed");
      const [row] = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, meeting.id));
      expect(row).toMatchObject({ status: "planlagt", date: "2025-04-01" });
      const mine = (await auditRows(env.database)).filter((r) => r.userId === a.caseworker.id);
      expect(mine.filter((r) => r.action === "meeting.plan")).toHaveLength(1);
      expect(mine.filter((r) => r.action === "request.register")).toHaveLength(1);
      expect(mine.filter((r) => r.action === "meeting.cancel")).toHaveLength(0);
      expect(await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, plan.createdIds[0]![1]))).toHaveLength(1);
    });

    it("turns a refused change into a conflict with the procedure's Danish field errors, and goes on with the rest", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const bad = change("meeting.plan", { forloebId: a.kontanthjaelp.forloebId, date: "2025-02-30", time: "09:00", kind: "individuel" });
      const good = change(
        "request.register",
        { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-01", by: "borger" },
        { createdIds: [["requests", randomUUID()]] },
      );
      const notSynced = change("slots.publish", { date: "2025-04-14", time: "09:00" });
      const { results } = await api.sync.push({ changes: [bad, good, notSynced] });
      const refused = conflictOf(results[0]?.result);
      expect(refused).toMatchObject({ reason: "rejected", code: "BAD_REQUEST" });
      expect(refused.fieldErrors.map((e) => e.path)).toEqual(["date"]);
      expect(results[1]?.result.status).toBe("applied");
      expect(conflictOf(results[2]?.result)).toMatchObject({ reason: "rejected", message: "Denne handling kan ikke synkroniseres fra skrivebordsappen." });
      expect(await env.database.db.select().from(tables.requests).where(eq(tables.requests.id, good.createdIds[0]![1]))).toHaveLength(1);
    });

    it("does not apply a change built on an earlier change the server refused", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const meetingId = a.dagpenge.plannedMeetingId;
      await (await callerAs(env.database, a.admin.id)).meeting.cancel({ meetingId, reason: "Aflyst af jobcentret" });
      const base = [{ entity: "meeting" as const, id: meetingId, seq: 0, after: null }];
      const record = change("meeting.record", { meetingId, form: "telefon", participants: ["borger", "jobcenter"] }, { base });
      const noShow = change("meeting.markNoShow", { meetingId }, { base: [{ ...base[0]!, seq: await seqOf(env.database, meetingId), after: record.id }] });
      const { results } = await api.sync.push({ changes: [record, noShow] });
      expect(conflictOf(results[0]?.result).reason).toBe("changed");
      expect(conflictOf(results[1]?.result)).toMatchObject({
        reason: "rejected",
        message: "Ændringen bygger på en tidligere ændring, som serveren ikke tog imod.",
      });
      const [row] = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.id, meetingId));
      expect(row?.status).toBe("aflyst");
    });

    it("refuses ids the server already has, rather than failing on them", async () => {
      const { a } = env.world;
      const api = await callerAs(env.database, a.caseworker.id);
      const reuse = change(
        "meeting.plan",
        { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-12", time: "09:00", kind: "individuel" },
        { createdIds: [["meetings", a.dagpenge.jointMeetingId]] },
      );
      expect(conflictOf((await api.sync.push({ changes: [reuse] })).results[0]?.result)).toMatchObject({ reason: "rejected", code: "CONFLICT" });
    });

    it("is for jobcentre staff only", async () => {
      const api = await callerAs(env.database, env.world.a.akasseStaff.id);
      expect((await refusal(api.sync.push({ changes: [change("meeting.plan", {})] }))).code).toBe("FORBIDDEN");
    });
  });

  describe("the change hook", () => {
    async function hookedCaller(world: World, hook: Parameters<typeof createContext>[0]["changeHook"]) {
      const { token } = await startSession(env.database.db, world.a.caseworker.id, NOW);
      const context = await createContext({
        db: env.database.db,
        dbKind: env.database.kind,
        cookieHeader: `${SESSION_COOKIE}=${token}`,
        setCookie: () => undefined,
        now: () => NOW,
        ...(hook ? { changeHook: hook } : {}),
      });
      return createCallerFactory(appRouter)(context);
    }

    it("hears each mutation's change-log writes with the call, inside the mutation's transaction", async () => {
      const { a } = env.world;
      const heard: { path: string; input: unknown; entities: string[] }[] = [];
      const api = await hookedCaller(env.world, (call) => async (tx, changes) => {
        // Written in the same transaction: visible here before commit.
        const [row] = await tx.select().from(tables.changeLog).where(eq(tables.changeLog.seq, changes[0]!.seq));
        heard.push({ path: call.path, input: call.input, entities: [`${row?.entity}:${row?.entityId}`] });
      });
      const input = { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-12", time: "09:00", kind: "individuel" as const };
      const meeting = await api.meeting.plan(input);
      await api.caseload.list({ scope: "mine" });
      expect(heard).toEqual([{ path: "meeting.plan", input, entities: [`meeting:${meeting.id}`] }]);
    });

    it("rolls the mutation back when the listener fails", async () => {
      const { a } = env.world;
      const api = await hookedCaller(env.world, () => async () => {
        throw new Error("outbox full");
      });
      await expect(api.request.register({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-01", by: "borger" })).rejects.toThrow();
      const stored = await env.database.db
        .select()
        .from(tables.requests)
        .where(and(eq(tables.requests.forloebId, a.kontanthjaelp.forloebId), eq(tables.requests.date, "2025-03-01")));
      expect(stored).toEqual([]);
    });
  });
});

describe("change-log positions on postgres", () => {
  const env = useWorld("postgres");

  it("are drawn in commit order within a kommune: a later writer waits for the earlier one's commit", async () => {
    const { a } = env.world;
    const insert = (db: Database["db"]) =>
      db
        .insert(tables.changeLog)
        .values({ kommunekode: a.jobcentre.kommunekode, entity: "meeting", entityId: randomUUID(), op: "upsert", payload: {} })
        .returning({ seq: tables.changeLog.seq });
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstSeq = 0;
    let firstInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
    const first = env.database.db.transaction(async (tx) => {
      firstSeq = (await insert(tx))[0]!.seq;
      firstInserted();
      await firstHeld;
    });
    await inserted;
    let secondDone = false;
    const second = env.database.db.transaction(async (tx) => {
      const [row] = await insert(tx);
      secondDone = true;
      return row!.seq;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondDone).toBe(false);
    releaseFirst();
    await first;
    expect(await second).toBeGreaterThan(firstSeq);
    expect(await changeRows(env.database)).toHaveLength(2);
  });
});
