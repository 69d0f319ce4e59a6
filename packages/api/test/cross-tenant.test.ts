import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { appRouter } from "../src/index.js";
import { callerAs, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { withSession } from "./support/world.js";
import { callByPath, markersOf, PROCEDURES, ROLES, userOf } from "./support/procedures.js";

describe("the procedure table", () => {
  it("lists exactly the router's procedures, so none can be forgotten", () => {
    expect(Object.keys(PROCEDURES).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });
});

describe.each(DATABASE_KINDS)("every procedure, as every role, against another organisation's data, on %s", (kind) => {
  const env = useWorld(kind, { shared: true });
  beforeAll(() => withSession(env.database.db, env.world.b));

  function expectNoForeignData(result: unknown): void {
    const text = JSON.stringify(result) ?? "";
    for (const marker of markersOf(env.world)) expect(text).not.toContain(marker);
  }

  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

  describe.each(Object.entries(PROCEDURES))("%s", (path, c) => {
    it.each(ROLES)("as %s", async (role) => {
      const api = await callerAs(env.database, userOf(env.world, role));
      const call = callByPath(api, path, c.input(env.world));
      if (c.expect === "public") {
        const outcome = await call.then(
          (value) => ({ value }),
          (error: { code?: string }) => ({ error }),
        );
        if ("error" in outcome) expect(outcome.error.code).toBe("UNAUTHORIZED");
        else expectNoForeignData(outcome.value);
        return;
      }
      if (!c.allowed.includes(role)) {
        expect((await refusal(call)).code).toBe("FORBIDDEN");
        return;
      }
      // The system admin belongs to no organisation and reads everything by design (own sessions excepted).
      if (role === "system_admin" && c.expectFor?.system_admin === undefined) {
        const answer = JSON.stringify((await call) ?? null);
        // It reached what it asked for: the answer names the other side's entity the input named.
        const named = JSON.stringify(c.input(env.world) ?? null).match(UUID) ?? [];
        if (named.length > 0)
          expect(
            named.some((id) => answer.includes(id)),
            `${path} answers about ${named.join(", ")}`,
          ).toBe(true);
        return;
      }
      if ((c.expectFor?.[role] ?? c.expect) === "refused") {
        expect((await refusal(call)).code).toBe(c.refusedWith ?? "NOT_FOUND");
        for (const input of c.moreInputs?.(env.world) ?? []) {
          expect((await refusal(callByPath(api, path, input))).code).toBe(c.refusedWith ?? "NOT_FOUND");
        }
      } else {
        expectNoForeignData(await call);
      }
    });
  });

  it("left the other side's data exactly as it was, and logged nothing about it for side A's users", async () => {
    const { b, systemAdmin, movedMember } = env.world;
    const db = env.database.db;
    const forloeb = await db
      .select()
      .from(tables.forloeb)
      .where(inArray(tables.forloeb.id, [b.dagpenge.forloebId, b.kontanthjaelp.forloebId]));
    expect(forloeb.map((f) => [f.version, f.end, f.akasseFravalgt])).toEqual([
      [1, null, false],
      [1, null, false],
    ]);
    const meetings = await db
      .select()
      .from(tables.meetings)
      .where(inArray(tables.meetings.forloebId, [b.dagpenge.forloebId, b.kontanthjaelp.forloebId]));
    expect(meetings.map((m) => m.status)).toEqual(["planlagt", "planlagt"]);
    expect(
      await db
        .select()
        .from(tables.pauses)
        .where(inArray(tables.pauses.forloebId, [b.kontanthjaelp.forloebId])),
    ).toHaveLength(1);
    expect(
      await db
        .select()
        .from(tables.requests)
        .where(inArray(tables.requests.forloebId, [b.kontanthjaelp.forloebId])),
    ).toHaveLength(1);
    expect(await db.select().from(tables.jointBookings)).toEqual([]);
    expect(
      (
        await db
          .select()
          .from(tables.jointProposals)
          .where(inArray(tables.jointProposals.id, [b.proposalId]))
      )[0]?.status,
    ).toBe("pending");
    // In B's change log at most the system admin's national rule set, which every kommune's desktops must pull.
    const loggedInB = (await changeRows(env.database)).filter((c) => c.kommunekode === b.jobcentre.kommunekode);
    expect(loggedInB.filter((c) => !(c.entity === "setting" && (c.payload as { key?: string }).key === "ruleSet"))).toEqual([]);
    const others = [b.dagpenge.citizenId, b.kontanthjaelp.citizenId, movedMember.citizenId];
    const aboutB = (await auditRows(env.database)).filter((r) => r.citizenId !== null && others.includes(r.citizenId));
    expect(aboutB.every((r) => r.userId === systemAdmin.id)).toBe(true);
  });
});
