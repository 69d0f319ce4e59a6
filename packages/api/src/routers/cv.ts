/**
 * The a-kasse corrects the CV-samtaler it recorded (`joint.recordCv`): a wrong date, or one
 * recorded by mistake. Audited with before and after, and written to the change log.
 */
import { and, eq, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { CvRef, CvUpdateInput, MeetingRecord } from "@kontaktplan/schema";
import { logWrite } from "../write-log.js";
import { requirePlausibleDate } from "../domain/plausible-dates.js";
import { meetingRecordOf } from "../domain/records.js";
import { conflict, fieldError } from "../errors.js";
import { danish } from "../input.js";
import type { Scope } from "../tenancy/scope.js";
import { requireMeeting, type VisibleMeeting } from "../tenancy/visibility.js";
import { copenhagenInstant, copenhagenToday } from "../time.js";
import { akasseProcedure, router } from "../trpc.js";

const { meetings } = tables;

const STALE = "CV-samtalen er ændret af en anden, siden du hentede den. Hent siden igen, og prøv igen.";

/** The CV-samtale at the version the caller read, locked for the correction. */
async function requireCv(tx: Db, scope: Scope, input: CvRef): Promise<VisibleMeeting> {
  const target = await requireMeeting(tx, scope, input.meetingId, true);
  if (target.meeting.kind !== "cv") throw fieldError("meetingId", "Kun CV-samtaler kan rettes eller fjernes her");
  if (target.meeting.version !== input.version) throw conflict(STALE);
  return target;
}

export const cvRouter = router({
  /** Move a recorded CV-samtale to the day it was really held. */
  update: akasseProcedure
    .input(danish(CvUpdateInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireCv(tx, ctx.scope, input);
        requirePlausibleDate("date", input.date, target.forloeb, copenhagenToday(ctx.now()), { pastOnly: true });
        const [row] = await tx
          .update(meetings)
          // Only the date is known; midnight in Copenhagen keeps the stored date right (as recordCv).
          .set({
            date: input.date,
            startsAt: copenhagenInstant(input.date, "00:00").toISOString(),
            version: sql`${meetings.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(and(eq(meetings.id, input.meetingId), eq(meetings.version, input.version)))
          .returning();
        if (!row) throw conflict(STALE);
        const record = meetingRecordOf(row);
        await logWrite(
          tx,
          ctx.scope,
          "cv.update",
          target.forloeb.citizenId,
          { meetingId: record.id, before: { date: target.meeting.date }, after: { date: record.date } },
          [{ kommunekode: target.kommunekode, entity: "meeting", entityId: record.id, op: "upsert", payload: record }],
        );
        return record;
      }),
    ),

  /** Remove a CV-samtale recorded by mistake; the jobcentre's "first meeting after the CV-samtale" follows. */
  remove: akasseProcedure
    .input(danish(CvRef))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireCv(tx, ctx.scope, input);
        await tx.delete(meetings).where(eq(meetings.id, input.meetingId));
        const record = meetingRecordOf(target.meeting);
        await logWrite(tx, ctx.scope, "cv.remove", target.forloeb.citizenId, { meetingId: record.id, before: { date: record.date, status: record.status } }, [
          { kommunekode: target.kommunekode, entity: "meeting", entityId: record.id, op: "delete", payload: { forloebId: record.forloebId } },
        ]);
        return record;
      }),
    ),
});
