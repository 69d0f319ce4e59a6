/**
 * One week (Monday to Friday) of a calendar: a caseworker's own samtaler (their citizens', and
 * those booked on slots published for them) with their free slots; or an a-kasse's booked
 * fællessamtaler. Overlapping items are marked as conflicts.
 */
import { and, eq, gte, inArray, lt, ne, or } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { formatDay, parseDay } from "@kontaktplan/rules";
import { JOBCENTER_KINDS, type CalendarItem, type CalendarWeek, type SlotListItem } from "@kontaktplan/schema";
import type { AkasseScope, ScopeOf } from "../tenancy/scope.js";
import { citizenVisible, forloebVisible, type MeetingRow } from "../tenancy/visibility.js";
import { copenhagenDateTime, copenhagenInstant, isoInstant } from "../time.js";
import { DEFAULT_MEETING_MINUTES } from "./ics.js";
import { closedNotice } from "./open-days.js";
import { overlapsOf } from "./overlaps.js";
import { listSlots } from "./slots.js";

const { citizens, forloeb, jointBookings, meetings, slots } = tables;

const WORKING_DAYS = 5;

export type JobcentreScope = ScopeOf<"sagsbehandler" | "jobcenter_admin">;
type Item = Omit<CalendarItem, "conflictsWith">;

/** A meeting as the week's query finds it, with the booking (if any) it was arranged by. */
export interface MeetingEntry {
  meeting: MeetingRow;
  citizenId: string;
  citizenName: string;
  booking: { status: string; rule: CalendarItem["rule"]; occurrence: number | null; slotStartsAt: string | null; slotEndsAt: string | null } | null;
}

/** Monday 00:00 to Saturday 00:00 in Copenhagen. */
function weekSpan(monday: string): { from: string; until: string } {
  const saturday = formatDay(parseDay(monday) + WORKING_DAYS);
  return { from: copenhagenInstant(monday, "00:00").toISOString(), until: copenhagenInstant(saturday, "00:00").toISOString() };
}

function timesOf(startsAt: string, endsAt: string) {
  const start = copenhagenDateTime(startsAt);
  return { date: start.date, start: start.time, end: copenhagenDateTime(endsAt).time, startsAt: isoInstant(startsAt), endsAt: isoInstant(endsAt) };
}

/** A meeting lasts as long as the slot it was booked on; null when it was not booked on one. */
export function bookedMinutes(entry: MeetingEntry): number | null {
  const b = entry.booking;
  return b?.slotStartsAt && b.slotEndsAt ? (Date.parse(b.slotEndsAt) - Date.parse(b.slotStartsAt)) / 60_000 : null;
}

function meetingItem(entry: MeetingEntry): Item {
  const { meeting, citizenId, citizenName, booking } = entry;
  const startsAt = isoInstant(meeting.startsAt);
  const minutes = bookedMinutes(entry) ?? DEFAULT_MEETING_MINUTES;
  return {
    id: meeting.id,
    type: "meeting",
    ...timesOf(startsAt, new Date(Date.parse(startsAt) + minutes * 60_000).toISOString()),
    kind: meeting.kind,
    status: meeting.status,
    form: meeting.form,
    citizenId,
    citizenName,
    forloebId: meeting.forloebId,
    rule: booking?.rule ?? null,
    occurrence: booking?.occurrence ?? null,
  };
}

function slotItem(slot: SlotListItem): Item {
  return {
    id: slot.id,
    type: "slot",
    ...timesOf(slot.startsAt, slot.endsAt),
    kind: null,
    status: null,
    form: null,
    citizenId: null,
    citizenName: null,
    forloebId: null,
    rule: null,
    occurrence: null,
  };
}

/** The week's days with their items by time, each item with the ids of those it overlaps. */
function weekOf(monday: string, asOf: string, items: readonly Item[], together?: (a: Item, b: Item) => boolean): CalendarWeek {
  const timed = items.map((item) => ({ ...item, from: Date.parse(item.startsAt), until: Date.parse(item.endsAt), takesTime: item.status !== "aflyst" }));
  const overlaps = overlapsOf(timed, together);
  // By time; at the same time slots first, a cancelled samtale after those that still take place, then by name.
  const rank = (i: Item) => (i.type === "slot" ? 0 : i.status === "aflyst" ? 2 : 1);
  const sorted = [...items].sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) || rank(a) - rank(b) || (a.citizenName ?? "").localeCompare(b.citizenName ?? "", "da") || a.id.localeCompare(b.id),
  );
  const days = Array.from({ length: WORKING_DAYS }, (_, i) => {
    const day = parseDay(monday) + i;
    const date = formatDay(day);
    return {
      date,
      closed: closedNotice(day),
      items: sorted.filter((item) => item.date === date).map((item) => ({ ...item, conflictsWith: overlaps.get(item.id) ?? [] })),
    };
  });
  return { monday, asOf, days, conflicts: [...overlaps.values()].filter((ids) => ids.length > 0).length };
}

