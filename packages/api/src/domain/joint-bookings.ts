/**
 * One fællessamtale per joint deadline: the bookings that arrange it (a slot, or an accepted
 * proposal) and the a-kasse's proposals, each recording the deadline it serves.
 *
 * The database holds the rule: a deadline has at most one `booked` booking and at most one
 * pending proposal (partial unique indexes). Book, propose and decide also lock the forløb's row
 * first, so their checks (a proposal while the deadline is booked) see each other's commits and
 * they never wait on each other's rows in opposite orders.
 */
import { and, eq } from "drizzle-orm";
import { type Db, onlyRow, tables } from "@kontaktplan/db";
import type { JointBookingRecord, JointRule, Obligation } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { recordChanges } from "../change-log.js";
import { DEADLINE_BOOKED_MESSAGE } from "../db-errors.js";
import { fieldError } from "../errors.js";
import type { Scope } from "../tenancy/scope.js";
import { forloebVisible, type VisibleForloeb, type VisibleMeeting } from "../tenancy/visibility.js";
import { proposalRecordOf } from "./proposals.js";
import { logWrite } from "../write-log.js";

const { citizens, forloeb, jointBookings, jointProposals } = tables;

type BookingRow = typeof jointBookings.$inferSelect;

export interface Deadline {
  rule: JointRule;
  occurrence: number;
}

export function bookingRecordOf(row: BookingRow): JointBookingRecord {
  return {
    id: row.id,
    forloebId: row.forloebId,
    meetingId: row.meetingId,
    slotId: row.slotId,
    proposalId: row.proposalId,
    rule: row.rule,
    occurrence: row.occurrence,
    status: row.status,
  };
}

const servesDeadline = (table: typeof jointBookings | typeof jointProposals, forloebId: string, deadline: Deadline) =>
  and(eq(table.forloebId, forloebId), eq(table.rule, deadline.rule), eq(table.occurrence, deadline.occurrence));

/**
 * Lock the forløb a proposal belongs to, before the proposal itself (the order book takes them
 * in); nothing when the caller may not see it, which `requireProposal` then reports.
 */
