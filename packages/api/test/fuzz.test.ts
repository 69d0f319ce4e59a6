import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { anonymous, callerAs, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { callByPath, PROCEDURES, userOf } from "./support/procedures.js";
import { cprsOf, type World } from "./support/world.js";

const RUNS_PER_PROCEDURE = 120;

function idsOf(w: World): string[] {
  return [w.a, w.b].flatMap((s) => [
    s.dagpenge.citizenId,
    s.dagpenge.forloebId,
    s.dagpenge.plannedMeetingId,
    s.dagpenge.jointMeetingId,
    s.kontanthjaelp.citizenId,
    s.kontanthjaelp.forloebId,
    s.kontanthjaelp.pauseId,
    s.slotId,
    s.proposalId,
    s.caseworker.id,
  ]);
}

/** Values that look almost right, or nothing like it, for any field. */
function anyValue(w: World): fc.Arbitrary<unknown> {
  const dates = fc.constantFrom(
    "2025-02-30",
    "2025-13-01",
    "0000-01-01",
    "0099-01-01",
    "1899-12-31",
    "2199-12-31",
    "9999-12-31",
    "2024-02-29",
    "2025-03-03",
    "2025-3-3",
    "",
  );
  const codes = fc.constantFrom(
    "individuel",
    "faelles",
    "cv",
    "dagpenge",
    "kontanthjaelp",
    "sygedagpenge",
    "jobparat",
    "lab",
    "forenklet",
    "accept",
    "decline",
    "joint-by-3-months",
    "pending",
    "mine",
    "kommune",
  );
  const scalar = fc.oneof(
    fc.string(),
    fc.string({ minLength: 300, maxLength: 2000 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.uuid(),
    fc.constantFrom(...idsOf(w)),
    dates,
    fc.constantFrom("24:00", "23:59", "00:00", "9:30", "09:30", "02:30"),
    codes,
  );
  return fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.record({ date: dates, time: fc.constantFrom("09:00", "25:00") }), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string(), scalar, { maxKeys: 3 }) },
  );
}

/** The same input aimed at side A's own data: every id of side B swapped for A's counterpart. */
function ownVariant(input: unknown, w: World): unknown {
  if (input === undefined) return undefined;
  const own = idsOf(w).slice(0, idsOf(w).length / 2);
  const foreign = idsOf(w).slice(idsOf(w).length / 2);
  let text = JSON.stringify(input);
  foreign.forEach((id, i) => (text = text.replaceAll(id, own[i]!)));
  return JSON.parse(text);
}

/**
 * A procedure's sample input (aimed at either side) with any of its fields replaced or dropped,
 * or any value at all.
 */
function inputs(foreignInput: unknown, w: World): fc.Arbitrary<unknown> {
  const value = anyValue(w);
  const mutate = (template: unknown) =>
    template !== null && typeof template === "object"
      ? fc.record(Object.fromEntries(Object.entries(template).map(([key, original]) => [key, fc.oneof(fc.constant(original), value)])))
      : value;
  const mutated = fc.oneof(mutate(foreignInput), mutate(ownVariant(foreignInput, w)));
  return fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: fc.jsonValue() });
}

describe.each(DATABASE_KINDS)("fuzzing every procedure on %s", (kind) => {
  const env = useWorld(kind, { shared: true });

  it.each(Object.keys(PROCEDURES))("%s answers random and malformed input with typed errors, never a server error", async (path) => {
    const c = PROCEDURES[path]!;
    const role = c.allowed[0];
    const cprs = cprsOf(env.world);
    await fc.assert(
      fc.asyncProperty(inputs(c.input(env.world), env.world), async (input) => {
        const api = role ? await callerAs(env.database, userOf(env.world, role)) : await anonymous(env.database);
        const error = await callByPath(api, path, input).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined) return;
        expect(error).toBeInstanceOf(TRPCError);
        const trpcError = error as TRPCError;
        expect(trpcError.code, trpcError.message).not.toBe("INTERNAL_SERVER_ERROR");
        const shape = JSON.stringify(shapeOf(trpcError));
        for (const cpr of cprs) expect(shape).not.toContain(cpr);
      }),
      { numRuns: RUNS_PER_PROCEDURE },
    );
  });

  it("wrote no CPR number into the audit log or the change log in all those calls", async () => {
    const logs = JSON.stringify([await auditRows(env.database), await changeRows(env.database)]);
    expect(logs.length).toBeGreaterThan(1000);
    for (const cpr of cprsOf(env.world)) expect(logs).not.toContain(cpr);
  });

  it("leaves every citizen readable after all those writes: nothing stored breaks the engine", async () => {
    const { a, b } = env.world;
    for (const side of [a, b]) {
      const api = await callerAs(env.database, side.admin.id);
      const page = await api.caseload.list({ scope: "kommune", pageSize: 200 });
      for (const row of page.rows) await api.citizen.get({ citizenId: row.citizenId });
      await api.compliance.summary({});
      await (await callerAs(env.database, side.akasseStaff.id)).joint.due();
    }
  });
});