const entryColumns = {
  meeting: meetings,
  citizenId: citizens.id,
  citizenName: citizens.name,
  bookingStatus: jointBookings.status,
  rule: jointBookings.rule,
  occurrence: jointBookings.occurrence,
  slotStartsAt: slots.startsAt,
  slotEndsAt: slots.endsAt,
};

interface EntryRow {
  meeting: MeetingRow;
  citizenId: string;
  citizenName: string;
  bookingStatus: string | null;
  rule: CalendarItem["rule"];
  occurrence: number | null;
  slotStartsAt: string | null;
  slotEndsAt: string | null;
}

/** One entry per meeting; of several bookings (a moved fællessamtale) the one still in force. */
function entriesOf(rows: readonly EntryRow[]): MeetingEntry[] {
  const byMeeting = new Map<string, MeetingEntry>();
  for (const r of rows) {
    const held = byMeeting.get(r.meeting.id);
    if (held?.booking && held.booking.status !== "cancelled") continue;
    byMeeting.set(r.meeting.id, {
      meeting: r.meeting,
      citizenId: r.citizenId,
      citizenName: r.citizenName,
      booking:
        r.bookingStatus === null
          ? null
          : { status: r.bookingStatus, rule: r.rule, occurrence: r.occurrence, slotStartsAt: r.slotStartsAt, slotEndsAt: r.slotEndsAt },
    });
  }
  return [...byMeeting.values()];
}

/**
 * A caseworker's samtaler starting in [from, until): those of their own citizens and those booked
 * on slots published for them, never the a-kasse's own kinds. Also the calendar feed's.
 */
export async function caseworkerMeetings(db: Db, scope: JobcentreScope, from: string, until: string): Promise<MeetingEntry[]> {
  const rows = await db
    .select(entryColumns)
    .from(meetings)
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    // The booking in force, if any: a moved fællessamtale's earlier booking is cancelled.
    .leftJoin(jointBookings, and(eq(jointBookings.meetingId, meetings.id), ne(jointBookings.status, "cancelled")))
    .leftJoin(slots, eq(slots.id, jointBookings.slotId))
    .where(
      and(
        citizenVisible(scope),
        inArray(meetings.kind, [...JOBCENTER_KINDS]),
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, until),
        or(eq(citizens.caseworkerId, scope.userId), eq(slots.caseworkerId, scope.userId)),
      ),
    );
  return entriesOf(rows);
}

/** The caseworker's week: their samtaler and their free slots. Any two overlapping items conflict. */
export async function caseworkerWeek(db: Db, scope: JobcentreScope, monday: string, asOf: string): Promise<CalendarWeek> {
  const { from, until } = weekSpan(monday);
  const entries = await caseworkerMeetings(db, scope, from, until);
  const free = (await listSlots(db, scope.organisationId, new Date(from), new Date(until), true)).filter((s) => s.caseworkerId === scope.userId);
  return weekOf(monday, asOf, [...entries.map(meetingItem), ...free.map(slotItem)]);
}

/** The a-kasse's week: the fællessamtaler it booked for its members; two conflict only for the same member. */
export async function akasseWeek(db: Db, scope: AkasseScope, monday: string, asOf: string): Promise<CalendarWeek> {
  const rows = await db
    .select(entryColumns)
    .from(jointBookings)
    .innerJoin(meetings, eq(meetings.id, jointBookings.meetingId))
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .leftJoin(slots, eq(slots.id, jointBookings.slotId))
    .where(
      and(
        eq(jointBookings.akasseId, scope.organisationId),
        forloebVisible(scope),
        eq(meetings.kind, "faelles"),
        gte(meetings.startsAt, weekSpan(monday).from),
        lt(meetings.startsAt, weekSpan(monday).until),
      ),
    );
  return weekOf(monday, asOf, entriesOf(rows).map(meetingItem), (a, b) => a.citizenId === b.citizenId);
}
