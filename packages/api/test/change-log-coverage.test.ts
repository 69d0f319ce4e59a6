/**
 * Every mutation of the router either reaches the desktops through the change log or says why
 * not. The table must name exactly the router's mutations, so a new one cannot be added without
 * deciding; each that records is called once, as side A, and must write the entities it names.
 */
import { gt, max } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tables, type Db } from "@kontaktplan/db";
import type { ChangeEntity } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { appRouter } from "../src/index.js";
import { REPLAYABLE_PATHS } from "../src/sync/replay.js";
import { callerAs } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { callByPath, userOf, type Role } from "./support/procedures.js";
import { PASSWORD, type World } from "./support/world.js";

/** Tuesday 11 March 2025, 10:00 in Copenhagen: the world's planned meeting of 10 March has taken place. */
const NOW = new Date("2025-03-11T09:00:00Z");

/** What earlier calls of the table answered, for later calls to aim at (ids and versions). */
type Made = Record<string, { id: string; version: number }>;

/** Meetings the world lacks: a missed jobsamtale and samtaler to mark, cancel and record. */
interface Extra {
  jobcentrePast: string;
  jobcentreFuture: string;
  akassePast: string;
  akassePastToo: string;
  akasseFuture: string;
  secondSlot: string;
}

type Recorded = { as: Role; input: (w: World, made: Made, extra: Extra) => unknown; records: readonly ChangeEntity[]; now?: Date };
type NotRecorded = { none: string };

const reason = "Afprøvning";