export async function lockForloebOfProposal(tx: Db, scope: Scope, proposalId: string): Promise<void> {
  await tx
    .select({ id: forloeb.id })
    .from(jointProposals)
    .innerJoin(forloeb, eq(forloeb.id, jointProposals.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(and(eq(jointProposals.id, proposalId), forloebVisible(scope)))
    .for("update", { of: forloeb });
}

/**
 * How many fællessamtaler may be booked for a deadline at once: as many as it still requires
 * beyond those held ("2 fællessamtaler senest efter 6 måneder": two), and always at least one.
 */
export function seatsOf(obligation: Pick<Obligation, "required" | "held">): number {
  return Math.max(1, obligation.required - obligation.held);
}

/**
 * The first of the deadline's `seats` with no fællessamtale booked (a slot or an accepted
 * proposal); CONFLICT when every seat is taken.
 */
export async function requireDeadlineFree(tx: Db, forloebId: string, deadline: Deadline, seats: number): Promise<number> {
  const rows = await tx
    .select({ seat: jointBookings.seat })
    .from(jointBookings)
    .where(and(servesDeadline(jointBookings, forloebId, deadline), eq(jointBookings.status, "booked")));
  const taken = new Set(rows.map((r) => r.seat));
  for (let seat = 1; seat <= seats; seat++) if (!taken.has(seat)) return seat;
  throw fieldError("rule", DEADLINE_BOOKED_MESSAGE, "CONFLICT");
}

/**
 * A booked slot settles the deadline, so the a-kasse's own unanswered proposal for it is withdrawn
 * rather than left for the jobcentre to accept as a second meeting. Returns the withdrawn ids.
 * Called before the booking writes its meeting: the proposal rows are locked before the change
 * log's per-kommune lock, the order `joint.withdraw` takes them in.
 */
export async function withdrawPendingProposals(tx: Db, actor: Actor, target: VisibleForloeb, deadline: Deadline, slotId: string): Promise<string[]> {
  const rows = await tx
    .update(jointProposals)
    .set({ status: "withdrawn" })
    .where(and(servesDeadline(jointProposals, target.forloeb.id, deadline), eq(jointProposals.status, "pending")))
    .returning();
  if (rows.length === 0) return [];
  const citizen = onlyRow(await tx.select({ name: citizens.name }).from(citizens).where(eq(citizens.id, target.forloeb.citizenId)));
  for (const row of rows) {
    await logWrite(tx, actor, "joint.withdraw", target.forloeb.citizenId, { proposalId: row.id, slotId }, [
      { kommunekode: target.kommunekode, entity: "joint_proposal", entityId: row.id, op: "upsert", payload: proposalRecordOf(row, citizen.name) },
    ]);
  }
  return rows.map((r) => r.id);
}

export interface NewBooking {
  /** Exactly one of the two: the booked slot, or the accepted proposal. */
  slotId: string | null;
  proposalId: string | null;
  /** Null only when a booking made before deadlines were recorded is moved. */
  deadline: Deadline | null;
  /** Which of the deadline's fællessamtaler (see `requireDeadlineFree`). */
  seat: number;
  meetingId: string;
}

export async function insertBooking(tx: Db, actor: Actor, target: VisibleForloeb, booking: NewBooking): Promise<JointBookingRecord> {
  const akasseId = target.forloeb.akasseId;
  if (akasseId === null) throw fieldError("forloebId", "Forløbet er ikke knyttet til en a-kasse, så der kan ikke bookes en fællessamtale");
  const row = onlyRow(
    await tx
      .insert(jointBookings)
      .values({
        slotId: booking.slotId,
        proposalId: booking.proposalId,
        forloebId: target.forloeb.id,
        akasseId,
        rule: booking.deadline?.rule ?? null,
        occurrence: booking.deadline?.occurrence ?? null,
        seat: booking.seat,
        meetingId: booking.meetingId,
        createdBy: actor.userId,
      })
      .returning(),
  );
  await recordBookings(tx, target.kommunekode, [row]);
  return bookingRecordOf(row);
}

/** Bookings a write created or moved to another status, for the change log. */
export function recordBookings(tx: Db, kommunekode: string, rows: readonly BookingRow[]): Promise<void> {
  return recordChanges(
    tx,
    rows.map((row) => ({ kommunekode, entity: "joint_booking" as const, entityId: row.id, op: "upsert" as const, payload: bookingRecordOf(row) })),
  );
}

/**
 * The deadline the meeting's booking serves (null when it has none: planned by the jobcentre, or
 * older) and the seat it holds there.
 */
export async function deadlineOfMeeting(tx: Db, meetingId: string): Promise<{ deadline: Deadline | null; seat: number }> {
  const [row] = await tx
    .select({ rule: jointBookings.rule, occurrence: jointBookings.occurrence, seat: jointBookings.seat })
    .from(jointBookings)
    .where(and(eq(jointBookings.meetingId, meetingId), eq(jointBookings.status, "booked")));
  const deadline = row?.rule != null && row.occurrence != null ? { rule: row.rule, occurrence: row.occurrence } : null;
  return { deadline, seat: row?.seat ?? 1 };
}

/**
 * A held or missed fællessamtale no longer holds its deadline: its booking is completed, so after
 * a no-show (or a held meeting that still leaves the deadline short) a new one can be booked.
 */
export async function completeBooking(tx: Db, target: VisibleMeeting): Promise<void> {
  const completed = await tx
    .update(jointBookings)
    .set({ status: "completed" })
    .where(and(eq(jointBookings.meetingId, target.meeting.id), eq(jointBookings.status, "booked")))
    .returning();
  await recordBookings(tx, target.kommunekode, completed);
}
