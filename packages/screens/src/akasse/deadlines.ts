/**
 * Which of a member's bookings, proposals and planned fællessamtaler belong to one joint deadline:
 * each booking and proposal names the deadline it serves (older ones name none).
 */
import type { JointDueRow, JointMember, JointProposal, MeetingRecord } from "@kontaktplan/schema";

export type Deadline = Pick<JointDueRow, "rule" | "occurrence">;

interface Serving {
  rule: string | null;
  occurrence: number | null;
}

export function serves(item: Serving, deadline: Deadline): boolean {
  return item.rule === deadline.rule && item.occurrence === deadline.occurrence;
}

/** The proposals sent for the deadline, in the member's order (newest first). */
export function proposalsFor(member: JointMember, deadline: Deadline): JointProposal[] {
  return member.proposals.filter((p) => serves(p, deadline));
}

/** Proposals sent before deadlines were recorded: they may belong to any of the member's deadlines. */
export function proposalsWithoutDeadline(member: JointMember): JointProposal[] {
  return member.proposals.filter((p) => p.rule === null);
}

/** The proposal for the deadline still awaiting the jobcentre's answer (there is at most one). */
export function pendingProposalFor(member: JointMember, deadline: Deadline): JointProposal | null {
  return proposalsFor(member, deadline).find((p) => p.status === "pending") ?? null;
}

/** The planned fællessamtaler booked for the deadline: a slot, or a proposal the jobcentre accepted. */
export function bookedFor(member: JointMember, deadline: Deadline): MeetingRecord[] {
  const ids = new Set(member.bookings.filter((b) => b.status === "booked" && serves(b, deadline)).map((b) => b.meetingId));
  return member.meetings.filter((m) => ids.has(m.id));
}

/** The fællessamtaler booked for the deadline and then cancelled: their calendar files still carry the cancellation. */
export function cancelledFor(member: JointMember, deadline: Deadline): MeetingRecord[] {
  const ids = new Set(member.bookings.filter((b) => b.status === "cancelled" && serves(b, deadline)).map((b) => b.meetingId));
  return member.meetings.filter((m) => m.status === "aflyst" && ids.has(m.id));
}

/** The deadline a planned meeting is booked for; null when planned by the jobcentre or booked before deadlines were recorded. */
export function deadlineOf(member: JointMember, meetingId: string): Deadline | null {
  const booking = member.bookings.find((b) => b.status === "booked" && b.meetingId === meetingId);
  return booking?.rule != null && booking.occurrence != null ? { rule: booking.rule, occurrence: booking.occurrence } : null;
}

/**
 * Whether the meetings held and planned in the deadline's window cover it (they may be booked for
 * another deadline, such as the 3-month one inside the 6-month window, which needs two).
 */
export function coveredInWindow(obligation: JointDueRow): boolean {
  return obligation.held + obligation.planned.length >= obligation.required;
}

/**
 * Whether the a-kasse should still arrange a meeting for the deadline: the meetings held and
 * planned do not cover it, even with those booked for it ("2 fællessamtaler" after one booking).
 */
export function needsArranging(obligation: JointDueRow): boolean {
  return !coveredInWindow(obligation);
}
