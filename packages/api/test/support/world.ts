/**
 * A small, fixed world with two of everything, so every test can try to reach across tenants:
 * two jobcentres (kommune 101 and 751), two a-kasser, users of every role, and citizens whose
 * a-kasse membership crosses kommune lines.
 */
import { tables, type Db } from "@kontaktplan/db";
import type { RuleSet } from "@kontaktplan/schema";
import { hashPassword } from "../../src/auth/password.js";
import { storeRuleSet } from "../../src/domain/rule-set.js";

const { citizens, forloeb, meetings, organisations, requests, slots, teams, users } = tables;

export const PASSWORD = "Hemmelig-kode-42";
let passwordHash: Promise<string> | undefined;

async function insertOne<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export interface Side {
  jobcentre: { id: string; kommunekode: string };
  akasse: { id: string };
  team: { id: string };
  caseworker: { id: string; email: string };
  admin: { id: string; email: string };
  akasseStaff: { id: string; email: string };
  akasseAdmin: { id: string; email: string };
  /** A dagpenge member of this side's a-kasse, in this side's kommune, on this side's caseworker's caseload. */
  dagpenge: { citizenId: string; cpr: string; forloebId: string; plannedMeetingId: string; jointMeetingId: string };
  /** Kontanthjælp, no a-kasse: never visible to any a-kasse. */
  kontanthjaelp: { citizenId: string; cpr: string; forloebId: string; pauseId: string; requestId: string };
  /** A free slot of this side's jobcentre, inside the dagpenge member's 3-month joint window. */
  slotId: string;
  /** A pending proposal by this side's a-kasse for the dagpenge member's first fællessamtale. */
  proposalId: string;
  /** A session of this side's caseworker, for tests that aim at one (`withSession`). */
  sessionId?: string;
}

export interface World {
  a: Side;
  b: Side;
  systemAdmin: { id: string; email: string };
  /**
   * A member of a-kasse A living in kommune 751 (B's jobcentre), whose data a-kasse A must still
   * not see: an old dagpenge forløb from her time in a-kasse B, and her current sygedagpenge.
   */
  movedMember: { citizenId: string; cpr: string; oldDagpengeId: string; oldJointMeetingId: string; sygedagpengeId: string; meetingId: string };
}

