import { addMonths, formatDay, isWorkingDay, type Day, defined } from "@kontaktplan/rules";
import { instantOn } from "./local-time.js";
import { PARTICIPANTS } from "./meetings.js";
import type { SeededJobcentre } from "./organisations.js";
import type { SeededForloeb } from "./people.js";
import type { Prng } from "./prng.js";
import type { JointBookingRow, JointProposalRow, MeetingRow, SlotRow } from "./rows.js";

/** The jobcentre publishes slots this many days ahead. */
const SLOT_DAYS_AHEAD = 21;
const SLOT_TIMES: readonly (readonly [hour: number, minute: number])[] = [
  [10, 0],
  [13, 30],
];
const SLOT_MINUTES = 45;

export interface JointActivity {
  slots: SlotRow[];
  bookings: JointBookingRow[];
  proposals: JointProposalRow[];
  meetings: MeetingRow[];
}

interface Slot {
  row: SlotRow;
  day: Day;
}

/**
 * Free slots for joint meetings in every jobcentre, and the a-kasser's use of them: in each kommune
 * one member's booking (after a first booking was cancelled and moved), one pending proposal
 * (after a declined one), and one accepted proposal. Each story uses a dagpenge forløb whose joint
 * meeting by 3 months is still ahead, so the bookings fall inside the obligation's window.
 */
export function buildJoint(prng: Prng, today: Day, jobcentres: readonly SeededJobcentre[], forloeb: readonly SeededForloeb[]): JointActivity {
  const out: JointActivity = { slots: [], bookings: [], proposals: [], meetings: [] };
  for (const jobcentre of jobcentres) {
    const caseworkerId = jobcentre.caseworkers.dagpenge;
    const slots: Slot[] = [];
    for (let day = today + 1; day <= today + SLOT_DAYS_AHEAD; day++) {
      if (!isWorkingDay(day)) continue;
      for (const [hour, minute] of SLOT_TIMES) {
        const startsAt = instantOn(day, hour, minute);
        const endsAt = new Date(Date.parse(startsAt) + SLOT_MINUTES * 60_000).toISOString();
        slots.push({ day, row: { id: prng.uuid(), jobcenterId: jobcentre.id, caseworkerId, startsAt, endsAt } });
      }
    }
    out.slots.push(...slots.map((s) => s.row));

    const candidates = forloeb.filter(
      (f) =>
        f.kommunekode === jobcentre.kommunekode &&
        f.akasse !== null &&
        f.end === null &&
        !f.row.akasseFravalgt &&
        // Started 2–7 weeks ago: the CV-samtale is held, no joint meeting yet (meetings.ts puts the first after 55 days).
        f.start >= today - 50 &&
        f.start <= today - 14,
    );
    const [booker, proposer, accepted] = candidates;
    if (booker) book(prng, out, booker, slots);
    if (proposer) propose(prng, out, proposer, today, caseworkerId);
    if (accepted) acceptProposal(prng, out, accepted, today, caseworkerId);
  }
  return out;
}

/** The deadline every story serves: the first fællessamtale, `joint-by-3-months` (RULES.md §4). */
const FIRST_JOINT = { rule: "joint-by-3-months", occurrence: 1 } as const;

/** The last day of `joint-by-3-months`, ignoring pauses: the seed only needs to aim inside it. */
function lastDayOfFirstJoint(f: SeededForloeb): Day {
  return addMonths(f.start, 3) - 1;
}

function jointMeeting(prng: Prng, f: SeededForloeb, startsAt: string, day: Day, createdBy: string | null): MeetingRow {
  return {
    id: prng.uuid(),
    forloebId: f.row.id,
    ydelse: "dagpenge",
    startsAt,
    date: formatDay(day),
    kind: "faelles",
    status: "planlagt",
    form: "fremmoede",
    participants: PARTICIPANTS.faelles,
    cancelReason: null,
    createdBy,
  };
}