/** In the order they run: later calls build on what earlier ones made. */
const MUTATIONS: Record<string, Recorded | NotRecorded> = {
  "auth.login": { none: "a session of the server's own; the desktop signs in offline with its own copy" },
  "auth.logout": { none: "ends a session of the server's own" },
  "account.endSession": { none: "ends a session of the server's own" },
  "calendarFeed.create": { none: "the caller's own calendar link, which only the server answers" },
  "calendarFeed.revoke": { none: "the caller's own calendar link, which only the server answers" },
  "notifications.markRead": { none: "the recipient's inbox lives on the server only" },
  "settings.setSlotRules": { none: "opening hours for publishing slots, which only the web does" },
  "admin.organisations.create": { none: "an organisation belongs to no kommune's log; desktops get the a-kasser with each snapshot" },
  "sync.push": { none: "replays the replayable procedures, each of which records its own changes (below and in sync.test.ts)" },

  "citizen.create": { as: "sagsbehandler", input: () => ({ name: "Nanna Ny", cpr: "0505800011" }), records: ["citizen"] },
  "forloeb.create": {
    as: "sagsbehandler",
    input: (_w, made) => ({ citizenId: made["citizen.create"]!.id, ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-03-03" }),
    records: ["forloeb"],
  },
  "forloeb.update": {
    as: "sagsbehandler",
    input: (_w, made) => ({ forloebId: made["forloeb.create"]!.id, version: made["forloeb.create"]!.version, start: "2025-02-24" }),
    records: ["forloeb"],
  },
  "forloeb.setFlags": {
    as: "sagsbehandler",
    input: (_w, made) => ({ forloebId: made["forloeb.update"]!.id, version: made["forloeb.update"]!.version, iIntegrationsprogram: true }),
    records: ["forloeb"],
  },
  "forloeb.changeBenefit": {
    as: "sagsbehandler",
    input: (_w, made) => ({
      forloebId: made["forloeb.setFlags"]!.id,
      version: made["forloeb.setFlags"]!.version,
      ydelse: "uddannelseshjaelp",
      visitation: "aktivitetsparat",
      start: "2025-03-10",
    }),
    records: ["forloeb"],
  },
  "forloeb.undoBenefitChange": {
    as: "sagsbehandler",
    input: (_w, made) => ({ forloebId: made["forloeb.changeBenefit"]!.id, version: made["forloeb.changeBenefit"]!.version }),
    records: ["forloeb"],
  },
  "forloeb.addPause": {
    as: "sagsbehandler",
    input: (w) => ({ forloebId: w.a.kontanthjaelp.forloebId, from: "2025-02-17", to: "2025-02-18" }),
    records: ["pause"],
  },
  "forloeb.updatePause": {
    as: "sagsbehandler",
    input: (w) => ({ pauseId: w.a.kontanthjaelp.pauseId, from: "2025-02-10", to: "2025-02-13" }),
    records: ["pause"],
  },
  "forloeb.removePause": { as: "sagsbehandler", input: (w) => ({ pauseId: w.a.kontanthjaelp.pauseId }), records: ["pause"] },

  "meeting.plan": {
    as: "sagsbehandler",
    input: (w) => ({ forloebId: w.a.kontanthjaelp.forloebId, date: "2025-03-13", time: "10:00", kind: "individuel" }),
    records: ["meeting"],
  },
  "meeting.record": {
    as: "sagsbehandler",
    input: (w) => ({ meetingId: w.a.dagpenge.plannedMeetingId, form: "telefon", participants: ["borger", "jobcenter"] }),
    records: ["meeting"],
  },
  "meeting.setNote": {
    as: "sagsbehandler",
    input: (_w, made) => ({ meetingId: made["meeting.record"]!.id, version: made["meeting.record"]!.version, note: "Ringede ikke" }),
    records: ["meeting"],
  },
  "meeting.correct": {
    as: "sagsbehandler",
    input: (_w, made) => ({ meetingId: made["meeting.setNote"]!.id, version: made["meeting.setNote"]!.version, status: "udeblevet", reason }),
    records: ["meeting"],
  },
  "meeting.markNoShow": { as: "sagsbehandler", input: (_w, _m, extra) => ({ meetingId: extra.jobcentrePast }), records: ["meeting"] },
  "meeting.cancel": { as: "sagsbehandler", input: (_w, _m, extra) => ({ meetingId: extra.jobcentreFuture, reason }), records: ["meeting"] },

  "request.register": {
    as: "sagsbehandler",
    input: (w) => ({ forloebId: w.a.kontanthjaelp.forloebId, date: "2025-03-04", by: "borger" }),
    records: ["request"],
  },
  "request.update": { as: "sagsbehandler", input: (w) => ({ requestId: w.a.kontanthjaelp.requestId, date: "2025-02-21", by: "borger" }), records: ["request"] },
  "request.remove": { as: "sagsbehandler", input: (w) => ({ requestId: w.a.kontanthjaelp.requestId }), records: ["request"] },

  "slots.publish": { as: "sagsbehandler", input: (w) => ({ date: "2025-04-01", time: "09:00", caseworkerId: w.a.caseworker.id }), records: ["slot"] },
  "slots.withdraw": { as: "sagsbehandler", input: (_w, made) => ({ slotId: made["slots.publish"]!.id }), records: ["slot"] },

  "joint.decide": { as: "sagsbehandler", input: (w) => ({ proposalId: w.a.proposalId, decision: "decline", reason }), records: ["joint_proposal"] },
  "joint.propose": {
    as: "akasse",
    input: (w) => ({ forloebId: w.a.dagpenge.forloebId, rule: "joint-by-3-months", occurrence: 1, times: [{ date: "2025-03-24", time: "09:00" }] }),
    records: ["joint_proposal"],
  },
  "joint.withdraw": { as: "akasse", input: (_w, made) => ({ proposalId: made["joint.propose"]!.id }), records: ["joint_proposal"] },
  "joint.cancel": { as: "akasse", input: (w) => ({ meetingId: w.a.dagpenge.jointMeetingId, reason }), records: ["meeting"] },
  "joint.book": {
    as: "akasse",
    input: (w) => ({ forloebId: w.a.dagpenge.forloebId, slotId: w.a.slotId, rule: "joint-by-3-months", occurrence: 1 }),
    records: ["meeting", "joint_booking"],
  },
  "joint.reschedule": {
    as: "akasse",
    input: (_w, made, extra) => ({ meetingId: made["joint.book"]!.id, slotId: extra.secondSlot, reason }),
    records: ["meeting", "joint_booking"],
  },
  "joint.recordCv": { as: "akasse", input: (w) => ({ forloebId: w.a.dagpenge.forloebId, date: "2025-01-15" }), records: ["meeting"] },
  "cv.update": {
    as: "akasse",
    input: (_w, made) => ({ meetingId: made["joint.recordCv"]!.id, version: made["joint.recordCv"]!.version, date: "2025-01-16" }),
    records: ["meeting"],
  },
  "cv.remove": { as: "akasse", input: (_w, made) => ({ meetingId: made["cv.update"]!.id, version: made["cv.update"]!.version }), records: ["meeting"] },

  "akasse.plan": { as: "akasse", input: (w) => ({ forloebId: w.a.dagpenge.forloebId, date: "2025-03-14", time: "10:00" }), records: ["meeting"] },
  "akasse.cancel": { as: "akasse", input: (_w, _m, extra) => ({ meetingId: extra.akasseFuture, reason }), records: ["meeting"] },
  "akasse.record": { as: "akasse", input: (_w, _m, extra) => ({ meetingId: extra.akassePast, form: "telefon" }), records: ["meeting"] },
  "akasse.markNoShow": { as: "akasse", input: (_w, _m, extra) => ({ meetingId: extra.akassePastToo }), records: ["meeting"] },
  "akasse.correct": {
    as: "akasse",
    input: (_w, made) => ({
      meetingId: made["akasse.markNoShow"]!.id,
      version: made["akasse.markNoShow"]!.version,
      status: "afholdt",
      date: "2025-03-06",
      time: "10:00",
      form: "telefon",
      reason,
    }),
    records: ["meeting"],
  },
  "joint.setOptOut": { as: "akasse", input: (w) => ({ forloebId: w.a.dagpenge.forloebId, optOut: true }), records: ["forloeb"] },

  "admin.users.create": {
    as: "jobcenter_admin",
    input: (w) => ({ organisationId: w.a.jobcentre.id, email: "ny.kollega@example.dk", name: "Ny Kollega", role: "sagsbehandler" }),
    records: ["user"],
  },
  "admin.users.update": { as: "jobcenter_admin", input: (_w, made) => ({ userId: made["admin.users.create"]!.id, name: "Omdøbt Kollega" }), records: ["user"] },
  // A new password reaches the user's own desktop (the old one must stop opening it offline).
  "admin.users.resetPassword": { as: "jobcenter_admin", input: (_w, made) => ({ userId: made["admin.users.create"]!.id }), records: ["user"] },
  "admin.users.setActive": { as: "jobcenter_admin", input: (_w, made) => ({ userId: made["admin.users.create"]!.id, active: false }), records: ["user"] },
  "account.changePassword": { as: "sagsbehandler", input: () => ({ currentPassword: PASSWORD, newPassword: "Blå hest spiser gule æbler" }), records: ["user"] },
  "admin.teams.create": { as: "jobcenter_admin", input: () => ({ name: "Nyt team" }), records: ["team"] },
  "admin.teams.rename": { as: "jobcenter_admin", input: (_w, made) => ({ teamId: made["admin.teams.create"]!.id, name: "Omdøbt team" }), records: ["team"] },
  "admin.assignment.assign": {
    as: "jobcenter_admin",
    input: (w) => ({ citizenIds: [w.a.kontanthjaelp.citizenId], caseworkerId: null }),
    records: ["citizen"],
  },
  // Last: the rule set changes which obligations the calls above aim at.
  "settings.setRuleSet": { as: "jobcenter_admin", input: () => ({ ruleSet: "lab" }), records: ["setting"] },
};

const MUTATION_PATHS = Object.entries(appRouter._def.procedures)
  .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === "mutation")
  .map(([path]) => path);

describe("the change-log table", () => {
  it("names exactly the router's mutations, so none can be added without deciding", () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual([...MUTATION_PATHS].sort());
  });

  it("records a change for every procedure a desktop replays", () => {
    for (const path of REPLAYABLE_PATHS) {
      expect(MUTATION_PATHS, path).toContain(path);
      expect(MUTATIONS[path], path).toHaveProperty("records");
    }
  });
});

