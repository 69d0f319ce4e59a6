import { describe, expect, it } from "vitest";
import type { JointBookingRecord, JointDueRow, JointMember, JointProposal, MeetingRecord } from "@kontaktplan/schema";
import { bookedFor, coveredInWindow, deadlineOf, needsArranging, pendingProposalFor, proposalsFor, proposalsWithoutDeadline } from "../src/akasse/deadlines.js";

const BY_3 = { rule: "joint-by-3-months", occurrence: 1 } as const;
const BY_6 = { rule: "joint-by-6-months", occurrence: 1 } as const;

function meeting(id: string, status: MeetingRecord["status"] = "planlagt"): MeetingRecord {
  return {
    id,
    forloebId: "f",
    kind: "faelles",
    status,
    date: "2025-03-20",
    time: "10:00",
    startsAt: "2025-03-20T09:00:00.000Z",
    form: null,
    participants: [],
    cancelReason: null,
    note: null,
    version: 1,
  } as MeetingRecord;
}

function booking(
  id: string,
  meetingId: string,
  deadline: { rule: JointBookingRecord["rule"]; occurrence: number | null },
  status: JointBookingRecord["status"] = "booked",
): JointBookingRecord {
  return { id, forloebId: "f", meetingId, slotId: `slot-${id}`, proposalId: null, ...deadline, status };
}

function proposal(
  id: string,
  deadline: { rule: JointProposal["rule"]; occurrence: number | null },
  status: JointProposal["status"] = "pending",
): JointProposal {
  return { id, forloebId: "f", citizenName: "Ane", ...deadline, status, times: [], acceptedTime: null, meetingId: null, declineReason: null };
}

function obligation(deadline: typeof BY_3 | typeof BY_6, required: number, held: number, planned: MeetingRecord[]): JointDueRow {
  return { ...deadline, required, held, planned, status: "open" } as JointDueRow;
}

function member(parts: Partial<Pick<JointMember, "meetings" | "bookings" | "proposals">>): JointMember {
  return { meetings: [], bookings: [], proposals: [], ...parts } as JointMember;
}

describe("a member's bookings and proposals by deadline", () => {
  const m3 = meeting("m3");
  const m6 = meeting("m6");
  const moved = meeting("old", "aflyst");
  const page = member({
    meetings: [moved, m3, m6],
    bookings: [booking("b0", "old", BY_3, "cancelled"), booking("b3", "m3", BY_3), booking("b6", "m6", BY_6)],
    proposals: [proposal("p6", BY_6), proposal("p3", BY_3, "declined"), proposal("legacy", { rule: null, occurrence: null })],
  });

  it("lists under a deadline only what serves it", () => {
    expect(bookedFor(page, BY_3).map((m) => m.id)).toEqual(["m3"]);
    expect(bookedFor(page, BY_6).map((m) => m.id)).toEqual(["m6"]);
    expect(proposalsFor(page, BY_3).map((p) => p.id)).toEqual(["p3"]);
    expect(proposalsFor(page, BY_6).map((p) => p.id)).toEqual(["p6"]);
    expect(proposalsWithoutDeadline(page).map((p) => p.id)).toEqual(["legacy"]);
    expect(pendingProposalFor(page, BY_6)?.id).toBe("p6");
    expect(pendingProposalFor(page, BY_3)).toBeNull();
  });

  it("knows the deadline a planned meeting is booked for, and none for a cancelled booking's", () => {
    expect(deadlineOf(page, "m6")).toEqual(BY_6);
    expect(deadlineOf(page, "old")).toBeNull();
    expect(deadlineOf(page, "planned-by-the-jobcentre")).toBeNull();
  });

  it("asks for a booking while a deadline has too few meetings in its window, even with one booked for it", () => {
    // The 3-month meeting counts toward the 6-month deadline, which needs two.
    expect(needsArranging(obligation(BY_6, 2, 0, [m3]))).toBe(true);
    expect(needsArranging(obligation(BY_3, 1, 0, [m3]))).toBe(false);
    // One booked for the 6-month deadline itself still leaves it one short.
    expect(needsArranging(obligation(BY_6, 2, 0, [m6]))).toBe(true);
    // A meeting planned by the jobcentre covers the deadline without a booking.
    expect(needsArranging(obligation(BY_6, 2, 1, [m6]))).toBe(false);
    expect(needsArranging(obligation(BY_6, 2, 1, []))).toBe(true);
  });

  it('counts a deadline covered (the worklist\'s "Se booking") only when held and planned meetings reach what it requires', () => {
    expect(coveredInWindow(obligation(BY_6, 2, 0, [m3]))).toBe(false);
    expect(coveredInWindow(obligation(BY_6, 2, 1, [m3]))).toBe(true);
    expect(coveredInWindow(obligation(BY_3, 1, 0, [m3]))).toBe(true);
    expect(coveredInWindow(obligation(BY_3, 1, 0, []))).toBe(false);
  });
});
