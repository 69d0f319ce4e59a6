import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import type { SyncChange, SyncResult } from "@kontaktplan/schema";
import { callerAs, NOW, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";

/** A desktop change as the sync outbox sends it. */
function change(path: string, input: unknown, createdIds: Array<[string, string]>): SyncChange {
  return { id: randomUUID(), idempotencyKey: randomUUID(), path, input, createdIds, base: [], local: [], madeAt: NOW.toISOString() };
}

function conflictOf(result: SyncResult | undefined): Extract<SyncResult, { status: "conflict" }> {
  if (result?.status !== "conflict") throw new Error(`expected a conflict, got ${JSON.stringify(result)}`);
  return result;
}

describe.each(DATABASE_KINDS)("what the API discloses, on %s", (kind) => {
  const env = useWorld(kind);

  it("sends a caseload with masked CPR numbers only", async () => {
    const { a } = env.world;
    const page = await (await callerAs(env.database, a.caseworker.id)).caseload.list({ scope: "kommune" });
    expect(page.rows.length).toBeGreaterThan(0);
    const row = page.rows.find((r) => r.citizenId === a.dagpenge.citizenId)!;
    expect(row.cprMasked).toBe(`${a.dagpenge.cpr.slice(0, 6)}-xxxx`);
    const text = JSON.stringify(page);
    for (const cpr of [a.dagpenge.cpr, a.kontanthjaelp.cpr]) expect(text).not.toContain(cpr.slice(6));
    expect(text).not.toMatch(/"cpr"/);
  });

  it("audits a refused read of another kommune's citizen, and a read the role may not make", async () => {
    const { a, b } = env.world;
    const caseworker = await callerAs(env.database, a.caseworker.id);
    expect((await refusal(caseworker.citizen.get({ citizenId: b.dagpenge.citizenId }))).code).toBe("NOT_FOUND");
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    expect((await refusal(akasse.citizen.get({ citizenId: a.kontanthjaelp.citizenId }))).code).toBe("FORBIDDEN");
    const refused = (await auditRows(env.database)).filter((r) => r.action === "refused");
    expect(refused.map((r) => ({ userId: r.userId, citizenId: r.citizenId, details: r.details }))).toEqual([
      { userId: a.caseworker.id, citizenId: null, details: { path: "citizen.get", code: "NOT_FOUND", ids: { citizenId: b.dagpenge.citizenId } } },
      { userId: a.akasseStaff.id, citizenId: null, details: { path: "citizen.get", code: "FORBIDDEN", ids: { citizenId: a.kontanthjaelp.citizenId } } },
    ]);
  });

  it("answers a sync push that reuses another kommune's id exactly as one with an id it never takes", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const plan = (createdIds: Array<[string, string]>) =>
      change("meeting.plan", { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-12", time: "09:00", kind: "individuel" }, createdIds);
    const { results } = await api.sync.push({
      changes: [plan([["meetings", b.dagpenge.jointMeetingId]]), plan([["users", randomUUID()]]), plan([["meetings", a.dagpenge.jointMeetingId]])],
    });
    const [foreign, unknownTable, own] = results.map((r) => conflictOf(r.result));
    const answer = (c: Extract<SyncResult, { status: "conflict" }>) => ({
      reason: c.reason,
      code: c.code,
      message: c.message,
      fieldErrors: c.fieldErrors,
      server: c.server,
    });
    expect(answer(foreign!)).toEqual(answer(unknownTable!));
    expect(foreign!.message).not.toMatch(/findes/);
    expect(own!.message).toBe(foreign!.message);
  });
});