async function insertMeeting(db: Db, forloebId: string, ydelse: "dagpenge" | "kontanthjaelp", kind: "individuel" | "akasse", date: string): Promise<string> {
  const [row] = await db
    .insert(tables.meetings)
    .values({ forloebId, ydelse, startsAt: `${date}T09:00:00Z`, date, kind, status: "planlagt" })
    .returning({ id: tables.meetings.id });
  return row!.id;
}

describe.each(DATABASE_KINDS)("every mutation that changes what desktops hold records it, on %s", (kind) => {
  const env = useWorld(kind, { shared: true });
  const made: Made = {};
  let extra: Extra;

  beforeAll(async () => {
    const { db } = env.database;
    const { a } = env.world;
    const [slot] = await db
      .insert(tables.slots)
      .values({ jobcenterId: a.jobcentre.id, caseworkerId: a.caseworker.id, startsAt: "2025-03-31T08:00:00Z", endsAt: "2025-03-31T09:00:00Z" })
      .returning({ id: tables.slots.id });
    extra = {
      jobcentrePast: await insertMeeting(db, a.kontanthjaelp.forloebId, "kontanthjaelp", "individuel", "2025-03-05"),
      jobcentreFuture: await insertMeeting(db, a.kontanthjaelp.forloebId, "kontanthjaelp", "individuel", "2025-03-18"),
      akassePast: await insertMeeting(db, a.dagpenge.forloebId, "dagpenge", "akasse", "2025-03-04"),
      akassePastToo: await insertMeeting(db, a.dagpenge.forloebId, "dagpenge", "akasse", "2025-03-06"),
      akasseFuture: await insertMeeting(db, a.dagpenge.forloebId, "dagpenge", "akasse", "2025-03-19"),
      secondSlot: slot!.id,
    };
  });

  const recorded = Object.entries(MUTATIONS).filter((entry): entry is [string, Recorded] => "records" in entry[1]);

  it.each(recorded)("%s", async (path, c) => {
    const { database, world } = env;
    const [row] = await database.db.select({ last: max(tables.changeLog.seq) }).from(tables.changeLog);
    const before = Number(row?.last ?? 0);
    const api = await callerAs(database, userOf(world, c.as), () => c.now ?? NOW);
    const answer = (await callByPath(api, path, c.input(world, made, extra))) as Record<string, unknown>;
    made[path] = idOf(answer);

    const rows = await database.db.select().from(tables.changeLog).where(gt(tables.changeLog.seq, before));
    expect([...new Set(rows.map((r) => r.entity))].sort()).toEqual(expect.arrayContaining([...c.records]));
    expect(new Set(rows.map((r) => r.kommunekode))).toEqual(new Set([world.a.jobcentre.kommunekode]));
  });
});

/** The id and version an answer carries: a record itself, or the one it wraps. */
function idOf(answer: Record<string, unknown>): { id: string; version: number } {
  const inner = ["record", "meeting", "forloeb", "user", "created", "started"].map((key) => answer[key]).find((v) => v !== undefined && v !== null);
  const record = (Array.isArray(inner) ? inner[0] : (inner ?? answer)) as { id: string; version?: number };
  return { id: record.id, version: record.version ?? 1 };
}
