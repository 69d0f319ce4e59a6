/** Jobcentre slots for fællessamtaler: listing them, and taking one for a booking. */
import { and, eq, gte, isNull, lt, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { tables, type Db } from "@kontaktplan/db";
import type { SlotListItem, SlotRecord } from "@kontaktplan/schema";
import { SLOT_TAKEN_MESSAGE } from "../db-errors.js";
import { conflict, fieldError, notFound } from "../errors.js";
import { copenhagenDateTime, isoInstant } from "../time.js";

const { citizens, forloeb, jointBookings, organisations, slots, users } = tables;
const akasser = alias(organisations, "akasser");

type SlotRow = typeof slots.$inferSelect;

/** A booking holds its slot unless cancelled: a completed one's meeting took place there. */
const slotHeldBy = ne(jointBookings.status, "cancelled");

export function slotRecordOf(row: SlotRow, jobcenterName: string, booked: boolean): SlotRecord {
  const startsAt = isoInstant(row.startsAt);
  const { date, time } = copenhagenDateTime(startsAt);
  return {
    id: row.id,
    jobcenterId: row.jobcenterId,
    jobcenterName,
    startsAt,
    endsAt: isoInstant(row.endsAt),
    date,
    time,
    caseworkerId: row.caseworkerId,
    seriesId: row.seriesId,
    booked,
  };
}

/**
 * Slots of one jobcentre starting in [from, until), with the caseworker they were published for
 * and, when booked, who holds them; optionally only the free ones.
 */
export async function listSlots(db: Db, jobcenterId: string, from: Date, until: Date, onlyFree: boolean): Promise<SlotListItem[]> {
  const rows = await db
    .select({
      slot: slots,
      jobcenterName: organisations.name,
      caseworkerName: users.name,
      bookingId: jointBookings.id,
      meetingId: jointBookings.meetingId,
      rule: jointBookings.rule,
      occurrence: jointBookings.occurrence,
      citizenId: citizens.id,
      citizenName: citizens.name,
      akasseName: akasser.name,
    })
    .from(slots)
    .innerJoin(organisations, eq(organisations.id, slots.jobcenterId))
    .leftJoin(users, eq(users.id, slots.caseworkerId))
    .leftJoin(jointBookings, and(eq(jointBookings.slotId, slots.id), slotHeldBy))
    .leftJoin(forloeb, eq(forloeb.id, jointBookings.forloebId))
    .leftJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .leftJoin(akasser, eq(akasser.id, jointBookings.akasseId))
    .where(
      and(
        eq(slots.jobcenterId, jobcenterId),
        gte(slots.startsAt, from.toISOString()),
        lt(slots.startsAt, until.toISOString()),
        isNull(slots.withdrawnAt),
        onlyFree ? isNull(jointBookings.id) : undefined,
      ),
    )
    .orderBy(slots.startsAt);
  return rows.map((r) => ({
    ...slotRecordOf(r.slot, r.jobcenterName, r.bookingId !== null),
    caseworkerName: r.caseworkerName,
    booking:
      r.bookingId !== null && r.citizenId !== null && r.citizenName !== null && r.akasseName !== null
        ? { citizenId: r.citizenId, citizenName: r.citizenName, akasseName: r.akasseName, meetingId: r.meetingId, rule: r.rule, occurrence: r.occurrence }
        : null,
  }));
}

/** The jobcentre (organisation) of a kommune. */
export async function jobcentreOf(db: Db, kommunekode: string): Promise<{ id: string; name: string }> {
  const [row] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.kommunekode, kommunekode));
  if (!row) throw notFound("Jobcentret");
  return row;
}

/**
 * Lock a future slot of the citizen's jobcentre and check that nobody holds it. Bookers of the
 * same slot queue on the row lock, so the second sees the first one's booking and gets CONFLICT;
 * the partial unique index on active bookings is the backstop if anything slips past.
 */
export async function lockFreeSlot(tx: Db, slotId: string, kommunekode: string, now: Date): Promise<SlotRow> {
  const [row] = await tx
    .select({ slot: slots })
    .from(slots)
    .innerJoin(organisations, eq(organisations.id, slots.jobcenterId))
    .where(and(eq(slots.id, slotId), eq(organisations.kommunekode, kommunekode)))
    .for("update", { of: slots });
  if (!row) throw notFound("Tiden");
  if (row.slot.withdrawnAt !== null) throw conflict("Jobcentret har trukket tiden tilbage. Vælg en anden tid.");
  if (new Date(row.slot.startsAt) <= now) throw fieldError("slotId", "Tiden er allerede passeret. Vælg en senere tid.");
  const [taken] = await tx
    .select({ id: jointBookings.id })
    .from(jointBookings)
    .where(and(eq(jointBookings.slotId, slotId), slotHeldBy));
  if (taken) throw conflict(SLOT_TAKEN_MESSAGE);
  return row.slot;
}
