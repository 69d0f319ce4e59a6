import { defined } from "@kontaktplan/rules";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { onlyRow, tables } from "@kontaktplan/db";
import {
  JointBooking,
  JointBookInput,
  JointDecideInput,
  JointDueList,
  JointDueQuery,
  JointMember,
  JointMemberQuery,
  JointProposal,
  JointProposalsQuery,
  JointProposeInput,
  JointRescheduleInput,
  MeetingCancelInput,
  MeetingRecord,
  OptOutState,
  ProposalRef,
  RecordCvInput,
  SetOptOutInput,
} from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { logWrite } from "../write-log.js";
import { forloebRecord, logForloebWrite, updateForloeb } from "../domain/forloeb.js";
import { isJointRule, obligationsOf, requireInWindows, requireJointObligation } from "../domain/joint.js";
import { deadlineOfMeeting, insertBooking, lockForloebOfProposal, requireDeadlineFree, seatsOf, withdrawPendingProposals } from "../domain/joint-bookings.js";
import { jointDue } from "../domain/akasse-results.js";
import { notifyAnswered, notifyBooked, notifyBookingChange, notifyProposed } from "../domain/joint-notifications.js";
import { jointMember } from "../domain/joint-member.js";
import { parseSearch, searchAuditDetails } from "../domain/search.js";
import { cancelMeeting, insertMeeting, releaseBooking, requirePlanned, updateMeeting } from "../domain/meetings.js";
import { requireOpenDay } from "../domain/open-days.js";
import { requirePlausibleDate } from "../domain/plausible-dates.js";
import { proposalRecordOf } from "../domain/proposals.js";
import { lockFreeSlot } from "../domain/slots.js";
import { conflict, fieldError } from "../errors.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { forloebVisible, requireForloeb, requireMeeting, requireProposal, type VisibleMeeting } from "../tenancy/visibility.js";
import { copenhagenDateTime, copenhagenInstant, copenhagenToday } from "../time.js";
import { akasseProcedure, jobcentreProcedure, rolesProcedure, router } from "../trpc.js";

const { citizens, forloeb, jointProposals } = tables;

/** Both sides of a fællessamtale may move or cancel it. */
const eitherSideProcedure = rolesProcedure("akasse", "sagsbehandler", "jobcenter_admin");

function requireJointMeeting(target: VisibleMeeting): void {
  if (target.meeting.kind !== "faelles") throw fieldError("meetingId", "Kun fællessamtaler kan flyttes eller aflyses her");
}

