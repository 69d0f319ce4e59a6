/**
 * The referat of a held samtale: written and corrected by the jobcentre, with optimistic
 * concurrency on the meeting's version, audited with the text before and after (it passed the
 * input's CPR guard, and a correction of a record must show what it said), and in the change log
 * as the meeting itself, so desktops receive it.
 */
import { and, eq, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { MeetingRecord } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { logWrite } from "../write-log.js";
import { conflict } from "../errors.js";
import type { VisibleMeeting } from "../tenancy/visibility.js";
import { meetingRecordOf } from "./records.js";

const { meetings } = tables;

const STALE = "Referatet er netop blevet ændret af en anden. Hent samtalen igen, og ret derefter.";

/** Set (or, with empty text, remove) the referat of a held samtale the caller has locked. */
export async function setMeetingNote(tx: Db, actor: Actor, target: VisibleMeeting, version: number, text: string): Promise<MeetingRecord> {
  const { meeting } = target;
  if (meeting.status !== "afholdt") throw conflict("Der kan kun skrives referat af en afholdt samtale");
  if (meeting.version !== version) throw conflict(STALE);
  const note = text === "" ? null : text;
  if (note === meeting.note) return meetingRecordOf(meeting);
  const [row] = await tx
    .update(meetings)
    .set({ note, version: sql`${meetings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(meetings.id, meeting.id), eq(meetings.version, version)))
    .returning();
  if (!row) throw conflict(STALE);
  const record = meetingRecordOf(row);
  await logWrite(tx, actor, "meeting.setNote", target.forloeb.citizenId, { meetingId: record.id, before: { note: meeting.note }, after: { note } }, [
    { kommunekode: target.kommunekode, entity: "meeting", entityId: record.id, op: "upsert", payload: record },
  ]);
  return record;
}
