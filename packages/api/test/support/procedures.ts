/**
 * Every procedure of the router, who may call it, and an input aimed at the other side's data
 * (side B of the world, seen from side A). Tests check this table against the router itself, so
 * a new procedure cannot be added without deciding its access rules here.
 */
import type { UserRole } from "@kontaktplan/db";
import type { Caller } from "./callers.js";
import { PASSWORD, type World } from "./world.js";

export type Role = UserRole;
export const ROLES: readonly Role[] = ["sagsbehandler", "jobcenter_admin", "akasse", "akasse_admin", "system_admin"];
const JOBCENTRE: Role[] = ["sagsbehandler", "jobcenter_admin"];
const JOINT: Role[] = ["akasse", ...JOBCENTRE];
const USER_ADMINS: Role[] = ["system_admin", "jobcenter_admin", "akasse_admin"];

/**
 * `refused`: a caller allowed to use the procedure, aiming at another organisation's data, gets
 * NOT_FOUND (or the code given). `ownOnly`: the procedure takes no foreign id; its answer must
 * not contain anything of the other side. `public`: no login, no tenant data.
 */
export type Expectation = "refused" | "ownOnly" | "public";

export interface ProcedureCase {
  allowed: readonly Role[];
  expect: Expectation;
  /** Overrides of `expect` for particular roles (slots.list takes a forløb only from a-kasse staff). */
  expectFor?: Partial<Record<Role, Expectation>>;
  /** The code for `refused` when it is not NOT_FOUND. */
  refusedWith?: string;
  input: (w: World) => unknown;
  /** Further `refused` targets: the moved member's data, which her new a-kasse must not see either. */
  moreInputs?: (w: World) => unknown[];
}

const reason = "Afprøvning";

