import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { SESSION_COOKIE } from "../src/index.js";
import { anonymous, callerAs, refusal, shapeOf, type Caller } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows, changeRows } from "./support/log.js";
import { cprsOf, PASSWORD } from "./support/world.js";

const STRONG = "Blå hest spiser gule æbler";

function fieldErrorsOf(error: Parameters<typeof shapeOf>[0]) {
  return shapeOf(error).data.fieldErrors;
}

describe.each(DATABASE_KINDS)("administration on %s", (kind) => {
  const env = useWorld(kind);
  const as = (userId: string) => callerAs(env.database, userId);

  /** Sign in with a password through auth.login, as a browser would. */
  async function signIn(email: string, password: string): Promise<Caller> {
    const cookies: string[] = [];
    await (await anonymous(env.database, { cookies })).auth.login({ email, password });
    const token = /=([^;]*)/.exec(cookies[0]!)![1]!;
    return anonymous(env.database, { cookieHeader: `${SESSION_COOKIE}=${token}` });
  }

  describe("system admin", () => {
    it("creates a jobcentre and its first admin, who must choose a password before anything else", async () => {
      const sys = await as(env.world.systemAdmin.id);
      const org = await sys.admin.organisations.create({ kind: "jobcenter", name: "Jobcenter Odense", kommunekode: "461" });
      expect(org).toMatchObject({ kind: "jobcenter", kommunekode: "461", users: 0, admins: 0 });

      const { user, oneTimePassword } = await sys.admin.users.create({
        organisationId: org.id,
        email: " Chef@Odense.DK ",
        name: "Olga Odense",
        role: "jobcenter_admin",
      });
      expect(user).toMatchObject({ email: "chef@odense.dk", role: "jobcenter_admin", mustChangePassword: true, disabled: false });
      expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      const stored = await env.database.db.select().from(tables.users).where(eq(tables.users.id, user.id));
      expect(stored[0]!.passwordHash).not.toContain(oneTimePassword);

      const olga = await signIn("chef@odense.dk", oneTimePassword);
      expect(await olga.auth.me()).toMatchObject({ role: "jobcenter_admin", mustChangePassword: true });
      const blocked = await refusal(olga.admin.users.list({}));
      expect(blocked.code).toBe("FORBIDDEN");
      expect(blocked.message).toBe("Vælg din egen adgangskode, før du fortsætter");
      await olga.account.changePassword({ currentPassword: oneTimePassword, newPassword: STRONG });
      expect((await olga.auth.me()).mustChangePassword).toBe(false);
      expect((await olga.admin.users.list({})).map((u) => u.email)).toEqual(["chef@odense.dk"]);
      expect((await sys.admin.organisations.list()).find((o) => o.id === org.id)).toMatchObject({ users: 1, admins: 1 });
    });

    it("refuses a second jobcentre for a kommune, a malformed kommunekode, staff roles and a missing organisation, with Danish field errors", async () => {
      const sys = await as(env.world.systemAdmin.id);
      const twice = await refusal(sys.admin.organisations.create({ kind: "jobcenter", name: "Igen", kommunekode: "101" }));
      expect(twice.code).toBe("CONFLICT");
      expect(fieldErrorsOf(twice)).toEqual([{ path: "kommunekode", message: "Kommune 101 har allerede et jobcenter" }]);
      const malformed = await refusal(sys.admin.organisations.create({ kind: "jobcenter", name: "X", kommunekode: "12" }));
      expect(fieldErrorsOf(malformed)).toEqual([{ path: "kommunekode", message: "Kommunekoden skal være tre cifre, fx 101" }]);
      const staff = await refusal(
        sys.admin.users.create({ organisationId: env.world.a.jobcentre.id, email: "x@example.dk", name: "X", role: "sagsbehandler" }),
      );
      expect(fieldErrorsOf(staff)).toEqual([{ path: "role", message: "Du kan kun give rollen jobcenteradministrator her" }]);
      const nowhere = await refusal(sys.admin.users.create({ email: "x@example.dk", name: "X", role: "jobcenter_admin" }));
      expect(fieldErrorsOf(nowhere)).toEqual([{ path: "organisationId", message: "Vælg en organisation" }]);
      // A caseworker is their jobcentre's business, not the system admin's.
      expect((await refusal(sys.admin.users.resetPassword({ userId: env.world.a.caseworker.id }))).code).toBe("NOT_FOUND");
    });
  });

  describe("jobcentre admin", () => {
    it("creates a caseworker in a team, changes role and team, and refuses what does not fit", async () => {
      const { a, b } = env.world;
      const admin = await as(a.admin.id);
      const { user } = await admin.admin.users.create({ email: "ny@example.dk", name: "Nina Ny", role: "sagsbehandler", teamId: a.team.id });
      expect(user).toMatchObject({ organisationId: a.jobcentre.id, teamName: "Team A", role: "sagsbehandler" });

      const wrongRole = await refusal(admin.admin.users.create({ email: "ak@example.dk", name: "A", role: "akasse" }));
      expect(fieldErrorsOf(wrongRole)).toEqual([{ path: "role", message: "Du kan kun give rollen sagsbehandler eller jobcenteradministrator her" }]);
      const foreignTeam = await refusal(admin.admin.users.create({ email: "t@example.dk", name: "T", role: "sagsbehandler", teamId: b.team.id }));
      expect(fieldErrorsOf(foreignTeam)).toEqual([{ path: "teamId", message: "Teamet findes ikke i organisationen" }]);
      const taken = await refusal(admin.admin.users.create({ email: a.caseworker.email.toUpperCase(), name: "Dublet", role: "sagsbehandler" }));
      expect(taken.code).toBe("CONFLICT");
      expect(fieldErrorsOf(taken)).toEqual([{ path: "email", message: "Der findes allerede en bruger med denne e-mailadresse" }]);
      const badEmail = await refusal(admin.admin.users.create({ email: "ikke en adresse", name: "X", role: "sagsbehandler" }));
      expect(fieldErrorsOf(badEmail)[0]).toMatchObject({ path: "email" });

      const promoted = await admin.admin.users.update({ userId: user.id, role: "jobcenter_admin", teamId: null });
      expect(promoted).toMatchObject({ role: "jobcenter_admin", teamId: null });
      const self = await refusal(admin.admin.users.update({ userId: a.admin.id, role: "sagsbehandler" }));
      expect(fieldErrorsOf(self)).toEqual([{ path: "role", message: "Du kan ikke ændre din egen rolle" }]);

      const trail = (await auditRows(env.database)).filter((r) => r.action === "admin.user.update");
      expect(trail).toHaveLength(1);
      expect(trail[0]).toMatchObject({
        userId: a.admin.id,
        details: {
          organisationId: a.jobcentre.id,
          targetUserId: user.id,
          before: { role: "sagsbehandler", teamId: a.team.id },
          after: { role: "jobcenter_admin", teamId: null },
        },
      });
      // The kommune's desktops hold their colleagues: the change is in the kommune's change log.
      const logged = (await changeRows(env.database)).filter((c) => c.entity === "user" && c.entityId === user.id);
      expect(logged.map((c) => [c.kommunekode, c.payload])).toEqual([
        ["101", { name: "Nina Ny", role: "sagsbehandler", teamId: a.team.id, disabled: false }],
        ["101", { name: "Nina Ny", role: "jobcenter_admin", teamId: null, disabled: false }],
      ]);
    });

    it("deactivating ends the user's sessions at once and keeps them out; reactivating lets them in again", async () => {
      const { a } = env.world;
      const admin = await as(a.admin.id);
      const caseworker = await signIn(a.caseworker.email, PASSWORD);
      expect((await caseworker.auth.me()).id).toBe(a.caseworker.id);

      expect(await admin.admin.users.setActive({ userId: a.caseworker.id, active: false })).toMatchObject({ disabled: true });
      expect((await refusal(caseworker.auth.me())).code).toBe("UNAUTHORIZED");
      expect(await env.database.db.select().from(tables.sessions).where(eq(tables.sessions.userId, a.caseworker.id))).toEqual([]);
      expect((await refusal(signIn(a.caseworker.email, PASSWORD))).code).toBe("UNAUTHORIZED");
      const self = await refusal(admin.admin.users.setActive({ userId: a.admin.id, active: false }));
      expect(fieldErrorsOf(self)).toEqual([{ path: "userId", message: "Du kan ikke deaktivere dig selv" }]);

      await admin.admin.users.setActive({ userId: a.caseworker.id, active: true });
      expect((await (await signIn(a.caseworker.email, PASSWORD)).auth.me()).id).toBe(a.caseworker.id);
      const actions = (await auditRows(env.database)).filter((r) => r.action.startsWith("admin.user.")).map((r) => [r.action, r.details["after"]]);
      expect(actions).toEqual([
        ["admin.user.deactivate", { disabled: true, endedSessions: 1 }],
        ["admin.user.reactivate", { disabled: false }],
      ]);
    });

    it("resets a password: the old one and every session stop working, the one-time password must be replaced", async () => {
      const { a } = env.world;
      const before = await signIn(a.caseworker.email, PASSWORD);
      const { oneTimePassword, user } = await (await as(a.admin.id)).admin.users.resetPassword({ userId: a.caseworker.id });
      expect(user.mustChangePassword).toBe(true);
      expect((await refusal(before.auth.me())).code).toBe("UNAUTHORIZED");
      expect((await refusal(signIn(a.caseworker.email, PASSWORD))).code).toBe("UNAUTHORIZED");
      const after = await signIn(a.caseworker.email, oneTimePassword);
      expect((await refusal(after.caseload.list({}))).code).toBe("FORBIDDEN");
      await after.account.changePassword({ currentPassword: oneTimePassword, newPassword: STRONG });
      expect((await after.caseload.list({})).total).toBe(2);
    });

    it("cannot see or touch another kommune's users or teams; caseworkers and a-kasse staff cannot administer at all", async () => {
      const { a, b } = env.world;
      const admin = await as(a.admin.id);
      // One call at a time: each is awaited (and its refusal handled) before the next starts.
      for (const call of [
        () => admin.admin.users.list({ organisationId: b.jobcentre.id }),
        () => admin.admin.users.update({ userId: b.caseworker.id, name: "Overtaget" }),
        () => admin.admin.users.setActive({ userId: b.caseworker.id, active: false }),
        () => admin.admin.users.resetPassword({ userId: b.caseworker.id }),
        () => admin.admin.users.resetPassword({ userId: a.akasseStaff.id }),
        () => admin.admin.teams.rename({ teamId: b.team.id, name: "Overtaget" }),
      ]) {
        expect((await refusal(call())).code).toBe("NOT_FOUND");
      }
      const [bCaseworker] = await env.database.db.select().from(tables.users).where(eq(tables.users.id, b.caseworker.id));
      expect(bCaseworker).toMatchObject({ name: "sagsbehandler b", disabled: false });
      for (const userId of [a.caseworker.id, a.akasseStaff.id]) {
        const api = await as(userId);
        for (const call of [
          () => api.admin.users.list({}),
          () => api.admin.users.create({ email: "x@example.dk", name: "X", role: "sagsbehandler" }),
          () => api.admin.audit.list({}),
        ]) {
          expect((await refusal(call())).code).toBe("FORBIDDEN");
        }
      }
    });

    it("keeps teams: create, rename, no two of one name", async () => {
      const admin = await as(env.world.a.admin.id);
      const team = await admin.admin.teams.create({ name: "Team Ledighed" });
      expect((await refusal(admin.admin.teams.create({ name: "team ledighed" }))).code).toBe("CONFLICT");
      expect(await admin.admin.teams.rename({ teamId: team.id, name: "Team Job" })).toEqual({ id: team.id, name: "Team Job", members: 0 });
      expect((await admin.admin.teams.list()).map((t) => [t.name, t.members])).toEqual([
        ["Team A", 1],
        ["Team Job", 0],
      ]);
    });
  });

  describe("assigning citizens", () => {
    it("assigns citizens without a caseworker in bulk; the new caseworker's caseload shows them at once", async () => {
      const { a } = env.world;
      const admin = await as(a.admin.id);
      const { user } = await admin.admin.users.create({ email: "ny@example.dk", name: "Nina Ny", role: "sagsbehandler" });
      await env.database.db.update(tables.citizens).set({ caseworkerId: null }).where(eq(tables.citizens.kommunekode, "101"));
      // As if Nina had already replaced her one-time password.
      await env.database.db.update(tables.users).set({ mustChangePassword: false }).where(eq(tables.users.id, user.id));
      const nina = await as(user.id);
      expect((await nina.caseload.list({})).total).toBe(0);

      const unassigned = await admin.admin.assignment.list({ caseworker: "none" });
      expect(unassigned.rows.map((r) => r.name)).toEqual(["Dagmar Dagpenge a", "Karl Kontanthjælp a"]);
      const listed = JSON.stringify(unassigned);
      for (const cpr of cprsOf(env.world)) expect(listed).not.toContain(cpr);
      // A random uuid can hold ten digits in a row: with the ids out, nothing CPR-shaped is left.
      expect(listed.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "")).not.toMatch(/\d{6}-?\d{4}/);

      expect(await admin.admin.assignment.assign({ citizenIds: unassigned.rows.map((r) => r.citizenId), caseworkerId: user.id })).toEqual({
        changed: 2,
        unchanged: 0,
      });
      expect((await nina.caseload.list({ sort: "name" })).rows.map((r) => r.name)).toEqual(["Dagmar Dagpenge a", "Karl Kontanthjælp a"]);
      expect((await admin.admin.assignment.list({ caseworker: user.id })).rows.map((r) => r.caseworkerName)).toEqual(["Nina Ny", "Nina Ny"]);

      // Reassigning one citizen: a single change, audited with who held the citizen before.
      expect(await admin.admin.assignment.assign({ citizenIds: [a.dagpenge.citizenId], caseworkerId: a.caseworker.id })).toEqual({ changed: 1, unchanged: 0 });
      const assigned = (await auditRows(env.database)).filter((r) => r.action === "admin.citizen.assign");
      const trail = assigned.map((r) => [r.userId, r.citizenId, r.details["before"], r.details["after"]]);
      expect(trail.slice(0, 2)).toEqual(
        expect.arrayContaining([
          [a.admin.id, a.dagpenge.citizenId, { caseworkerId: null }, { caseworkerId: user.id }],
          [a.admin.id, a.kontanthjaelp.citizenId, { caseworkerId: null }, { caseworkerId: user.id }],
        ]),
      );
      expect(trail.slice(2)).toEqual([[a.admin.id, a.dagpenge.citizenId, { caseworkerId: user.id }, { caseworkerId: a.caseworker.id }]]);
      const logged = (await changeRows(env.database)).filter((c) => c.entity === "citizen");
      expect(logged.map((c) => [c.kommunekode, c.entityId, c.payload])).toEqual(
        expect.arrayContaining([["101", a.dagpenge.citizenId, { caseworkerId: a.caseworker.id, previousCaseworkerId: user.id }]]),
      );
      expect(logged).toHaveLength(3);
    });

    it("refuses another kommune's citizens (all or nothing), another jobcentre's or a deactivated caseworker", async () => {
      const { a, b } = env.world;
      const admin = await as(a.admin.id);
      const mixed = await refusal(admin.admin.assignment.assign({ citizenIds: [a.dagpenge.citizenId, b.dagpenge.citizenId], caseworkerId: null }));
      expect(mixed.code).toBe("NOT_FOUND");
      const [stillHeld] = await env.database.db.select().from(tables.citizens).where(eq(tables.citizens.id, a.dagpenge.citizenId));
      expect(stillHeld!.caseworkerId).toBe(a.caseworker.id);
      const foreign = await refusal(admin.admin.assignment.assign({ citizenIds: [a.dagpenge.citizenId], caseworkerId: b.caseworker.id }));
      expect(fieldErrorsOf(foreign)).toEqual([{ path: "caseworkerId", message: "Vælg en aktiv sagsbehandler i jobcentret" }]);
      const { user } = await admin.admin.users.create({ email: "gone@example.dk", name: "Gone", role: "sagsbehandler" });
      await admin.admin.users.setActive({ userId: user.id, active: false });
      expect((await refusal(admin.admin.assignment.assign({ citizenIds: [a.dagpenge.citizenId], caseworkerId: user.id }))).code).toBe("BAD_REQUEST");
      const tooMany = await refusal(admin.admin.assignment.assign({ citizenIds: Array.from({ length: 501 }, () => a.dagpenge.citizenId), caseworkerId: null }));
      expect(fieldErrorsOf(tooMany)).toEqual([{ path: "citizenIds", message: "Højst 500 borgere ad gangen" }]);
      expect((await changeRows(env.database)).filter((c) => c.entity === "citizen")).toEqual([]);
    });
  });

  describe("a-kasse admin", () => {
    it("manages the own a-kasse's staff only", async () => {
      const { a, b } = env.world;
      const admin = await as(a.akasseAdmin.id);
      const { user } = await admin.admin.users.create({ email: "ny@akasse.dk", name: "Ane Akasse", role: "akasse" });
      expect(user.organisationId).toBe(a.akasse.id);
      expect((await admin.admin.users.list({})).map((u) => u.email).sort()).toEqual(["akasse.a@example.dk", "akasse_admin.a@example.dk", "ny@akasse.dk"]);
      const caseworker = await refusal(admin.admin.users.create({ email: "s@example.dk", name: "S", role: "sagsbehandler" }));
      expect(fieldErrorsOf(caseworker)).toEqual([{ path: "role", message: "Du kan kun give rollen a-kassemedarbejder eller a-kasseadministrator her" }]);
      const team = await refusal(admin.admin.users.create({ email: "t@example.dk", name: "T", role: "akasse", teamId: a.team.id }));
      expect(fieldErrorsOf(team)).toEqual([{ path: "teamId", message: "A-kasser har ingen teams" }]);
      expect((await refusal(admin.admin.users.setActive({ userId: b.akasseStaff.id, active: false }))).code).toBe("NOT_FOUND");
      expect((await refusal(admin.admin.teams.list())).code).toBe("FORBIDDEN");
      // The a-kasse admin administers; the members' cases are the staff's.
      expect((await refusal(admin.joint.due())).code).toBe("FORBIDDEN");
      // No change log: no desktop holds an a-kasse's staff.
      expect((await changeRows(env.database)).filter((c) => c.entity === "user")).toEqual([]);
    });
  });

  describe("audit view", () => {
    it("shows each admin their own organisation's actions, filterable, without CPR numbers", async () => {
      const { a, b, systemAdmin } = env.world;
      const adminA = await as(a.admin.id);
      const { user } = await adminA.admin.users.create({ email: "ny@example.dk", name: "Nina Ny", role: "sagsbehandler" });
      await adminA.admin.assignment.assign({ citizenIds: [a.dagpenge.citizenId], caseworkerId: user.id });
      await adminA.settings.setRuleSet({ ruleSet: "lab" });
      await (await as(b.admin.id)).admin.users.setActive({ userId: b.caseworker.id, active: false });

      const page = await adminA.admin.audit.list({});
      expect(page.rows.map((r) => r.action)).toEqual(["admin.setting.rule-set", "admin.citizen.assign", "admin.user.create"]);
      expect(page.rows[1]).toMatchObject({
        actor: { id: a.admin.id, name: "jobcenter_admin a" },
        target: { id: user.id, name: "Nina Ny", email: "ny@example.dk" },
        citizenName: "Dagmar Dagpenge a",
        before: { caseworkerId: a.caseworker.id },
        after: { caseworkerId: user.id },
      });
      const text = JSON.stringify(page);
      for (const cpr of cprsOf(env.world)) expect(text).not.toContain(cpr);

      expect((await adminA.admin.audit.list({ action: "admin.user.create" })).rows).toHaveLength(1);
      expect((await adminA.admin.audit.list({ userId: user.id })).total).toBe(2);
      expect((await adminA.admin.audit.list({ from: "2099-01-01" })).total).toBe(0);
      const backwards = await refusal(adminA.admin.audit.list({ from: "2025-03-05", to: "2025-03-01" }));
      expect(fieldErrorsOf(backwards)).toEqual([{ path: "to", message: "Slutdatoen ligger før startdatoen" }]);
      // Another jobcentre's admin cannot filter their way into A's trail.
      expect((await (await as(b.admin.id)).admin.audit.list({ organisationId: a.jobcentre.id })).rows.map((r) => r.action)).toEqual(["admin.user.deactivate"]);

      const all = await (await as(systemAdmin.id)).admin.audit.list({});
      expect(all.total).toBe(4);
      expect((await (await as(systemAdmin.id)).admin.audit.list({ organisationId: b.jobcentre.id })).total).toBe(1);
    });
  });
});
