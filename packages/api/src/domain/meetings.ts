/**
 * Writing meetings: every insert and state change bumps the version, writes the audit row and the
 * change-log row in the caller's transaction. Only a planned meeting can change state.
 */
import { and, eq, sql } from "drizzle-orm";
import { type Db, onlyRow, tables } from "@kontaktplan/db";
import type { MeetingParticipant, MeetingRecord, SamtaleForm, SamtaleKind, SamtaleStatus } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { logWrite } from "../write-log.js";
import { conflict, fieldError } from "../errors.js";
import type { VisibleForloeb, VisibleMeeting } from "../tenancy/visibility.js";
import { copenhagenDateTime } from "../time.js";
import { completeBooking, recordBookings } from "./joint-bookings.js";
import { meetingRecordOf } from "./records.js";

const { jointBookings, meetings } = tables;

const STATUS_WORDS: Record<SamtaleStatus, string> = {
  planlagt: "planlagt",
  afholdt: "allerede registreret som afholdt",
  aflyst: "aflyst",
  udeblevet: "registreret som udeblevet",
};

export interface NewMeeting {
  startsAt: Date;
  kind: SamtaleKind;
  status: SamtaleStatus;
  form?: SamtaleForm | undefined;
  participants?: string[] | undefined;
}

export async function insertMeeting(tx: Db, actor: Actor, target: VisibleForloeb, values: NewMeeting, action: string): Promise<MeetingRecord> {
  if (values.kind !== "individuel" && target.forloeb.ydelse !== "dagpenge") {
    throw fieldError("kind", "Fællessamtaler og a-kassens CV- og jobsamtaler kan kun holdes på et dagpengeforløb");
  }
  const row = onlyRow(
    await tx
      .insert(meetings)
      .values({
        forloebId: target.forloeb.id,
        ydelse: target.forloeb.ydelse,
        startsAt: values.startsAt.toISOString(),
        date: copenhagenDateTime(values.startsAt).date,
        kind: values.kind,
        status: values.status,
        form: values.form ?? null,
        participants: values.participants ?? [],
        createdBy: actor.userId,
      })
      .returning(),
  );
  const record = meetingRecordOf(row);
  await logMeetingWrite(tx, actor, target, record, action);
  return record;
}

/** Audit details are ids and codes only: free text such as a reason could hold anything, even a CPR number. */
export async function logMeetingWrite(
  tx: Db,
  actor: Actor,
  target: VisibleForloeb,
  record: MeetingRecord,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await logWrite(tx, actor, action, target.forloeb.citizenId, { meetingId: record.id, status: record.status, ...details }, [
    { kommunekode: target.kommunekode, entity: "meeting", entityId: record.id, op: "upsert", payload: record },
  ]);
}

export function requirePlanned(target: VisibleMeeting): void {
  const status = target.meeting.status;
  if (status !== "planlagt") throw conflict(`Samtalen er ${STATUS_WORDS[status]} og kan ikke ændres`);
}

/** Samtaler cannot be held, or missed, before they take place. */
export function requireNotInFuture(target: VisibleMeeting, today: string): void {
  if (target.meeting.date > today) {
    throw fieldError("meetingId", "Samtalen ligger i fremtiden; den kan først registreres, når den har fundet sted");
  }
}

/** Who must have taken part for a samtale of each kind to count as held. */
export const REQUIRED_PARTICIPANTS: Record<SamtaleKind, readonly MeetingParticipant[]> = {
  individuel: ["borger", "jobcenter"],
  faelles: ["borger", "jobcenter", "akasse"],
  cv: ["borger", "akasse"],
  akasse: ["borger", "akasse"],
};

const PARTICIPANT_WORDS: Record<MeetingParticipant, string> = { borger: "borgeren", jobcenter: "jobcentret", akasse: "a-kassen" };

/**
 * The kind a held samtale is recorded as, given who took part. A fællessamtale without the a-kasse
 * counts only when the citizen declined the a-kasse's participation (RULES.md ◊), and then it is
 * what it was: an individual samtale.
 */
export function heldKind(target: VisibleMeeting, participants: readonly MeetingParticipant[]): SamtaleKind {
  const kind = target.meeting.kind;
  const declined = kind === "faelles" && target.forloeb.akasseFravalgt && !participants.includes("akasse");
  const effective = declined ? "individuel" : kind;
  const missing = REQUIRED_PARTICIPANTS[effective].filter((p) => !participants.includes(p));
  if (missing.length > 0) {
    const names = missing.map((p) => PARTICIPANT_WORDS[p]).join(" og ");
    const hint =
      kind === "faelles" && missing.includes("akasse")
        ? " En fællessamtale tæller kun uden a-kassen, når borgeren har fravalgt a-kassens deltagelse."
        : " Deltog de ikke, så registrér samtalen som udeblevet eller aflys den.";
    throw fieldError("participants", `En afholdt samtale kræver, at ${names} deltog.${hint}`);
  }
  return effective;
}

type MeetingChange = Partial<Pick<typeof meetings.$inferInsert, "status" | "kind" | "form" | "participants" | "cancelReason" | "startsAt" | "date">>;

/** Apply a change to a planned meeting; the status condition makes a concurrent change lose cleanly. */
export async function updateMeeting(tx: Db, actor: Actor, target: VisibleMeeting, change: MeetingChange, action: string): Promise<MeetingRecord> {
  requirePlanned(target);
  const [row] = await tx
    .update(meetings)
    .set({ ...change, version: sql`${meetings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(meetings.id, target.meeting.id), eq(meetings.status, "planlagt")))
    .returning();
  if (!row) throw conflict("Samtalen er netop blevet ændret af en anden. Hent den igen.");
  // Held or missed, a booked fællessamtale no longer holds its deadline.
  // (Checked on the kind it was booked as: one held without the a-kasse is stored as individual.)
  if (target.meeting.kind === "faelles" && (row.status === "afholdt" || row.status === "udeblevet")) await completeBooking(tx, target);
  const record = meetingRecordOf(row);
  await logMeetingWrite(tx, actor, target, record, action);
  return record;
}

/** Release the slot a joint meeting holds, if any, so it can be booked again. */
export async function releaseBooking(tx: Db, target: VisibleMeeting, reason: string): Promise<void> {
  const released = await tx
    .update(jointBookings)
    .set({ status: "cancelled", cancelReason: reason })
    .where(and(eq(jointBookings.meetingId, target.meeting.id), eq(jointBookings.status, "booked")))
    .returning();
  await recordBookings(tx, target.kommunekode, released);
}

export async function cancelMeeting(tx: Db, actor: Actor, target: VisibleMeeting, reason: string, action: string): Promise<MeetingRecord> {
  requirePlanned(target);
  await releaseBooking(tx, target, reason);
  return updateMeeting(tx, actor, target, { status: "aflyst", cancelReason: reason }, action);
}