export const jointRouter = router({
  /** A-kasse: the fællessamtaler its members' ongoing dagpenge forløb still need, overdue first; optionally searched by name or CPR. */
  due: akasseProcedure
    .input(danish(JointDueQuery))
    .output(JointDueList)
    .query(async ({ ctx, input }) => {
      const search = parseSearch(input.search);
      const list = await jointDue(ctx.db, ctx.scope, ctx.now(), { ...input, search });
      // Whose rows left the server, on this page of either list. A search is audited even when it
      // finds no one; its text is not (it may be a CPR number).
      const shown = [...list.rows, ...list.akasseRows].map((r) => r.citizenId);
      const read = shown.length === 0 && search ? null : shown;
      await auditRead(ctx.db, ctx.scope, "joint.due", read, searchAuditDetails(search));
      return list;
    }),

  /**
   * A-kasse: book a free jobcentre slot inside the obligation's window, for that deadline only.
   * Race-safe: the slot row is locked and checked in the same transaction as the insert, and the
   * database admits only one active booking per slot and per deadline; every other booker gets
   * CONFLICT. The a-kasse's unanswered proposal for the deadline is withdrawn with it.
   */
  book: akasseProcedure
    .input(danish(JointBookInput))
    .output(JointBooking)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "joint.book", input.idempotencyKey, async (tx) => {
        const now = ctx.now();
        const deadline = { rule: input.rule, occurrence: input.occurrence };
        const target = await requireForloeb(tx, ctx.scope, input.forloebId, true);
        const slot = await lockFreeSlot(tx, input.slotId, target.kommunekode, now);
        const obligation = await requireJointObligation(tx, target, input.rule, input.occurrence, now);
        requireInWindows([obligation], target.forloeb.end, copenhagenDateTime(slot.startsAt).date, "slotId");
        const seat = await requireDeadlineFree(tx, target.forloeb.id, deadline, seatsOf(obligation));
        const withdrawnProposalIds = await withdrawPendingProposals(tx, ctx.scope, target, deadline, slot.id);
        const meeting = await insertMeeting(tx, ctx.scope, target, { startsAt: new Date(slot.startsAt), kind: "faelles", status: "planlagt" }, "joint.book");
        const booking = await insertBooking(tx, ctx.scope, target, { slotId: slot.id, proposalId: null, deadline, seat, meetingId: meeting.id });
        await notifyBooked(tx, ctx.scope.organisationId, target, slot, deadline, now);
        return { bookingId: booking.id, ...deadline, meeting, withdrawnProposalIds };
      }),
    ),

  /**
   * A-kasse: propose one to three times inside the window, on days the jobcentre is open, when no
   * slot fits. Refused while the deadline is booked or already has a proposal awaiting an answer.
   */
  propose: akasseProcedure
    .input(danish(JointProposeInput))
    .output(JointProposal)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "joint.propose", input.idempotencyKey, async (tx) => {
        const now = ctx.now();
        const deadline = { rule: input.rule, occurrence: input.occurrence };
        const target = await requireForloeb(tx, ctx.scope, input.forloebId, true);
        const obligation = await requireJointObligation(tx, target, input.rule, input.occurrence, now);
        const times = input.times.map((t, i) => {
          const at = copenhagenInstant(t.date, t.time);
          if (at <= now) throw fieldError(`times.${i}.date`, "Tidspunktet ligger i fortiden");
          requireInWindows([obligation], target.forloeb.end, t.date, `times.${i}.date`);
          requireOpenDay(t.date, `times.${i}.date`);
          return at.toISOString();
        });
        await requireDeadlineFree(tx, target.forloeb.id, deadline, seatsOf(obligation));
        const row = onlyRow(
          await tx
            .insert(jointProposals)
            .values({ forloebId: target.forloeb.id, akasseId: ctx.scope.organisationId, ...deadline, times, createdBy: ctx.scope.userId })
            .returning(),
        );
        const citizen = onlyRow(await tx.select({ name: citizens.name }).from(citizens).where(eq(citizens.id, target.forloeb.citizenId)));
        const record = proposalRecordOf(row, citizen.name);
        await logWrite(tx, ctx.scope, "joint.propose", target.forloeb.citizenId, { proposalId: record.id }, [
          { kommunekode: target.kommunekode, entity: "joint_proposal", entityId: record.id, op: "upsert", payload: record },
        ]);
        await notifyProposed(tx, ctx.scope.organisationId, target, times, deadline, now);
        return record;
      }),
    ),

  /** A-kasse: one member's forløb with every joint obligation, the fællessamtaler and CV-samtaler, and the proposals. */
  member: akasseProcedure
    .input(danish(JointMemberQuery))
    .output(JointMember)
    .query(async ({ ctx, input }) => {
      const member = await jointMember(ctx.db, ctx.scope, input.forloebId, ctx.now());
      await auditRead(ctx.db, ctx.scope, "joint.member", member.citizenId, { forloebId: member.forloebId });
      return member;
    }),

  /** Proposals on forløb the caller may see (jobcentre: its kommune; a-kasse: its members), pending by default. */
  proposals: eitherSideProcedure
    .input(danish(JointProposalsQuery))
    .output(z.array(JointProposal))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .select({ proposal: jointProposals, citizenId: citizens.id, citizenName: citizens.name })
        .from(jointProposals)
        .innerJoin(forloeb, eq(forloeb.id, jointProposals.forloebId))
        .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
        .where(and(eq(jointProposals.status, input.status), forloebVisible(ctx.scope)))
        .orderBy(jointProposals.createdAt);
      await auditRead(
        ctx.db,
        ctx.scope,
        "joint.proposals",
        rows.map((r) => r.citizenId),
      );
      return rows.map((r) => proposalRecordOf(r.proposal, r.citizenName));
    }),

  /**
   * Jobcentre: accept one proposed time, which becomes the fællessamtale booked for the proposal's
   * deadline, or decline with a reason.
   */
  decide: jobcentreProcedure
    .input(danish(JointDecideInput))
    .output(JointProposal)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        await lockForloebOfProposal(tx, ctx.scope, input.proposalId);
        const target = await requireProposal(tx, ctx.scope, input.proposalId);
        const { proposal } = target;
        if (proposal.status === "withdrawn") throw conflict("A-kassen har trukket forslaget tilbage");
        if (proposal.status !== "pending") throw conflict("Forslaget er allerede besvaret");
        let change: Partial<typeof jointProposals.$inferInsert>;
        if (input.decision === "accept") {
          const time = proposal.times[input.timeIndex];
          if (time === undefined) throw fieldError("timeIndex", `Forslaget har ikke et tidspunkt nr. ${input.timeIndex + 1}`);
          if (new Date(time) <= ctx.now()) throw fieldError("timeIndex", "Tidspunktet er passeret; bed a-kassen om et nyt forslag");
          const deadline = proposal.rule !== null && proposal.occurrence !== null ? { rule: proposal.rule, occurrence: proposal.occurrence } : null;
          let seat = 1;
          if (deadline) {
            const obligation = (await obligationsOf(tx, target, ctx.now())).find((o) => o.rule === deadline.rule && o.occurrence === deadline.occurrence);
            seat = await requireDeadlineFree(tx, proposal.forloebId, deadline, obligation ? seatsOf(obligation) : 1);
          }
          const meeting = await insertMeeting(tx, ctx.scope, target, { startsAt: new Date(time), kind: "faelles", status: "planlagt" }, "joint.decide");
          await insertBooking(tx, ctx.scope, target, { slotId: null, proposalId: proposal.id, deadline, seat, meetingId: meeting.id });
          change = { status: "accepted", acceptedTime: time, meetingId: meeting.id, decidedBy: ctx.scope.userId };
        } else {
          change = { status: "declined", declineReason: input.reason, decidedBy: ctx.scope.userId };
        }
        const row = onlyRow(await tx.update(jointProposals).set(change).where(eq(jointProposals.id, proposal.id)).returning());
        const record = proposalRecordOf(row, target.citizenName);
        await logWrite(tx, ctx.scope, "joint.decide", target.forloeb.citizenId, { proposalId: record.id, decision: input.decision }, [
          { kommunekode: target.kommunekode, entity: "joint_proposal", entityId: record.id, op: "upsert", payload: record },
        ]);
        await notifyAnswered(
          tx,
          target,
          input.decision === "accept" ? { acceptedTime: defined(row.acceptedTime, "the accepted time of an accepted proposal") } : { reason: input.reason },
          ctx.now(),
        );
        return record;
      }),
    ),

  /** A-kasse: take back a proposal the jobcentre has not answered yet. */
  withdraw: akasseProcedure
    .input(danish(ProposalRef))
    .output(JointProposal)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireProposal(tx, ctx.scope, input.proposalId);
        if (target.proposal.status !== "pending") throw conflict("Forslaget er allerede besvaret og kan ikke trækkes tilbage");
        // requireProposal holds the row lock, so a decision cannot slip in between the check and the update.
        const row = onlyRow(await tx.update(jointProposals).set({ status: "withdrawn" }).where(eq(jointProposals.id, target.proposal.id)).returning());
        const record = proposalRecordOf(row, target.citizenName);
        await logWrite(tx, ctx.scope, "joint.withdraw", target.forloeb.citizenId, { proposalId: record.id }, [
          { kommunekode: target.kommunekode, entity: "joint_proposal", entityId: record.id, op: "upsert", payload: record },
        ]);
        return record;
      }),
    ),

  /**
   * Move a planned fællessamtale to another free slot of the same jobcentre, with a reason. The
   * new time must stay inside the windows of every joint obligation the meeting is planned for.
   */
  reschedule: eitherSideProcedure
    .input(danish(JointRescheduleInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const now = ctx.now();
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        requireJointMeeting(target);
        requirePlanned(target);
        const slot = await lockFreeSlot(tx, input.slotId, target.kommunekode, now);
        const date = copenhagenDateTime(slot.startsAt).date;
        const servedBy = (await obligationsOf(tx, target, now)).filter((o) => isJointRule(o.rule) && o.plannedBy.includes(target.meeting.id));
        requireInWindows(servedBy, target.forloeb.end, date, "slotId");
        // The new booking serves the same deadline; the reason is kept on the released one.
        const { deadline, seat } = await deadlineOfMeeting(tx, target.meeting.id);
        await notifyBookingChange(tx, ctx.scope, target, { moved: slot.startsAt, reason: input.reason }, now);
        await releaseBooking(tx, target, input.reason);
        const meeting = await updateMeeting(tx, ctx.scope, target, { startsAt: slot.startsAt, date }, "joint.reschedule");
        await insertBooking(tx, ctx.scope, target, { slotId: slot.id, proposalId: null, deadline, seat, meetingId: meeting.id });
        return meeting;
      }),
    ),

  /** Cancel a planned fællessamtale with a reason; its slot becomes free. */
  cancel: eitherSideProcedure
    .input(danish(MeetingCancelInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireMeeting(tx, ctx.scope, input.meetingId, true);
        requireJointMeeting(target);
        await notifyBookingChange(tx, ctx.scope, target, { cancelled: true, reason: input.reason }, ctx.now());
        return cancelMeeting(tx, ctx.scope, target, input.reason, "joint.cancel");
      }),
    ),

  /** A-kasse: the CV-samtale was held on this date (the first jobcentre meeting should come after it). */
  recordCv: akasseProcedure
    .input(danish(RecordCvInput))
    .output(MeetingRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "joint.recordCv", input.idempotencyKey, async (tx) => {
        if (input.date > copenhagenToday(ctx.now())) throw fieldError("date", "En CV-samtale kan først registreres, når den er holdt");
        const target = await requireForloeb(tx, ctx.scope, input.forloebId);
        requirePlausibleDate("date", input.date, target.forloeb, copenhagenToday(ctx.now()), { pastOnly: true });
        // Only the date is known; midnight in Copenhagen keeps the stored date right.
        return insertMeeting(tx, ctx.scope, target, { startsAt: copenhagenInstant(input.date, "00:00"), kind: "cv", status: "afholdt" }, "joint.recordCv");
      }),
    ),

  /** A-kasse: the member declined the a-kasse's participation (then an individual meeting also counts). */
  setOptOut: akasseProcedure
    .input(danish(SetOptOutInput))
    .output(OptOutState)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId, true);
        const row = await updateForloeb(tx, target, target.forloeb.version, { akasseFravalgt: input.optOut });
        await logForloebWrite(tx, ctx.scope, target.kommunekode, await forloebRecord(tx, row), "joint.setOptOut", { akasseFravalgt: input.optOut });
        return { forloebId: row.id, akasseFravalgt: row.akasseFravalgt };
      }),
    ),
});
