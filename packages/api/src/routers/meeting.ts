import { eq } from "drizzle-orm";
import { tables } from "@kontaktplan/db";
import {
  IcsFile,
  MeetingCancelInput,
  MeetingClashes,
  MeetingClashQuery,
  MeetingCorrectInput,
  MeetingNoteInput,
  MeetingPlanInput,
  MeetingRecord,
  MeetingRecordInput,
  MeetingRef,
} from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { meetingIcs } from "../domain/ics.js";
import { requireHeldBy } from "../domain/akasse-meetings.js";
import { notifyBookingChange } from "../domain/joint-notifications.js";
import { clashesAt } from "../domain/meeting-clash.js";
import { correctMeeting } from "../domain/meeting-corrections.js";
import { setMeetingNote } from "../domain/meeting-notes.js";
import { cancelMeeting, heldKind, insertMeeting, requireNotInFuture, requirePlanned, updateMeeting } from "../domain/meetings.js";
import { requirePlausibleDate } from "../domain/plausible-dates.js";
import { meetingRecordOf } from "../domain/records.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { requireForloeb, requireMeeting } from "../tenancy/visibility.js";
import { copenhagenInstant, copenhagenToday } from "../time.js";
import { jobcentreProcedure, rolesProcedure, router } from "../trpc.js";

const { citizens, jointBookings, organisations, slots } = tables;

export const meetingRouter = router({
  /** Plan an individual meeting or a fællessamtale (dagpenge only) at a Danish date and time. */
  plan: jobcentreProcedure
    .input(danish(MeetingPlanInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "meeting.plan", input.idempotencyKey, async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId);
        requirePlausibleDate("date", input.date, target.forloeb, copenhagenToday(ctx.now()), { pastOnly: false });
        return insertMeeting(
          tx,
          ctx.scope,
          target,
          {
            startsAt: copenhagenInstant(input.date, input.time),
            kind: input.kind,
            status: "planlagt",
            form: input.form,
            participants: input.participants,
          },
          "meeting.plan",
        );
      }),
    ),

  /** How many of the caller's planned samtaler start at this time: the planning form warns before planning another. */
  clashes: jobcentreProcedure
    .input(danish(MeetingClashQuery))
    .output(MeetingClashes)
    .query(async ({ ctx, input }) => ({ clashes: await clashesAt(ctx.db, ctx.scope.userId, copenhagenInstant(input.date, input.time)) })),

  /**
   * A planned meeting was held: status afholdt, with its form and who took part. The citizen and
   * the jobcentre must have taken part, and in a fællessamtale the a-kasse (see `heldKind`).
   */
  record: jobcentreProcedure
    .input(danish(MeetingRecordInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        requireHeldBy(target, "jobcenter");
        requirePlanned(target);
        requireNotInFuture(target, copenhagenToday(ctx.now()));
        const kind = heldKind(target, input.participants);
        return updateMeeting(tx, ctx.scope, target, { status: "afholdt", kind, form: input.form, participants: input.participants }, "meeting.record");
      }),
    ),

  /** Cancel a planned meeting with a reason; a booked jobcentre slot becomes free again. */
  cancel: jobcentreProcedure
    .input(danish(MeetingCancelInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        requireHeldBy(target, "jobcenter");
        // A fællessamtale the a-kasse booked: the a-kasse is told.
        await notifyBookingChange(tx, ctx.scope, target, { cancelled: true, reason: input.reason }, ctx.now());
        return cancelMeeting(tx, ctx.scope, target, input.reason, "meeting.cancel");
      }),
    ),

  /** The citizen did not turn up to a planned meeting. */
  markNoShow: jobcentreProcedure
    .input(danish(MeetingRef))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        requireHeldBy(target, "jobcenter");
        requireNotInFuture(target, copenhagenToday(ctx.now()));
        return updateMeeting(tx, ctx.scope, target, { status: "udeblevet" }, "meeting.markNoShow");
      }),
    ),

  /** Correct a held, missed or cancelled meeting's outcome afterwards (a held one only with a reason). */
  correct: jobcentreProcedure
    .input(danish(MeetingCorrectInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        return correctMeeting(tx, ctx.scope, target, input, copenhagenToday(ctx.now()));
      }),
    ),

  /** Write, correct or (empty text) remove the referat of a held samtale. */
  setNote: jobcentreProcedure
    .input(danish(MeetingNoteInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        requireHeldBy(target, "jobcenter");
        return setMeetingNote(tx, ctx.scope, target, input.version, input.note);
      }),
    ),

  /** The meeting as an .ics file; a-kasse staff get their members' joint meetings and their own (CV- and job)samtaler. */
  ics: rolesProcedure("sagsbehandler", "jobcenter_admin", "akasse", "system_admin")
    .input(danish(MeetingRef))
    .output(IcsFile)
    .query(async ({ ctx, input }) => {
      const target = await requireMeeting(ctx.db, ctx.scope, input.meetingId);
      const [jobcentre] = await ctx.db
        .select({ name: organisations.name, address: organisations.address })
        .from(organisations)
        .where(eq(organisations.kommunekode, target.kommunekode));
      const [citizen] = await ctx.db.select({ name: citizens.name }).from(citizens).where(eq(citizens.id, target.forloeb.citizenId));
      // The slot it was booked on, even when the booking has since been cancelled with the meeting.
      const [slot] = await ctx.db
        .select({ startsAt: slots.startsAt, endsAt: slots.endsAt })
        .from(jointBookings)
        .innerJoin(slots, eq(slots.id, jointBookings.slotId))
        .where(eq(jointBookings.meetingId, target.meeting.id))
        .limit(1);
      await auditRead(ctx.db, ctx.scope, "meeting.ics", target.forloeb.citizenId, { meetingId: target.meeting.id });
      const details = {
        jobcentreName: jobcentre?.name ?? "Jobcentret",
        jobcentreAddress: jobcentre?.address ?? null,
        memberName: citizen?.name ?? "",
        minutes: slot ? Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000) : null,
      };
      return meetingIcs(meetingRecordOf(target.meeting), details, ctx.now());
    }),
});
