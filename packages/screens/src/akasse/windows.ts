/** Which days a fællessamtale may still be booked or moved to, as the server will check it. */
import type { JointDueRow, JointMember } from "@kontaktplan/schema";

export interface DateWindow {
  from: string;
  to: string;
}

type Window = Pick<JointDueRow, "from" | "to">;

/**
 * The days inside every one of `windows`, from today on and not after the forløb's end (the server
 * refuses anything else); null when no day is left.
 */
export function bookableWindow(windows: readonly Window[], end: string | null, asOf: string): DateWindow | null {
  const [first] = windows;
  if (!first) return null;
  const from = windows.reduce((latest, w) => (w.from > latest ? w.from : latest), asOf);
  const to = windows.reduce((earliest, w) => (w.to < earliest ? w.to : earliest), end ?? first.to);
  return from <= to ? { from, to } : null;
}

/** The joint obligations a planned meeting is booked for: moving it must keep it inside all of them. */
export function obligationsServedBy(member: JointMember, meetingId: string): JointDueRow[] {
  return member.obligations.filter((o) => o.planned.some((m) => m.id === meetingId));
}

/** Whether the page's obligation can still get a booking or a proposal. */
export function canBook(obligation: JointDueRow): boolean {
  return obligation.status === "open" || obligation.status === "upcoming";
}
