/**
 * Tenancy, as SQL: every query that touches a citizen's data filters with these conditions and
 * loads single rows through the `require…` helpers, which answer NOT_FOUND both for what does not
 * exist and for what the caller may not see.
 *
 * - jobcentre staff: citizens of their kommune, all their forløb and meetings;
 * - a-kasse staff: their members' dagpenge forløb that name their a-kasse, and on those only the
 *   fællessamtaler and the a-kasse's own meetings (CV-samtaler and jobsamtaler, RULES.md §8);
 * - system admin: everything (read access; writes are refused by role elsewhere).
 */
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { AKASSE_KINDS } from "@kontaktplan/schema";
import { notFound } from "../errors.js";
import type { Scope } from "./scope.js";

const { citizens, forloeb, jointProposals, meetings, pauses, requests } = tables;

export function citizenVisible(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case "jobcenter":
      return eq(citizens.kommunekode, scope.kommunekode);
    case "akasse":
      return eq(citizens.akasseId, scope.organisationId);
    case "system":
      return undefined;
  }
}

/** For queries joining forløb to citizens. */
export function forloebVisible(scope: Scope): SQL | undefined {
  if (scope.kind !== "akasse") return citizenVisible(scope);
  return and(citizenVisible(scope), eq(forloeb.ydelse, "dagpenge"), eq(forloeb.akasseId, scope.organisationId));
}

/** For queries joining meetings to forløb to citizens. */
export function meetingVisible(scope: Scope): SQL | undefined {
  if (scope.kind !== "akasse") return forloebVisible(scope);
  return and(forloebVisible(scope), inArray(meetings.kind, ["faelles", ...AKASSE_KINDS]));
}

export type CitizenRow = typeof citizens.$inferSelect;
export type ForloebRow = typeof forloeb.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type PauseRow = typeof pauses.$inferSelect;

export async function requireCitizen(db: Db, scope: Scope, citizenId: string): Promise<CitizenRow> {
  const [row] = await db
    .select()
    .from(citizens)
    .where(and(eq(citizens.id, citizenId), citizenVisible(scope)));
  if (!row) throw notFound("Borgeren");
  return row;
}

export interface VisibleForloeb {
  forloeb: ForloebRow;
  kommunekode: string;
}

/** A forløb the caller may see; `lock` takes a row lock so concurrent writers queue on it. */
export async function requireForloeb(db: Db, scope: Scope, forloebId: string, lock = false): Promise<VisibleForloeb> {
  const query = db
    .select({ forloeb, kommunekode: citizens.kommunekode })
    .from(forloeb)
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(forloeb.id, forloebId), forloebVisible(scope)));
  const [row] = lock ? await query.for("update", { of: forloeb }) : await query;
  if (!row) throw notFound("Forløbet");
  return row;
}

export interface VisibleMeeting extends VisibleForloeb {
  meeting: MeetingRow;
}

/** A meeting the caller may see; `lock` as for `requireForloeb`. */
export async function requireMeeting(db: Db, scope: Scope, meetingId: string, lock = false): Promise<VisibleMeeting> {
  const query = db
    .select({ meeting: meetings, forloeb, kommunekode: citizens.kommunekode })
    .from(meetings)
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(meetings.id, meetingId), meetingVisible(scope)));
  const [row] = lock ? await query.for("update", { of: meetings }) : await query;
  if (!row) throw notFound("Samtalen");
  return row;
}

export interface VisiblePause extends VisibleForloeb {
  pause: PauseRow;
}

export async function requirePause(db: Db, scope: Scope, pauseId: string): Promise<VisiblePause> {
  const [row] = await db
    .select({ pause: pauses, forloeb, kommunekode: citizens.kommunekode })
    .from(pauses)
    .innerJoin(forloeb, eq(forloeb.id, pauses.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(pauses.id, pauseId), forloebVisible(scope)));
  if (!row) throw notFound("Pausen");
  return row;
}

export interface VisibleRequest extends VisibleForloeb {
  request: typeof requests.$inferSelect;
}

/** A request on a forløb the caller may see, locked for a correction. */
export async function requireRequest(db: Db, scope: Scope, requestId: string): Promise<VisibleRequest> {
  const [row] = await db
    .select({ request: requests, forloeb, kommunekode: citizens.kommunekode })
    .from(requests)
    .innerJoin(forloeb, eq(forloeb.id, requests.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(requests.id, requestId), forloebVisible(scope)))
    .for("update", { of: requests });
  if (!row) throw notFound("Anmodningen");
  return row;
}

export interface VisibleProposal extends VisibleForloeb {
  proposal: typeof jointProposals.$inferSelect;
  citizenName: string;
}

/** A joint-meeting proposal on a forløb the caller may see, locked for the decision. */
export async function requireProposal(db: Db, scope: Scope, proposalId: string): Promise<VisibleProposal> {
  const [row] = await db
    .select({ proposal: jointProposals, forloeb, kommunekode: citizens.kommunekode, citizenName: citizens.name })
    .from(jointProposals)
    .innerJoin(forloeb, eq(forloeb.id, jointProposals.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(jointProposals.id, proposalId), forloebVisible(scope)))
    .for("update", { of: jointProposals });
  if (!row) throw notFound("Forslaget");
  return row;
}
