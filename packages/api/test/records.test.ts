import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";

const KEY = "6f1c1a52-8f5e-4c1e-9d55-1d2f3a4b5c6d";

describe.each(DATABASE_KINDS)("records that must come out right, on %s", (kind) => {
  const env = useWorld(kind);

  const requestsOf = (forloebId: string) => env.database.db.select().from(tables.requests).where(eq(tables.requests.forloebId, forloebId));

  it("creates one request for one form submission, however often it arrives, and answers every repeat alike", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const input = { forloebId: a.kontanthjaelp.forloebId, date: "2025-03-01", by: "borger" as const, idempotencyKey: KEY };
    const answers = await Promise.all([api.request.register(input), api.request.register(input), api.request.register(input)]);
    expect(new Set(answers.map((r) => r.id)).size).toBe(1);
    expect((await requestsOf(a.kontanthjaelp.forloebId)).filter((r) => r.date === "2025-03-01")).toHaveLength(1);
    // A new submission (a new key) is a new request.
    await api.request.register({ ...input, idempotencyKey: "0d9d2c3e-1111-4222-8333-944455556666" });
    expect((await requestsOf(a.kontanthjaelp.forloebId)).filter((r) => r.date === "2025-03-01")).toHaveLength(2);
  });

  it("lets a refused submission be sent again with the same key, and refuses a key reused for another form", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const base = { forloebId: a.kontanthjaelp.forloebId, by: "borger" as const, idempotencyKey: KEY };
    expect((await refusal(api.request.register({ ...base, date: "2025-04-01" }))).code).toBe("BAD_REQUEST");
    const record = await api.request.register({ ...base, date: "2025-03-01" });
    expect(record.date).toBe("2025-03-01");
    const other = await refusal(
      api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-04", time: "09:00", kind: "individuel", idempotencyKey: KEY }),
    );
    expect(other.code).toBe("CONFLICT");
    // Another user's key is theirs alone.
    const colleague = await callerAs(env.database, a.admin.id);
    const theirs = await colleague.request.register({ ...base, date: "2025-03-02" });
    expect(theirs.id).not.toBe(record.id);
  });

  it("makes every create idempotent: meeting, pause, slot, CV-samtale", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const twice = async <T>(call: () => Promise<T>) => {
      const [first, second] = await Promise.all([call(), call()]);
      expect(second).toEqual(first);
      return first;
    };
    const key = (n: number) => `6f1c1a52-8f5e-4c1e-9d55-00000000000${n}`;
    await twice(() =>
      api.meeting.plan({ forloebId: a.kontanthjaelp.forloebId, date: "2025-03-04", time: "09:00", kind: "individuel", idempotencyKey: key(1) }),
    );
    const forloeb = await twice(() =>
      api.forloeb.addPause({ forloebId: a.kontanthjaelp.forloebId, from: "2025-03-10", to: "2025-03-11", idempotencyKey: key(2) }),
    );
    expect(forloeb.pauses).toHaveLength(2);
    const slots = await twice(() => api.slots.publish({ date: "2025-03-12", time: "10:00", durationMinutes: 45, weeks: 1, idempotencyKey: key(3) }));
    expect(slots.created).toHaveLength(1);
    await twice(() => akasse.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2025-03-03", idempotencyKey: key(4) }));
    const detail = await api.citizen.get({ citizenId: a.dagpenge.citizenId });
    expect(detail.meetings.filter((m) => m.kind === "cv")).toHaveLength(1);
    const published = await env.database.db.select().from(tables.slots).where(eq(tables.slots.startsAt, slots.created[0]!.startsAt));
    expect(published).toHaveLength(1);
  });

  it("refuses dates outside the forløb or far off, with the reason on the field", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const akasse = await callerAs(env.database, a.akasseStaff.id);
    const forloebId = a.kontanthjaelp.forloebId; // started 3 February 2025; today is 3 March 2025
    const fieldOf = async (call: Promise<unknown>) => shapeOf(await refusal(call)).data.fieldErrors;
    expect(await fieldOf(api.request.register({ forloebId, date: "1990-01-01", by: "borger" }))).toEqual([
      { path: "date", message: "Datoen ligger før forløbets start (3. februar 2025)" },
    ]);
    expect(await fieldOf(api.request.register({ forloebId, date: "2030-01-01", by: "borger" }))).toEqual([
      { path: "date", message: "Datoen ligger i fremtiden; registrér det, når det er sket" },
    ]);
    expect(await fieldOf(api.meeting.plan({ forloebId, date: "2030-01-01", time: "09:00", kind: "individuel" }))).toEqual([
      { path: "date", message: "Datoen ligger mere end et år ude i fremtiden" },
    ]);
    expect(await fieldOf(api.meeting.plan({ forloebId, date: "2025-01-31", time: "09:00", kind: "individuel" }))).toEqual([
      { path: "date", message: "Datoen ligger før forløbets start (3. februar 2025)" },
    ]);
    expect(await fieldOf(api.forloeb.addPause({ forloebId, from: "2024-12-01", to: "2025-02-05" }))).toEqual([
      { path: "from", message: "Datoen ligger før forløbets start (3. februar 2025)" },
    ]);
    expect(await fieldOf(akasse.joint.recordCv({ forloebId: a.dagpenge.forloebId, date: "2024-12-01" }))).toEqual([
      { path: "date", message: "Datoen ligger før forløbets start (6. januar 2025)" },
    ]);
    // Plausible ones pass.
    await api.request.register({ forloebId, date: "2025-03-03", by: "jobcenter" });
    await api.meeting.plan({ forloebId, date: "2025-12-01", time: "09:00", kind: "individuel" });
  });

  it("corrects and removes a request, audited with before and after and sent to desktops", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const requestId = a.kontanthjaelp.requestId;
    const wrong = await refusal(api.request.update({ requestId, date: "2026-01-01", by: "borger" }));
    expect(shapeOf(wrong).data.fieldErrors[0]?.path).toBe("date");
    const updated = await api.request.update({ requestId, date: "2025-02-21", by: "jobcenter" });
    expect(updated).toMatchObject({ id: requestId, date: "2025-02-21", by: "jobcenter" });
    expect((await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).requests).toEqual([updated]);
    await api.request.remove({ requestId });
    expect((await api.citizen.get({ citizenId: a.kontanthjaelp.citizenId })).requests).toEqual([]);
    const audits = (await auditRows(env.database)).filter((r) => r.action.startsWith("request."));
    expect(audits.map((r) => [r.action, r.details])).toEqual([
      ["request.update", { requestId, before: { date: "2025-02-20", by: "borger" }, after: { date: "2025-02-21", by: "jobcenter" } }],
      ["request.remove", { requestId, before: { date: "2025-02-21", by: "jobcenter" } }],
    ]);
    const changes = (await changeRows(env.database)).filter((c) => c.entityId === requestId);
    expect(changes.map((c) => [c.kommunekode, c.op])).toEqual([
      ["101", "upsert"],
      ["101", "delete"],
    ]);
    // Another kommune's request is not there to correct.
    const b = await callerAs(env.database, env.world.b.caseworker.id);
    expect((await refusal(b.request.remove({ requestId: env.world.a.kontanthjaelp.requestId }))).code).toBe("NOT_FOUND");
  });

  it("corrects a pause's days and reason, audited with the days before and after", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const record = await api.forloeb.updatePause({ pauseId: a.kontanthjaelp.pauseId, from: "2025-02-11", to: "2025-02-13", reason: "Ferie" });
    expect(record.pauses).toEqual([{ id: a.kontanthjaelp.pauseId, from: "2025-02-11", to: "2025-02-13", reason: "Ferie" }]);
    const backwards = await refusal(api.forloeb.updatePause({ pauseId: a.kontanthjaelp.pauseId, from: "2025-02-13", to: "2025-02-11" }));
    expect(backwards.code).toBe("BAD_REQUEST");
    const [audit] = (await auditRows(env.database)).filter((r) => r.action === "forloeb.updatePause");
    expect(audit?.details).toMatchObject({ before: { from: "2025-02-10", to: "2025-02-14" }, after: { from: "2025-02-11", to: "2025-02-13" } });
    expect((await changeRows(env.database)).filter((c) => c.entityId === a.kontanthjaelp.pauseId).map((c) => c.op)).toEqual(["upsert"]);
  });

  it("creates a citizen in the caseworker's kommune and caseload, once per submission, and a forløb for them", async () => {
    const { a, b } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const input = { name: "Nina Ny", cpr: "150390-1234", akasseId: a.akasse.id, idempotencyKey: KEY };
    await api.caseload.list({}); // a list held from before
    const [citizen, again] = await Promise.all([api.citizen.create(input), api.citizen.create(input)]);
    expect(again).toEqual(citizen);
    expect(citizen).toMatchObject({ name: "Nina Ny", cpr: "1503901234", kommunekode: "101", akasseId: a.akasse.id, caseworkerId: a.caseworker.id });
    // Written to the change log once, so the caseload shows the citizen at once and desktops receive it.
    expect((await changeRows(env.database)).filter((c) => c.entityId === citizen.id).map((c) => [c.entity, c.op])).toEqual([["citizen", "upsert"]]);
    expect((await api.caseload.list({ search: "Nina Ny" })).rows.map((r) => r.citizenId)).toEqual([citizen.id]);
    const forloeb = await api.forloeb.create({ citizenId: citizen.id, ydelse: "dagpenge", start: "2025-03-03" });
    expect(forloeb.akasseId).toBe(a.akasse.id);
    const taken = await refusal(api.citizen.create({ name: "Nogen", cpr: "1503901234" }));
    expect(shapeOf(taken).data.fieldErrors).toEqual([{ path: "cpr", message: "Der findes allerede en borger med dette CPR-nummer" }]);
    const wrong = await refusal(api.citizen.create({ name: " ", cpr: "12345", akasseId: b.jobcentre.id }));
    expect(shapeOf(wrong).data.fieldErrors.map((e) => e.path)).toEqual(["name", "cpr"]);
    const notAkasse = await refusal(api.citizen.create({ name: "Nogen", cpr: "1503901235", akasseId: b.jobcentre.id }));
    expect(shapeOf(notAkasse).data.fieldErrors).toEqual([{ path: "akasseId", message: "A-kassen findes ikke" }]);
    const [row] = (await auditRows(env.database)).filter((r) => r.action === "citizen.create");
    expect(JSON.stringify(row)).not.toContain("1503901234");
  });
});