async function side(db: Db, key: "a" | "b", kommunekode: string, hash: string, cprBase: string): Promise<Side> {
  const jobcentre = await insertOne(
    db
      .insert(organisations)
      .values({ kind: "jobcenter", name: `Jobcenter ${key.toUpperCase()}`, kommunekode })
      .returning(),
  );
  const akasse = await insertOne(
    db
      .insert(organisations)
      .values({ kind: "akasse", name: `A-kasse ${key.toUpperCase()}` })
      .returning(),
  );
  const team = await insertOne(
    db
      .insert(teams)
      .values({ organisationId: jobcentre.id, name: `Team ${key.toUpperCase()}` })
      .returning(),
  );
  const user = (role: "sagsbehandler" | "jobcenter_admin" | "akasse" | "akasse_admin", organisationId: string, teamId: string | null) =>
    insertOne(
      db
        .insert(users)
        .values({ organisationId, teamId, role, email: `${role}.${key}@example.dk`, name: `${role} ${key}`, passwordHash: hash })
        .returning({ id: users.id, email: users.email }),
    );
  const caseworker = await user("sagsbehandler", jobcentre.id, team.id);
  const admin = await user("jobcenter_admin", jobcentre.id, null);
  const akasseStaff = await user("akasse", akasse.id, null);
  const akasseAdmin = await user("akasse_admin", akasse.id, null);

  const dpCpr = `${cprBase}01`;
  const dpCitizen = await insertOne(
    db
      .insert(citizens)
      .values({ kommunekode, cpr: dpCpr, name: `Dagmar Dagpenge ${key}`, akasseId: akasse.id, caseworkerId: caseworker.id, phone: "12345678" })
      .returning(),
  );
  const dpForloeb = await insertOne(
    db.insert(forloeb).values({ citizenId: dpCitizen.id, ydelse: "dagpenge", start: "2025-01-06", akasseId: akasse.id }).returning(),
  );
  const planned = await insertOne(
    db
      .insert(meetings)
      .values({ forloebId: dpForloeb.id, ydelse: "dagpenge", startsAt: "2025-03-10T09:00:00Z", date: "2025-03-10", kind: "individuel", status: "planlagt" })
      .returning(),
  );
  const joint = await insertOne(
    db
      .insert(meetings)
      .values({ forloebId: dpForloeb.id, ydelse: "dagpenge", startsAt: "2025-03-20T09:00:00Z", date: "2025-03-20", kind: "faelles", status: "planlagt" })
      .returning(),
  );

  const khCpr = `${cprBase}02`;
  const khCitizen = await insertOne(
    db
      .insert(citizens)
      .values({ kommunekode, cpr: khCpr, name: `Karl Kontanthjælp ${key}`, caseworkerId: caseworker.id })
      .returning(),
  );
  const khForloeb = await insertOne(
    db.insert(forloeb).values({ citizenId: khCitizen.id, ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-02-03" }).returning(),
  );
  const pause = await insertOne(db.insert(tables.pauses).values({ forloebId: khForloeb.id, from: "2025-02-10", to: "2025-02-14" }).returning());
  const request = await insertOne(db.insert(requests).values({ forloebId: khForloeb.id, date: "2025-02-20", by: "borger" }).returning());
  // 2025-03-27 is a Thursday inside the first three months of a forløb that started 2025-01-06.
  const slot = await insertOne(
    db
      .insert(slots)
      .values({ jobcenterId: jobcentre.id, caseworkerId: caseworker.id, startsAt: "2025-03-27T09:00:00Z", endsAt: "2025-03-27T10:00:00Z" })
      .returning(),
  );
  const proposal = await insertOne(
    db
      .insert(tables.jointProposals)
      .values({ forloebId: dpForloeb.id, akasseId: akasse.id, times: ["2025-03-24T08:00:00.000Z"], createdBy: akasseStaff.id })
      .returning(),
  );
  return {
    jobcentre: { id: jobcentre.id, kommunekode },
    akasse: { id: akasse.id },
    team: { id: team.id },
    caseworker,
    admin,
    akasseStaff,
    akasseAdmin,
    dagpenge: { citizenId: dpCitizen.id, cpr: dpCpr, forloebId: dpForloeb.id, plannedMeetingId: planned.id, jointMeetingId: joint.id },
    kontanthjaelp: { citizenId: khCitizen.id, cpr: khCpr, forloebId: khForloeb.id, pauseId: pause.id, requestId: request.id },
    slotId: slot.id,
    proposalId: proposal.id,
  };
}

/**
 * The world's scenarios (joint meetings by 3 and 6 months, the seed's figures) are the seed's
 * simplified rules, so the world pins `forenklet` nationally, as a kommune may pin a rule set for
 * comparison; `nationalRuleSet: null` leaves the default (`gaeldende`, the law in force).
 */
export async function seedWorld(db: Db, { nationalRuleSet = "forenklet" }: { nationalRuleSet?: RuleSet | null } = {}): Promise<World> {
  if (nationalRuleSet !== null) await storeRuleSet(db, null, nationalRuleSet);
  const hash = await (passwordHash ??= hashPassword(PASSWORD));
  const a = await side(db, "a", "101", hash, "01019012");
  const b = await side(db, "b", "751", hash, "02028034");
  const systemAdmin = await insertOne(
    db
      .insert(users)
      .values({ organisationId: null, role: "system_admin", email: "admin@example.dk", name: "System", passwordHash: hash })
      .returning({ id: users.id, email: users.email }),
  );
  const cpr = "0404750003";
  const moved = await insertOne(db.insert(citizens).values({ kommunekode: "751", cpr, name: "Vera Vandrer", akasseId: a.akasse.id }).returning());
  const oldDagpenge = await insertOne(
    db.insert(forloeb).values({ citizenId: moved.id, ydelse: "dagpenge", start: "2024-01-08", end: "2024-06-30", akasseId: b.akasse.id }).returning(),
  );
  const oldJoint = await insertOne(
    db
      .insert(meetings)
      .values({ forloebId: oldDagpenge.id, ydelse: "dagpenge", startsAt: "2024-03-01T09:00:00Z", date: "2024-03-01", kind: "faelles", status: "planlagt" })
      .returning(),
  );
  const sygedagpenge = await insertOne(
    db.insert(forloeb).values({ citizenId: moved.id, ydelse: "sygedagpenge", forventetFravaerOver8Uger: true, start: "2024-07-01" }).returning(),
  );
  const meeting = await insertOne(
    db
      .insert(meetings)
      .values({
        forloebId: sygedagpenge.id,
        ydelse: "sygedagpenge",
        startsAt: "2025-03-12T09:00:00Z",
        date: "2025-03-12",
        kind: "individuel",
        status: "planlagt",
      })
      .returning(),
  );
  return {
    a,
    b,
    systemAdmin,
    movedMember: {
      citizenId: moved.id,
      cpr,
      oldDagpengeId: oldDagpenge.id,
      oldJointMeetingId: oldJoint.id,
      sygedagpengeId: sygedagpenge.id,
      meetingId: meeting.id,
    },
  };
}

/** Every CPR number in the world, to prove none of them leaks. */
export function cprsOf(world: World): string[] {
  return [...[world.a, world.b].flatMap((s) => [s.dagpenge.cpr, s.kontanthjaelp.cpr]), world.movedMember.cpr];
}

/** Give the side's caseworker a session (only its id is used, to aim at it). */
export async function withSession(db: Db, side: Side): Promise<void> {
  const session = await insertOne(
    db
      .insert(tables.sessions)
      .values({ tokenHash: `session-of-${side.caseworker.id}`, userId: side.caseworker.id, expiresAt: "2099-01-01T00:00:00Z" })
      .returning(),
  );
  side.sessionId = session.id;
}
