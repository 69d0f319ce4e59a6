/**
 * Correcting a jobcentre meeting's outcome afterwards: held, missed or back to planned (a cancelled
 * meeting un-cancelled). A held meeting is a record the law counts, so changing one takes a reason;
 * the audit row keeps the outcome before and after with it, and the change log carries the meeting
 * to the desktops. Obligations are computed from the meetings, so they follow by themselves.
 */
import { and, eq, ne, or, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { MeetingCorrectInput, MeetingRecord } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { logWrite } from "../write-log.js";
import { translateDbError } from "../db-errors.js";
import { conflict, fieldError } from "../errors.js";
import type { VisibleMeeting } from "../tenancy/visibility.js";
import { completeBooking, recordBookings } from "./joint-bookings.js";
import { heldKind, requireNotInFuture } from "./meetings.js";
import { meetingRecordOf } from "./records.js";

const { jointBookings, meetings } = tables;

const STALE = "Samtalen er ændret af en anden, siden du hentede den. Hent den igen, og prøv igen.";

const REOPEN_REFUSED =
  "Fællessamtalens tid eller frist er booket igen, siden samtalen blev registreret, så den kan ikke gøres planlagt igen. Planlæg en ny samtale i stedet.";

/** What an outcome looked like, for the audit row (codes only). */
function outcomeOf(meeting: Pick<MeetingRecord, "status" | "kind" | "form" | "participants">) {
  return { status: meeting.status, kind: meeting.kind, form: meeting.form, participants: meeting.participants };
}

/** The checks before a correction: whose meeting, which version, which outcomes lead where. */
function requireCorrectable(target: VisibleMeeting, input: MeetingCorrectInput, today: string): void {
  const { kind, status, version } = target.meeting;
  if (kind !== "individuel" && kind !== "faelles") {
    throw fieldError("meetingId", "Kun jobcentrets samtaler (individuelle samtaler og fællessamtaler) kan rettes her");
  }
  if (version !== input.version) throw conflict(STALE);
  if (status === "planlagt") {
    throw fieldError("status", "Samtalen er stadig planlagt; registrér den som afholdt eller udeblevet, eller aflys den");
  }
  if (status === "aflyst" && input.status !== "planlagt") {
    throw fieldError("status", "En aflyst samtale kan kun genoptages som planlagt; registrér derefter, hvad der skete");
  }
  if (status === input.status && status !== "afholdt") throw fieldError("status", `Samtalen er allerede registreret som ${status}`);
  if (status === "afholdt" && input.reason === undefined) {
    throw fieldError("reason", "Angiv en begrundelse: en afholdt samtale kan kun ændres bagefter med en begrundelse");
  }
  if (input.status !== "planlagt") requireNotInFuture(target, today);
}

/**
 * A fællessamtale the a-kasse booked keeps its booking while planned and completes it once held or
 * missed. Un-cancelled, its slot was given free: it cannot come back. Back to planned after being
 * held or missed, its completed booking holds the deadline again, unless the slot or the deadline's
 * seat has been booked since (then a new meeting must be planned).
 */
async function settleBooking(tx: Db, target: VisibleMeeting, next: MeetingCorrectInput["status"]): Promise<void> {
  // A moved meeting has its released bookings too; the one that is not cancelled is its own.
  const bookings = await tx.select().from(jointBookings).where(eq(jointBookings.meetingId, target.meeting.id));
  const booking = bookings.find((b) => b.status !== "cancelled") ?? bookings[0];
  if (!booking) return;
  if (next !== "planlagt") {
    if (booking.status === "booked") await completeBooking(tx, target);
    return;
  }
  if (booking.status === "cancelled") {
    throw fieldError("status", "En aflyst fællessamtale, som a-kassen bookede, kan ikke genoptages: tiden er givet fri. A-kassen kan booke en ny tid.");
  }
  if (booking.status !== "completed") return;
  const taken = await tx
    .select({ id: jointBookings.id })
    .from(jointBookings)
    .where(
      and(
        ne(jointBookings.id, booking.id),
        eq(jointBookings.status, "booked"),
        or(
          booking.slotId === null ? undefined : eq(jointBookings.slotId, booking.slotId),
          booking.rule === null || booking.occurrence === null
            ? undefined
            : and(
                eq(jointBookings.forloebId, booking.forloebId),
                eq(jointBookings.rule, booking.rule),
                eq(jointBookings.occurrence, booking.occurrence),
                eq(jointBookings.seat, booking.seat),
              ),
        ),
      ),
    )
    .limit(1);
  if (taken.length > 0) throw fieldError("status", REOPEN_REFUSED, "CONFLICT");
  const reopened = await tx
    .update(jointBookings)
    .set({ status: "booked" })
    .where(and(eq(jointBookings.id, booking.id), eq(jointBookings.status, "completed")))
    .returning()
    .catch((error: unknown) => {
      // A booking of the same slot or seat that committed meanwhile.
      throw translateDbError(error, { joint_bookings_one_active_per_slot: "status", joint_bookings_one_active_per_seat: "status" }) ?? error;
    });
  await recordBookings(tx, target.kommunekode, reopened);
}

/** Correct the meeting's outcome (see the module comment); `today` decides what has taken place. */
export async function correctMeeting(tx: Db, actor: Actor, target: VisibleMeeting, input: MeetingCorrectInput, today: string): Promise<MeetingRecord> {
  requireCorrectable(target, input, today);
  const change =
    input.status === "afholdt"
      ? { status: "afholdt" as const, kind: heldKind(target, input.participants ?? []), form: input.form ?? null, participants: input.participants ?? [] }
      : { status: input.status, cancelReason: null };
  await settleBooking(tx, target, input.status);
  const [row] = await tx
    .update(meetings)
    .set({ ...change, version: sql`${meetings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(meetings.id, target.meeting.id), eq(meetings.version, input.version)))
    .returning();
  if (!row) throw conflict(STALE);
  const before = meetingRecordOf(target.meeting);
  const record = meetingRecordOf(row);
  const details = {
    meetingId: record.id,
    before: outcomeOf(before),
    after: outcomeOf(record),
    // The schema refuses a CPR number in it, so the reason may stand in the trail the law asks for.
    reason: input.reason ?? null,
  };
  await logWrite(tx, actor, "meeting.correct", target.forloeb.citizenId, details, [
    { kommunekode: target.kommunekode, entity: "meeting", entityId: record.id, op: "upsert", payload: record },
  ]);
  return record;
}
