/**
 * One member's dagpenge forløb as the a-kasse works with it: every joint obligation (met ones too,
 * so a page stays meaningful after a booking is held or the member opts out) and every obligation
 * of the a-kasse's own contact course with the engine's suggested dates for it, the fællessamtaler
 * and the a-kasse's own meetings, its bookings, and its proposals with the jobcentre's answers,
 * each naming the deadline it serves.
 */
import { and, asc, desc, eq } from "drizzle-orm";
import { type Db, onlyRow, tables } from "@kontaktplan/db";
import { handoverDay, parseDay, planValid, regimeOf, defined } from "@kontaktplan/rules";
import type { JointMember, Regime, SuggestedMeeting } from "@kontaktplan/schema";
import type { AkasseScope } from "../tenancy/scope.js";
import { forloebVisible, meetingVisible, requireForloeb, type VisibleForloeb } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { evaluationInputOf, loadCaseData } from "./case-data.js";
import { bookingRecordOf } from "./joint-bookings.js";
import { dueRows } from "./joint-due.js";
import { proposalRecordOf } from "./proposals.js";
import { maskCpr, meetingRecordOf } from "./records.js";
import { ruleSetFor } from "./rule-set.js";

const { citizens, forloeb, jointBookings, jointProposals, meetings } = tables;

const byDeadline = (a: Deadline, b: Deadline) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) || a.rule.localeCompare(b.rule) || a.occurrence - b.occurrence;

interface Deadline {
  to: string;
  rule: string;
  occurrence: number;
}

/**
 * The a-kasse's part of the engine's plan for the forløb (when to hold its own jobsamtaler), and
 * the day the jobcentre takes the course over.
 */
async function akasseCourse(
  db: Db,
  scope: AkasseScope,
  target: VisibleForloeb,
  asOf: string,
): Promise<{ regime: Regime; suggestions: SuggestedMeeting[]; handover: string | null }> {
  const { ruleSet } = await ruleSetFor(db, target.kommunekode);
  const input = evaluationInputOf(await loadCaseData(db, and(eq(forloeb.id, target.forloeb.id), forloebVisible(scope))), ruleSet, asOf);
  return {
    regime: regimeOf(ruleSet, parseDay(target.forloeb.start)),
    suggestions: planValid(input).suggestions.filter((s) => s.holder === "akasse"),
    handover: handoverDay(defined(input.forloeb[0], "the member's forløb"), ruleSet),
  };
}

export async function jointMember(db: Db, scope: AkasseScope, forloebId: string, now: Date): Promise<JointMember> {
  const asOf = copenhagenToday(now);
  const target = await requireForloeb(db, scope, forloebId);
  const f = target.forloeb;
  const citizen = onlyRow(await db.select({ name: citizens.name, cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, f.citizenId)));
  const rows = await dueRows(db, scope, eq(forloeb.id, f.id), asOf);
  const course = await akasseCourse(db, scope, target, asOf);
  const meetingRows = await db
    .select({ meeting: meetings })
    .from(meetings)
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(meetings.forloebId, f.id), meetingVisible(scope)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  const proposalRows = await db
    .select()
    .from(jointProposals)
    .where(eq(jointProposals.forloebId, f.id))
    .orderBy(desc(jointProposals.createdAt), desc(jointProposals.id));
  const bookingRows = await db
    .select()
    .from(jointBookings)
    .where(eq(jointBookings.forloebId, f.id))
    .orderBy(asc(jointBookings.createdAt), asc(jointBookings.id));
  return {
    asOf,
    forloebId: f.id,
    citizenId: f.citizenId,
    name: citizen.name,
    cprMasked: maskCpr(citizen.cpr),
    start: f.start,
    end: f.end,
    akasseFravalgt: f.akasseFravalgt,
    obligations: rows.joint.sort(byDeadline),
    akasseObligations: rows.akasse.sort(byDeadline),
    akasseSuggestions: course.suggestions,
    regime: course.regime,
    handover: course.handover,
    meetings: meetingRows.map((r) => meetingRecordOf(r.meeting)),
    proposals: proposalRows.map((p) => proposalRecordOf(p, citizen.name)),
    bookings: bookingRows.map(bookingRecordOf),
  };
}
