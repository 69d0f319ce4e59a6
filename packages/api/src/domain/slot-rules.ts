/**
 * What a jobcentre lets its caseworkers offer as slots: inside its opening hours and no further
 * ahead than its horizon (a kommune setting, `slotRules:<kommunekode>`), and never on top of the
 * caseworker's own slots or planned meetings.
 */
import { and, eq, gt, isNull, lt, ne, or, sql } from "drizzle-orm";
import { addMonths, formatDanishDate, formatDay, parseDay } from "@kontaktplan/rules";
import { tables, type Db } from "@kontaktplan/db";
import { SlotRules } from "@kontaktplan/schema";
import { fieldError } from "../errors.js";
import { copenhagenDateTime } from "../time.js";

const { citizens, forloeb, meetings, settings, slots } = tables;

export const DEFAULT_SLOT_RULES: SlotRules = { opensAt: "08:00", closesAt: "16:00", horizonMonths: 6 };

/** A meeting holds its caseworker for the usual hour (meetings store a start, not an end). */
export const MEETING_MINUTES = 60;

export function slotRulesKey(kommunekode: string): string {
  return `slotRules:${kommunekode}`;
}

export async function slotRulesFor(db: Db, kommunekode: string): Promise<SlotRules> {
  const [row] = await db
    .select()
    .from(settings)
    .where(eq(settings.key, slotRulesKey(kommunekode)));
  const stored = row ? SlotRules.safeParse(row.value) : undefined;
  return stored?.success ? stored.data : DEFAULT_SLOT_RULES;
}

export async function storeSlotRules(db: Db, kommunekode: string, rules: SlotRules): Promise<void> {
  await db
    .insert(settings)
    .values({ key: slotRulesKey(kommunekode), value: rules })
    .onConflictDoUpdate({ target: settings.key, set: { value: rules } });
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** The last day slots may be offered on: `horizonMonths` after today. */
export function horizonDay(rules: SlotRules, today: string): string {
  return formatDay(addMonths(parseDay(today), rules.horizonMonths));
}

/** Field errors for a slot outside opening hours or beyond the horizon. */
export function requireWithinRules(slot: Interval, rules: SlotRules, today: string): void {
  const start = copenhagenDateTime(slot.startsAt);
  const end = copenhagenDateTime(slot.endsAt);
  if (start.time < rules.opensAt || end.date !== start.date || end.time > rules.closesAt) {
    throw fieldError("time", `Tiden skal ligge inden for jobcentrets åbningstid (${rules.opensAt}–${rules.closesAt})`);
  }
  const last = horizonDay(rules, today);
  if (start.date > last) {
    throw fieldError(
      "date",
      `Tider kan højst udbydes ${rules.horizonMonths} måneder frem, til og med ${formatDanishDate(parseDay(last))}. Vælg en tidligere dato eller færre uger.`,
    );
  }
}

/**
 * A field error when any of the intervals overlaps the caseworker's own offered slots or the
 * planned meetings on their caseload or planned by them.
 */
export async function requireNoOverlap(db: Db, caseworkerId: string, wanted: readonly Interval[]): Promise<void> {
  for (const slot of wanted) {
    const from = slot.startsAt.toISOString();
    const until = slot.endsAt.toISOString();
    const [clash] = await db
      .select({ startsAt: slots.startsAt })
      .from(slots)
      .where(and(eq(slots.caseworkerId, caseworkerId), isNull(slots.withdrawnAt), lt(slots.startsAt, until), gt(slots.endsAt, from)))
      .limit(1);
    if (clash) throw overlap("en anden af dine tider", clash.startsAt);
    const meetingFrom = new Date(slot.startsAt.getTime() - MEETING_MINUTES * 60_000).toISOString();
    const [meeting] = await db
      .select({ startsAt: meetings.startsAt })
      .from(meetings)
      .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
      .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
      .where(
        and(
          eq(meetings.status, "planlagt"),
          ne(meetings.kind, "cv"),
          or(eq(meetings.createdBy, caseworkerId), eq(citizens.caseworkerId, caseworkerId)),
          gt(meetings.startsAt, meetingFrom),
          lt(meetings.startsAt, until),
          // A fællessamtale booked on one of the caseworker's slots is that slot, already checked.
          sql`not exists (select 1 from joint_bookings b where b.meeting_id = ${meetings.id} and b.slot_id is not null)`,
        ),
      )
      .limit(1);
    if (meeting) throw overlap("en planlagt samtale", meeting.startsAt);
  }
}

function overlap(what: string, startsAt: string) {
  const { date, time } = copenhagenDateTime(startsAt);
  return fieldError("time", `Tiden overlapper ${what} ${formatDanishDate(parseDay(date))} kl. ${time}`);
}