export const PROCEDURES: Record<string, ProcedureCase> = {
  "auth.login": { allowed: [], expect: "public", input: () => ({ email: "ingen@example.dk", password: "x" }) },
  "auth.logout": { allowed: [], expect: "public", input: () => undefined },
  "auth.me": { allowed: ROLES, expect: "ownOnly", input: () => undefined },
  "settings.get": { allowed: ROLES, expect: "ownOnly", input: () => undefined },
  "settings.slotRules": { allowed: ["sagsbehandler", "jobcenter_admin"], expect: "ownOnly", input: () => undefined },
  "settings.setSlotRules": { allowed: ["jobcenter_admin"], expect: "ownOnly", input: () => ({ opensAt: "08:00", closesAt: "16:00", horizonMonths: 6 }) },
  "settings.setRuleSet": { allowed: ["jobcenter_admin", "system_admin"], expect: "ownOnly", input: () => ({ ruleSet: "forenklet" }) },
  "caseload.list": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ scope: "kommune", pageSize: 200 }) },
  // A CPR number is one person, whichever kommune has registered them: another kommune's citizen cannot be created again.
  "citizen.create": { allowed: JOBCENTRE, expect: "refused", refusedWith: "CONFLICT", input: (w) => ({ name: "Ny Borger", cpr: w.b.dagpenge.cpr }) },
  "citizen.akasser": { allowed: JOBCENTRE, expect: "ownOnly", input: () => undefined },
  "citizen.get": { allowed: [...JOBCENTRE, "system_admin"], expect: "refused", input: (w) => ({ citizenId: w.b.dagpenge.citizenId }) },
  "forloeb.create": {
    allowed: JOBCENTRE,
    expect: "refused",
    input: (w) => ({ citizenId: w.b.kontanthjaelp.citizenId, ydelse: "fleksjob", start: "2030-01-01" }),
  },
  "forloeb.update": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ forloebId: w.b.kontanthjaelp.forloebId, version: 1, end: "2030-01-01" }) },
  "forloeb.changeBenefit": {
    allowed: JOBCENTRE,
    expect: "refused",
    input: (w) => ({ forloebId: w.b.kontanthjaelp.forloebId, version: 1, ydelse: "fleksjob", start: "2025-06-01" }),
  },
  "forloeb.undoBenefitChange": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ forloebId: w.b.kontanthjaelp.forloebId, version: 1 }) },
  "forloeb.addPause": {
    allowed: JOBCENTRE,
    expect: "refused",
    input: (w) => ({ forloebId: w.b.kontanthjaelp.forloebId, from: "2025-05-01", to: "2025-05-02" }),
  },
  "forloeb.removePause": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ pauseId: w.b.kontanthjaelp.pauseId }) },
  "forloeb.updatePause": {
    allowed: JOBCENTRE,
    expect: "refused",
    input: (w) => ({ pauseId: w.b.kontanthjaelp.pauseId, from: "2025-02-10", to: "2025-02-12" }),
  },
  "forloeb.setFlags": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ forloebId: w.b.dagpenge.forloebId, version: 1, akasseFravalgt: true }) },
  "meeting.plan": {
    allowed: JOBCENTRE,
    expect: "refused",
    input: (w) => ({ forloebId: w.b.kontanthjaelp.forloebId, date: "2025-03-10", time: "10:00", kind: "individuel" }),
  },
  "meeting.record": {
    allowed: JOBCENTRE,
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.plannedMeetingId, form: "telefon", participants: ["borger", "jobcenter"] }),
  },
  "meeting.cancel": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ meetingId: w.b.dagpenge.plannedMeetingId, reason }) },
  "meeting.markNoShow": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ meetingId: w.b.dagpenge.plannedMeetingId }) },
  "meeting.clashes": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ date: "2025-03-10", time: "10:00" }) },
  "meeting.correct": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ meetingId: w.b.dagpenge.plannedMeetingId, version: 1, status: "udeblevet" }) },
  "meeting.setNote": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ meetingId: w.b.dagpenge.plannedMeetingId, version: 1, note: "Overtaget" }) },
  "meeting.ics": {
    allowed: ["sagsbehandler", "jobcenter_admin", "akasse", "system_admin"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId }),
    moreInputs: (w) => [{ meetingId: w.movedMember.oldJointMeetingId }, { meetingId: w.movedMember.meetingId }],
  },
  "request.register": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ forloebId: w.b.kontanthjaelp.forloebId, date: "2025-03-01", by: "borger" }) },
  "request.update": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ requestId: w.b.kontanthjaelp.requestId, date: "2025-03-01", by: "borger" }) },
  "request.remove": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ requestId: w.b.kontanthjaelp.requestId }) },
  "slots.publish": {
    allowed: JOBCENTRE,
    expect: "refused",
    refusedWith: "BAD_REQUEST",
    input: (w) => ({ date: "2025-04-14", time: "09:00", caseworkerId: w.b.caseworker.id }),
  },
  "slots.withdraw": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ slotId: w.b.slotId }) },
  "slots.list": {
    allowed: JOINT,
    expect: "refused",
    expectFor: { sagsbehandler: "ownOnly", jobcenter_admin: "ownOnly" },
    input: (w) => ({ from: "2025-01-01", to: "2025-12-31", forloebId: w.b.dagpenge.forloebId }),
    moreInputs: (w) => [w.movedMember.oldDagpengeId, w.movedMember.sygedagpengeId].map((forloebId) => ({ from: "2025-01-01", to: "2025-12-31", forloebId })),
  },
  "joint.due": { allowed: ["akasse"], expect: "ownOnly", input: () => undefined },
  "joint.book": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ forloebId: w.b.dagpenge.forloebId, slotId: w.b.slotId, rule: "joint-by-3-months", occurrence: 1 }),
    moreInputs: (w) => [{ forloebId: w.movedMember.oldDagpengeId, slotId: w.b.slotId, rule: "joint-by-3-months", occurrence: 1 }],
  },
  "joint.propose": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ forloebId: w.b.dagpenge.forloebId, rule: "joint-by-3-months", occurrence: 1, times: [{ date: "2025-03-24", time: "09:00" }] }),
    moreInputs: (w) => [{ forloebId: w.movedMember.oldDagpengeId, rule: "joint-by-3-months", occurrence: 1, times: [{ date: "2025-03-24", time: "09:00" }] }],
  },
  "joint.member": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ forloebId: w.b.dagpenge.forloebId }),
    moreInputs: (w) => [w.movedMember.oldDagpengeId, w.movedMember.sygedagpengeId].map((forloebId) => ({ forloebId })),
  },
  "joint.proposals": { allowed: JOINT, expect: "ownOnly", input: () => ({}) },
  "joint.withdraw": { allowed: ["akasse"], expect: "refused", input: (w) => ({ proposalId: w.b.proposalId }) },
  "joint.decide": { allowed: JOBCENTRE, expect: "refused", input: (w) => ({ proposalId: w.b.proposalId, decision: "decline", reason }) },
  "joint.reschedule": {
    allowed: JOINT,
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, slotId: w.b.slotId, reason }),
    moreInputs: (w) => [{ meetingId: w.movedMember.oldJointMeetingId, slotId: w.b.slotId, reason }],
  },
  "joint.cancel": {
    allowed: JOINT,
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, reason }),
    moreInputs: (w) => [{ meetingId: w.movedMember.oldJointMeetingId, reason }],
  },
  "joint.recordCv": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ forloebId: w.b.dagpenge.forloebId, date: "2025-01-15" }),
    moreInputs: (w) => [w.movedMember.oldDagpengeId, w.movedMember.sygedagpengeId].map((forloebId) => ({ forloebId, date: "2025-01-15" })),
  },
  // Another a-kasse's member's meetings are not found, whatever their kind.
  "cv.update": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, version: 1, date: "2025-01-15" }),
    moreInputs: (w) => [w.movedMember.oldJointMeetingId, w.movedMember.meetingId].map((meetingId) => ({ meetingId, version: 1, date: "2025-01-15" })),
  },
  "cv.remove": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, version: 1 }),
    moreInputs: (w) => [w.movedMember.oldJointMeetingId, w.movedMember.meetingId].map((meetingId) => ({ meetingId, version: 1 })),
  },
  "joint.setOptOut": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ forloebId: w.b.dagpenge.forloebId, optOut: true }),
    moreInputs: (w) => [w.movedMember.oldDagpengeId, w.movedMember.sygedagpengeId].map((forloebId) => ({ forloebId, optOut: true })),
  },
  // The a-kasse's own jobsamtaler: only its members' dagpenge forløb (not the moved member's old one of a-kasse B, nor her sygedagpenge).
  "akasse.plan": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ forloebId: w.b.dagpenge.forloebId, date: "2025-03-10", time: "10:00" }),
    moreInputs: (w) => [w.movedMember.oldDagpengeId, w.movedMember.sygedagpengeId].map((forloebId) => ({ forloebId, date: "2025-03-10", time: "10:00" })),
  },
  "akasse.record": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, form: "telefon" }),
    moreInputs: (w) => [
      { meetingId: w.movedMember.oldJointMeetingId, form: "telefon" },
      { meetingId: w.movedMember.meetingId, form: "telefon" },
    ],
  },
  "akasse.markNoShow": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId }),
    moreInputs: (w) => [{ meetingId: w.movedMember.oldJointMeetingId }, { meetingId: w.movedMember.meetingId }],
  },
  "akasse.cancel": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, reason }),
    moreInputs: (w) => [{ meetingId: w.movedMember.oldJointMeetingId, reason }],
  },
  "akasse.correct": {
    allowed: ["akasse"],
    expect: "refused",
    input: (w) => ({ meetingId: w.b.dagpenge.jointMeetingId, version: 1, status: "afholdt", date: "2025-03-03", time: "08:00" }),
    moreInputs: (w) => [{ meetingId: w.movedMember.oldJointMeetingId, version: 1, status: "afholdt", date: "2024-03-01", time: "08:00" }],
  },
  "account.changePassword": {
    allowed: ROLES,
    expect: "ownOnly",
    input: () => ({ currentPassword: PASSWORD, newPassword: "Fire tilfældige ord i træk" }),
  },
  "account.sessions": { allowed: ROLES, expect: "ownOnly", input: () => undefined },
  "account.endSession": { allowed: ROLES, expect: "refused", expectFor: { system_admin: "refused" }, input: (w) => ({ sessionId: w.b.sessionId }) },
  "admin.organisations.list": { allowed: ["system_admin"], expect: "ownOnly", input: () => undefined },
  "admin.organisations.create": { allowed: ["system_admin"], expect: "ownOnly", input: () => ({ kind: "akasse", name: "Ny A-kasse" }) },
  // The system admin manages every organisation's administrators (B's a-kasse has no kommune, so nothing reaches B's change log).
  "admin.users.list": { allowed: USER_ADMINS, expect: "refused", input: (w) => ({ organisationId: w.b.jobcentre.id }) },
  "admin.users.create": {
    allowed: USER_ADMINS,
    expect: "refused",
    input: (w) => ({ organisationId: w.b.akasse.id, email: "ny.admin@example.dk", name: "Ny Admin", role: "akasse_admin" }),
    moreInputs: (w) => [{ organisationId: w.b.jobcentre.id, email: "ny.sagsbehandler@example.dk", name: "Ny", role: "sagsbehandler" }],
  },
  "admin.users.update": { allowed: USER_ADMINS, expect: "refused", input: (w) => ({ userId: w.b.akasseAdmin.id, name: "Omdøbt Admin" }) },
  "admin.users.setActive": { allowed: USER_ADMINS, expect: "refused", input: (w) => ({ userId: w.b.akasseAdmin.id, active: true }) },
  "admin.users.resetPassword": { allowed: USER_ADMINS, expect: "refused", input: (w) => ({ userId: w.b.akasseAdmin.id }) },
  "admin.teams.list": { allowed: ["jobcenter_admin"], expect: "ownOnly", input: () => undefined },
  "admin.teams.create": { allowed: ["jobcenter_admin"], expect: "ownOnly", input: () => ({ name: "Nyt team" }) },
  "admin.teams.rename": { allowed: ["jobcenter_admin"], expect: "refused", input: (w) => ({ teamId: w.b.team.id, name: "Overtaget" }) },
  "admin.assignment.list": { allowed: ["jobcenter_admin"], expect: "ownOnly", input: () => ({ pageSize: 200 }) },
  "admin.assignment.assign": {
    allowed: ["jobcenter_admin"],
    expect: "refused",
    input: (w) => ({ citizenIds: [w.b.dagpenge.citizenId], caseworkerId: w.a.caseworker.id }),
    moreInputs: (w) => [{ citizenIds: [w.a.dagpenge.citizenId, w.movedMember.citizenId], caseworkerId: null }],
  },
  "admin.audit.list": { allowed: USER_ADMINS, expect: "ownOnly", input: () => ({ pageSize: 200 }) },
  "calendar.caseworkerWeek": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ monday: "2025-03-17" }) },
  "calendar.akasseWeek": { allowed: ["akasse"], expect: "ownOnly", input: () => ({ monday: "2025-03-17" }) },
  "calendarFeed.get": { allowed: JOBCENTRE, expect: "ownOnly", input: () => undefined },
  "calendarFeed.create": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ showNames: true }) },
  "calendarFeed.revoke": { allowed: JOBCENTRE, expect: "ownOnly", input: () => undefined },
  "notifications.unreadCount": { allowed: ROLES, expect: "ownOnly", input: () => undefined },
  "notifications.list": { allowed: ROLES, expect: "ownOnly", input: () => undefined },
  // Another user's notification ids are simply not the caller's: nothing is marked, nothing told,
  // the system admin included (a notification is its recipient's own).
  "notifications.markRead": { allowed: ROLES, expect: "ownOnly", expectFor: { system_admin: "ownOnly" }, input: (w) => ({ ids: [w.b.proposalId] }) },
  "compliance.summary": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({}) },
  "compare.caseload": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ scope: "kommune" }) },
  "sync.snapshot": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ scope: "kommune" }) },
  "sync.pull": { allowed: JOBCENTRE, expect: "ownOnly", input: () => ({ scope: "kommune", since: 0 }) },
  // A push aimed at the other side is answered (each change gets a result), never with its data.
  "sync.push": {
    allowed: JOBCENTRE,
    expect: "ownOnly",
    input: (w) => ({
      changes: [
        {
          id: "6f1c2a8e-0000-4000-8000-000000000001",
          idempotencyKey: "6f1c2a8e-0000-4000-8000-000000000002",
          path: "forloeb.setFlags",
          input: { forloebId: w.b.dagpenge.forloebId, version: 1, akasseFravalgt: true },
          createdIds: [],
          base: [{ entity: "forloeb", id: w.b.dagpenge.forloebId, seq: 0, after: null }],
          local: [],
          madeAt: "2025-03-03T09:00:00.000Z",
        },
      ],
    }),
  },
};