function book(prng: Prng, out: JointActivity, f: SeededForloeb, slots: readonly Slot[]): void {
  const akasse = defined(f.akasse, "the a-kasse of a dagpenge forløb");
  const inWindow = slots.filter((s) => s.day <= lastDayOfFirstJoint(f));
  const [moved, kept] = inWindow.length >= 2 ? inWindow : slots;
  if (!moved || !kept) return;
  const staff = akasse.staff[0] ?? null;
  // First booking, cancelled and moved: its meeting stays as cancelled, and its slot is free again.
  const cancelledMeeting = {
    ...jointMeeting(prng, f, moved.row.startsAt, moved.day, staff),
    status: "aflyst" as const,
    cancelReason: "Medlemmet er til jobsamtale på tidspunktet",
  };
  out.meetings.push(cancelledMeeting);
  out.bookings.push({
    id: prng.uuid(),
    slotId: moved.row.id,
    forloebId: f.row.id,
    ydelse: "dagpenge",
    akasseId: akasse.id,
    ...FIRST_JOINT,
    meetingId: cancelledMeeting.id,
    status: "cancelled",
    cancelReason: cancelledMeeting.cancelReason,
    createdBy: staff,
  });
  const meeting = jointMeeting(prng, f, kept.row.startsAt, kept.day, staff);
  out.meetings.push(meeting);
  out.bookings.push({
    id: prng.uuid(),
    slotId: kept.row.id,
    forloebId: f.row.id,
    ydelse: "dagpenge",
    akasseId: akasse.id,
    ...FIRST_JOINT,
    meetingId: meeting.id,
    status: "booked",
    cancelReason: null,
    createdBy: staff,
  });
}

/** Up to three working-day times inside the window, at 9:00 or 11:00 local time. */
function proposedTimes(prng: Prng, f: SeededForloeb, today: Day, count: number): { day: Day; startsAt: string }[] {
  const times: { day: Day; startsAt: string }[] = [];
  for (let day = today + prng.int(2, 4); day <= lastDayOfFirstJoint(f) && times.length < count; day += prng.int(1, 3)) {
    if (isWorkingDay(day)) times.push({ day, startsAt: instantOn(day, prng.pick([9, 11]), 0) });
  }
  return times;
}

function propose(prng: Prng, out: JointActivity, f: SeededForloeb, today: Day, caseworkerId: string): void {
  const akasse = defined(f.akasse, "the a-kasse of a dagpenge forløb");
  const staff = akasse.staff[1] ?? akasse.staff[0] ?? null;
  const base = { forloebId: f.row.id, ydelse: "dagpenge", akasseId: akasse.id, createdBy: staff, ...FIRST_JOINT } as const;
  const declined = proposedTimes(prng, f, today, 1);
  if (declined.length > 0) {
    out.proposals.push({
      ...base,
      id: prng.uuid(),
      times: declined.map((t) => t.startsAt),
      status: "declined",
      declineReason: "Sagsbehandleren er på kursus den dag",
      decidedBy: caseworkerId,
    });
  }
  const pending = proposedTimes(prng, f, today, 3);
  if (pending.length > 0) {
    out.proposals.push({ ...base, id: prng.uuid(), times: pending.map((t) => t.startsAt), status: "pending" });
  }
}

function acceptProposal(prng: Prng, out: JointActivity, f: SeededForloeb, today: Day, caseworkerId: string): void {
  const akasse = defined(f.akasse, "the a-kasse of a dagpenge forløb");
  const staff = akasse.staff[0] ?? null;
  const times = proposedTimes(prng, f, today, 2);
  const chosen = times[times.length - 1];
  if (!chosen) return;
  const meeting = jointMeeting(prng, f, chosen.startsAt, chosen.day, caseworkerId);
  out.meetings.push(meeting);
  const proposal = {
    id: prng.uuid(),
    forloebId: f.row.id,
    ydelse: "dagpenge",
    akasseId: akasse.id,
    createdBy: staff,
    ...FIRST_JOINT,
    times: times.map((t) => t.startsAt),
    status: "accepted",
    acceptedTime: chosen.startsAt,
    meetingId: meeting.id,
    decidedBy: caseworkerId,
  } as const;
  out.proposals.push(proposal);
  // Accepted, the proposal holds its deadline through a booking without a slot, as joint.decide makes.
  out.bookings.push({
    id: prng.uuid(),
    slotId: null,
    proposalId: proposal.id,
    forloebId: f.row.id,
    ydelse: "dagpenge",
    akasseId: akasse.id,
    ...FIRST_JOINT,
    meetingId: meeting.id,
    status: "booked",
    cancelReason: null,
    createdBy: caseworkerId,
  });
}
