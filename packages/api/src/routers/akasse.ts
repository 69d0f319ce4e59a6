import type { Db } from "@kontaktplan/db";
import {
  AkasseMeetingCorrectInput,
  AkasseMeetingPlanInput,
  AkasseMeetingRecordInput,
  MeetingCancelInput,
  MeetingRecord,
  MeetingRef,
} from "@kontaktplan/schema";
import { correctAkasseMeeting, heldAkasseParticipants, requireHeldBy } from "../domain/akasse-meetings.js";
import { cancelMeeting, insertMeeting, requireNotInFuture, requirePlanned, updateMeeting } from "../domain/meetings.js";
import { requirePlausibleDate } from "../domain/plausible-dates.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { requireForloeb, requireMeeting, type VisibleMeeting } from "../tenancy/visibility.js";
import { copenhagenInstant, copenhagenToday } from "../time.js";
import type { Scope } from "../tenancy/scope.js";
import { akasseProcedure, router } from "../trpc.js";

/** One of the a-kasse's own meetings on its member's dagpenge forløb, locked for the change. */
async function ownMeeting(tx: Db, scope: Scope, meetingId: string): Promise<VisibleMeeting> {
  const target = await requireMeeting(tx, scope, meetingId, true);
  requireHeldBy(target, "akasse");
  return target;
}

/**
 * The a-kasse's own contact course (RULES.md §8, from 2024): its jobsamtaler with a member on a
 * dagpenge forløb of the a-kasse (tenancy as everywhere: another a-kasse's member, or a forløb that
 * is not dagpenge, is not found), and corrections of those and of the CV-samtale. The jobcentre
 * reads these meetings on the citizen page and may not change them (`meeting.*` refuses).
 */
export const akasseRouter = router({
  /** Plan a jobsamtale in the a-kasse (kind `akasse`) at a Danish date and time. */
  plan: akasseProcedure
    .input(danish(AkasseMeetingPlanInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "akasse.plan", input.idempotencyKey, async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId);
        requirePlausibleDate("date", input.date, target.forloeb, copenhagenToday(ctx.now()), { pastOnly: false });
        const values = { startsAt: copenhagenInstant(input.date, input.time), kind: "akasse" as const, status: "planlagt" as const, form: input.form };
        return insertMeeting(tx, ctx.scope, target, values, "akasse.plan");
      }),
    ),

  /** The jobsamtale was held, with the member, in this form: it counts toward the a-kasse's deadlines. */
  record: akasseProcedure
    .input(danish(AkasseMeetingRecordInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await ownMeeting(tx, ctx.scope, input.meetingId);
        requirePlanned(target);
        requireNotInFuture(target, copenhagenToday(ctx.now()));
        const change = { status: "afholdt" as const, form: input.form, participants: heldAkasseParticipants(target) };
        return updateMeeting(tx, ctx.scope, target, change, "akasse.record");
      }),
    ),

  /** The member did not turn up to the planned jobsamtale. */
  markNoShow: akasseProcedure
    .input(danish(MeetingRef))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await ownMeeting(tx, ctx.scope, input.meetingId);
        requireNotInFuture(target, copenhagenToday(ctx.now()));
        return updateMeeting(tx, ctx.scope, target, { status: "udeblevet" }, "akasse.markNoShow");
      }),
    ),

  /** Cancel a planned jobsamtale with a reason. */
  cancel: akasseProcedure
    .input(danish(MeetingCancelInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await ownMeeting(tx, ctx.scope, input.meetingId);
        return cancelMeeting(tx, ctx.scope, target, input.reason, "akasse.cancel");
      }),
    ),

  /** Correct a jobsamtale or the CV-samtale: its outcome and its time (audited with before and after). */
  correct: akasseProcedure
    .input(danish(AkasseMeetingCorrectInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const today = copenhagenToday(ctx.now());
        const target = await ownMeeting(tx, ctx.scope, input.meetingId);
        requirePlausibleDate("date", input.date, target.forloeb, today, { pastOnly: false });
        const change = { status: input.status, startsAt: copenhagenInstant(input.date, input.time), version: input.version };
        return correctAkasseMeeting(tx, ctx.scope, target, change, today);
      }),
    ),
});
