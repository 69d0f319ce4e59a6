import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { FAILED_LOGIN_WINDOW_MS, MAX_FAILED_LOGINS_PER_CLIENT } from "../src/auth/rate-limit.js";
import { anonymous, callerAs, NOW, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { PASSWORD } from "./support/world.js";

const NUL = "Teksten indeholder et ugyldigt tegn (NUL)";
const CPR = "Teksten må ikke indeholde et CPR-nummer";

describe.each(DATABASE_KINDS)("input safety and the login limit on %s", (kind) => {
  const env = useWorld(kind);

  it("refuses NUL in every kind of text field as a field error, never a server fault", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    const cases: Array<[call: Promise<unknown>, path: string]> = [
      [(await anonymous(env.database)).auth.login({ email: `${a.caseworker.email}\u0000`, password: PASSWORD }), "email"],
      [(await anonymous(env.database)).auth.login({ email: a.caseworker.email, password: "x\u0000" }), "password"],
      [api.forloeb.addPause({ forloebId: a.kontanthjaelp.forloebId, from: "2025-03-17", to: "2025-03-18", reason: "syg\u0000" }), "reason"],
      [api.meeting.cancel({ meetingId: a.dagpenge.plannedMeetingId, reason: "aflyst\u0000" }), "reason"],
      [
        api.meeting.record({
          meetingId: a.dagpenge.plannedMeetingId,
          form: "fremmoede",
          participants: ["borger", "jobcenter\u0000"] as unknown as ["borger", "jobcenter"],
        }),
        "participants.1",
      ],
      [api.citizen.get({ citizenId: `${a.dagpenge.citizenId}\u0000` }), "citizenId"],
    ];
    for (const [call, path] of cases) {
      const error = await refusal(call);
      expect(error.code, path).toBe("BAD_REQUEST");
      expect(shapeOf(error).data.fieldErrors, path).toEqual([{ path, message: NUL }]);
    }
    // Nothing was written: the pause list is as before, the meeting still planned.
    const [meeting] = await env.database.db
      .select({ status: tables.meetings.status })
      .from(tables.meetings)
      .where(eq(tables.meetings.id, a.dagpenge.plannedMeetingId));
    expect(meeting!.status).toBe("planlagt");
  });

  it("refuses CPR numbers in free text however they are written: dots, dashes, spaces, full-width digits", async () => {
    const { a } = env.world;
    const api = await callerAs(env.database, a.caseworker.id);
    for (const reason of [
      "borger 01.01.90-1234",
      "0101901234",
      "010190-1234",
      "01-01-90-1234",
      "01 01 90 1234",
      "cpr ０１０１９０-１２３４",
      "０１０１９０１２３４",
    ]) {
      const error = await refusal(api.forloeb.addPause({ forloebId: a.kontanthjaelp.forloebId, from: "2025-03-17", to: "2025-03-18", reason }));
      expect(shapeOf(error).data.fieldErrors, reason).toEqual([{ path: "reason", message: CPR }]);
    }
    // Dates and longer numbers are not CPR numbers.
    const added = await api.forloeb.addPause({
      forloebId: a.kontanthjaelp.forloebId,
      from: "2025-03-17",
      to: "2025-03-18",
      reason: "sygemeldt 01.01.2025, sag 12345678901",
    });
    expect(added).toBeDefined();
  });

  it("counts failed logins per e-mail and client address: an attacker's failures never lock out the user's own address", async () => {
    const email = env.world.a.caseworker.email;
    const from = (clientAddress: string, minutes = 0) => anonymous(env.database, { clientAddress, now: () => new Date(NOW.getTime() + minutes * 60_000) });
    for (let i = 0; i < 5; i++) expect((await refusal((await from("203.0.113.9")).auth.login({ email, password: `forkert-${i}` }))).code).toBe("UNAUTHORIZED");
    const locked = await refusal((await from("203.0.113.9", 1)).auth.login({ email, password: PASSWORD }));
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect((await (await from("198.51.100.7", 1)).auth.login({ email, password: PASSWORD })).id).toBe(env.world.a.caseworker.id);
    // The user's success clears only their own address's count: the attacker stays limited.
    expect((await refusal((await from("203.0.113.9", 2)).auth.login({ email, password: PASSWORD }))).code).toBe("TOO_MANY_REQUESTS");
  });

  it("caps one address's failures across all e-mails, so spraying random e-mails stops early", async () => {
    const api = await anonymous(env.database, { clientAddress: "203.0.113.50" });
    // One short of the cap: failures for as many different e-mails, written as the limit writes them.
    const at = NOW.toISOString();
    await env.database.db
      .insert(tables.failedLogins)
      .values(Array.from({ length: MAX_FAILED_LOGINS_PER_CLIENT - 1 }, (_, i) => ({ email: `tilfaeldig-${i}@example.dk`, client: "203.0.113.50", at })));
    expect((await refusal(api.auth.login({ email: "den-sidste@example.dk", password: "x" }))).code).toBe("UNAUTHORIZED");
    expect((await refusal(api.auth.login({ email: "endnu-en@example.dk", password: "x" }))).code).toBe("TOO_MANY_REQUESTS");
    expect((await refusal(api.auth.login({ email: env.world.a.caseworker.email, password: PASSWORD }))).code).toBe("TOO_MANY_REQUESTS");
    // Another address is not affected.
    const other = await anonymous(env.database, { clientAddress: "198.51.100.8" });
    expect((await other.auth.login({ email: env.world.a.caseworker.email, password: PASSWORD })).id).toBe(env.world.a.caseworker.id);
  });

  it("sweeps failed logins older than the window, whoever they belong to", async () => {
    const { failedLogins } = tables;
    const old = new Date(NOW.getTime() - FAILED_LOGIN_WINDOW_MS - 1000).toISOString();
    await env.database.db.insert(failedLogins).values([
      { email: "glemt@example.dk", client: "192.0.2.1", at: old },
      { email: "ny@example.dk", client: "192.0.2.1", at: NOW.toISOString() },
    ]);
    await refusal((await anonymous(env.database, { clientAddress: "192.0.2.99" })).auth.login({ email: "andet@example.dk", password: "x" }));
    const left = await env.database.db.select({ email: failedLogins.email }).from(failedLogins).orderBy(failedLogins.email);
    expect(left.map((r) => r.email)).toEqual(["andet@example.dk", "ny@example.dk"]);
    expect(await env.database.db.$count(failedLogins, and(eq(failedLogins.email, "glemt@example.dk")))).toBe(0);
  });
});