/** Call a procedure by its dotted path. */
export function callByPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

/** Side A's user of a role (the system admin has no side). */
export function userOf(w: World, role: Role): string {
  switch (role) {
    case "sagsbehandler":
      return w.a.caseworker.id;
    case "jobcenter_admin":
      return w.a.admin.id;
    case "akasse":
      return w.a.akasseStaff.id;
    case "akasse_admin":
      return w.a.akasseAdmin.id;
    case "system_admin":
      return w.systemAdmin.id;
  }
}

/** Everything that identifies side B or the moved member: none of it may appear in an answer to side A. */
export function markersOf(w: World): string[] {
  const b = w.b;
  const moved = w.movedMember;
  return [
    moved.citizenId,
    moved.cpr,
    moved.oldDagpengeId,
    moved.oldJointMeetingId,
    moved.sygedagpengeId,
    moved.meetingId,
    "Vera Vandrer",
    b.dagpenge.citizenId,
    b.dagpenge.cpr,
    b.dagpenge.forloebId,
    b.dagpenge.plannedMeetingId,
    b.dagpenge.jointMeetingId,
    b.kontanthjaelp.citizenId,
    b.kontanthjaelp.cpr,
    b.kontanthjaelp.forloebId,
    b.slotId,
    b.proposalId,
    "Dagmar Dagpenge b",
    "Karl Kontanthjælp b",
    ...[b.caseworker, b.admin, b.akasseStaff, b.akasseAdmin].flatMap((u) => [u.id, u.email]),
    b.team.id,
    ...(b.sessionId ? [b.sessionId] : []),
  ];
}
