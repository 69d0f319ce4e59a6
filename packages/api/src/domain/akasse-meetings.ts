/**
 * The a-kasse's own meetings (RULES.md §8, from 2024): its jobsamtaler (kind `akasse`) and the
 * CV-samtale. The a-kasse plans, records, cancels and corrects them; the jobcentre only reads them,
 * as the a-kasse only arranges, never records, the jobcentre's meetings.
 */
import { and, eq, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { formatDanishDate, parseDay } from "@kontaktplan/rules";
import { isAkasseKind, type MeetingHolder, type MeetingRecord, type SamtaleStatus } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { conflict, fieldError, forbidden } from "../errors.js";
import type { VisibleMeeting } from "../tenancy/visibility.js";
import { copenhagenDateTime } from "../time.js";
import { logMeetingWrite, REQUIRED_PARTICIPANTS } from "./meetings.js";
import { meetingRecordOf } from "./records.js";

const { meetings } = tables;

/** Who holds a meeting of this kind, and so alone may change it. */
export function holderOfMeeting(target: VisibleMeeting): MeetingHolder {
  return isAkasseKind(target.meeting.kind) ? "akasse" : "jobcenter";
}

/** Refuse a change to a meeting the caller's side does not hold. */
export function requireHeldBy(target: VisibleMeeting, holder: MeetingHolder): void {
  if (holderOfMeeting(target) === holder) return;
  throw forbidden(
    holder === "jobcenter"
      ? "Samtalen er a-kassens egen; kun a-kassen kan registrere, aflyse eller rette den"
      : "Kun a-kassens egne samtaler (jobsamtaler og CV-samtaler) kan ændres her; fællessamtaler ændres under fællessamtalen",
  );
}

/** Who took part in a held a-kasse meeting: the member and the a-kasse (RULES.md §8: the a-kasse holds it alone). */
export function heldAkasseParticipants(target: VisibleMeeting): string[] {
  return [...REQUIRED_PARTICIPANTS[target.meeting.kind]];
}

export interface MeetingCorrection {
  status: Extract<SamtaleStatus, "planlagt" | "afholdt" | "udeblevet">;
  startsAt: Date;
  /** The version the user corrected. */
  version: number;
}

function stateOf(m: Pick<MeetingRecord, "status" | "date" | "time">) {
  return { status: m.status, date: m.date, time: m.time };
}

/**
 * Correct one of the a-kasse's own meetings: its outcome (planned, held, no-show; a cancelled one
 * may be brought back) and its time. A held or missed meeting cannot lie after today. Audited with
 * the state before and after; a concurrent change makes it a conflict.
 */
export async function correctAkasseMeeting(tx: Db, actor: Actor, target: VisibleMeeting, change: MeetingCorrection, today: string): Promise<MeetingRecord> {
  const m = target.meeting;
  if (m.version !== change.version) throw conflict("Samtalen er ændret af en anden, siden du hentede den. Hent den igen, og prøv igen.");
  const { date } = copenhagenDateTime(change.startsAt);
  if (change.status !== "planlagt" && date > today) {
    throw fieldError(
      "date",
      `En samtale kan først registreres som afholdt eller udeblevet, når den har fundet sted (i dag er ${formatDanishDate(parseDay(today))})`,
    );
  }
  const before = stateOf(meetingRecordOf(m));
  const startsAt = change.startsAt.toISOString();
  if (before.status === change.status && new Date(m.startsAt).getTime() === change.startsAt.getTime()) {
    throw fieldError("status", "Rettelsen ændrer ikke samtalen: vælg en anden status eller et andet tidspunkt");
  }
  const [row] = await tx
    .update(meetings)
    .set({
      status: change.status,
      startsAt,
      date,
      cancelReason: null,
      participants: change.status === "afholdt" ? heldAkasseParticipants(target) : m.participants,
      version: sql`${meetings.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(meetings.id, m.id), eq(meetings.version, change.version)))
    .returning();
  if (!row) throw conflict("Samtalen er netop blevet ændret af en anden. Hent den igen.");
  const record = meetingRecordOf(row);
  await logMeetingWrite(tx, actor, target, record, "akasse.correct", { before, after: stateOf(record) });
  return record;
}
