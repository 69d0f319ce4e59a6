/**
 * The fællessamtale events the other side must answer or know of, as notifications written in the
 * event's own transaction: the a-kasse's booking or proposal to the jobcentre; the jobcentre's
 * answer to the a-kasse; a moved or cancelled booking to whichever side did not do it.
 */
import { and, eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { Scope } from "../tenancy/scope.js";
import type { VisibleForloeb, VisibleMeeting, VisibleProposal } from "../tenancy/visibility.js";
import { copenhagenDateTime } from "../time.js";
import type { Deadline } from "./joint-bookings.js";
import { akasseRecipients, jobcentreRecipients, notify } from "./notifications.js";

const { jointBookings, organisations, slots } = tables;

async function nameOf(tx: Db, condition: ReturnType<typeof eq>): Promise<string | undefined> {
  const [row] = await tx.select({ name: organisations.name }).from(organisations).where(condition);
  return row?.name;
}

const akasseName = (tx: Db, akasseId: string) => nameOf(tx, eq(organisations.id, akasseId));
const jobcentreName = (tx: Db, kommunekode: string) => nameOf(tx, eq(organisations.kommunekode, kommunekode));

function byName(name: string | undefined) {
  return name === undefined ? {} : { by: name };
}

const deadlineDetails = (forloebId: string, deadline: Deadline | null) => ({
  forloebId,
  rule: deadline?.rule ?? null,
  occurrence: deadline?.occurrence ?? null,
});

/** The a-kasse booked a slot: the citizen's caseworker and the slot's. */
export async function notifyBooked(
  tx: Db,
  akasseId: string,
  target: VisibleForloeb,
  slot: { startsAt: string; caseworkerId: string | null },
  deadline: Deadline,
  now: Date,
): Promise<void> {
  const recipients = await jobcentreRecipients(tx, target.forloeb.citizenId, slot.caseworkerId);
  await notify(tx, recipients, {
    kind: "booking.created",
    at: now,
    citizenId: target.forloeb.citizenId,
    details: { ...byName(await akasseName(tx, akasseId)), at: copenhagenDateTime(slot.startsAt), ...deadlineDetails(target.forloeb.id, deadline) },
  });
}

/** The a-kasse proposed times: the citizen's caseworker answers (or the jobcentre's administrators). */
export async function notifyProposed(tx: Db, akasseId: string, target: VisibleForloeb, times: readonly string[], deadline: Deadline, now: Date): Promise<void> {
  const recipients = await jobcentreRecipients(tx, target.forloeb.citizenId, null);
  await notify(tx, recipients, {
    kind: "proposal.created",
    at: now,
    citizenId: target.forloeb.citizenId,
    details: { ...byName(await akasseName(tx, akasseId)), times: times.map((t) => copenhagenDateTime(t)), ...deadlineDetails(target.forloeb.id, deadline) },
  });
}

/** The jobcentre accepted (at `acceptedTime`) or declined the a-kasse's proposal: the a-kasse's staff. */
export async function notifyAnswered(tx: Db, target: VisibleProposal, answer: { acceptedTime: string } | { reason: string }, now: Date): Promise<void> {
  const { proposal } = target;
  const deadline = proposal.rule !== null && proposal.occurrence !== null ? { rule: proposal.rule, occurrence: proposal.occurrence } : null;
  const accepted = "acceptedTime" in answer;
  await notify(tx, await akasseRecipients(tx, proposal.akasseId), {
    kind: accepted ? "proposal.accepted" : "proposal.declined",
    at: now,
    citizenId: target.forloeb.citizenId,
    details: {
      ...byName(await jobcentreName(tx, target.kommunekode)),
      ...(accepted ? { at: copenhagenDateTime(answer.acceptedTime) } : { reason: answer.reason }),
      ...deadlineDetails(proposal.forloebId, deadline),
    },
  });
}

/**
 * A booked fællessamtale is moved (to `to`) or cancelled: told to the side that did not do it.
 * Call before the booking is released; a fællessamtale the a-kasse never booked tells nobody.
 */
export async function notifyBookingChange(
  tx: Db,
  scope: Scope,
  target: VisibleMeeting,
  change: { moved: string; reason: string } | { cancelled: true; reason: string },
  now: Date,
): Promise<void> {
  const [booking] = await tx
    .select({ akasseId: jointBookings.akasseId, rule: jointBookings.rule, occurrence: jointBookings.occurrence, slotCaseworkerId: slots.caseworkerId })
    .from(jointBookings)
    .leftJoin(slots, eq(slots.id, jointBookings.slotId))
    .where(and(eq(jointBookings.meetingId, target.meeting.id), eq(jointBookings.status, "booked")));
  if (!booking) return;
  const byAkasse = scope.kind === "akasse";
  const recipients = byAkasse
    ? await jobcentreRecipients(tx, target.forloeb.citizenId, booking.slotCaseworkerId)
    : await akasseRecipients(tx, booking.akasseId);
  const by = byAkasse ? await akasseName(tx, booking.akasseId) : await jobcentreName(tx, target.kommunekode);
  const deadline = booking.rule !== null && booking.occurrence !== null ? { rule: booking.rule, occurrence: booking.occurrence } : null;
  await notify(tx, recipients, {
    kind: "moved" in change ? "booking.moved" : "booking.cancelled",
    at: now,
    citizenId: target.forloeb.citizenId,
    details: {
      ...byName(by),
      at: copenhagenDateTime(target.meeting.startsAt),
      ...("moved" in change ? { to: copenhagenDateTime(change.moved) } : {}),
      reason: change.reason,
      ...deadlineDetails(target.forloeb.id, deadline),
    },
  });
}
