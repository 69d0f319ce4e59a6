/** Slots and joint meetings (slots.*, joint.*, cv.*): the a-kasse worklist, bookings, proposals. */
import { z } from "zod";
import { OBLIGATION_STATUSES, REGIME_CODES } from "../codes.js";
import { IsoDate } from "../dates.js";
import { Obligation } from "../output.js";
import { SuggestedMeeting } from "../plan.js";
import { ApiDate, EntityId, Idempotent, LocalDateTime, LocalTime, Reason } from "./common.js";
import { SearchText } from "./caseload.js";
import { MeetingRecord } from "./citizen.js";
import { MeetingCancelInput } from "./meetings.js";

/** The rules whose meetings are fællessamtaler with the a-kasse. */
export const JOINT_RULES = ["joint-by-3-months", "joint-by-6-months", "joint-by-16-months", "akasse-4-to-6-months", "joint-3-to-6-months"] as const;
export const JointRule = z.enum(JOINT_RULES);
export type JointRule = z.infer<typeof JointRule>;

/** The joint deadline a booking or proposal serves: null on those made before it was recorded. */
const ServedDeadline = { rule: JointRule.nullable(), occurrence: z.number().int().min(1).nullable() };

export const SlotPublishInput = LocalDateTime.extend({
  durationMinutes: z.number().int().min(15).max(240).default(60),
  /** 1 = a single slot; N = the same weekday and time for N weeks. */
  weeks: z.number().int().min(1).max(52).default(1),
  caseworkerId: EntityId.optional(),
  ...Idempotent,
});
export type SlotPublishInput = z.infer<typeof SlotPublishInput>;

export const SlotRecord = z.object({
  id: z.string(),
  jobcenterId: z.string(),
  jobcenterName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  date: IsoDate,
  time: LocalTime,
  caseworkerId: z.string().nullable(),
  /** Shared by the slots published together as one weekly series. */
  seriesId: z.string().nullable(),
  booked: z.boolean(),
});
export type SlotRecord = z.infer<typeof SlotRecord>;

/** Who holds a booked slot: what the jobcentre sees of its own bookings. */
export const SlotBooking = z.object({
  citizenId: z.string(),
  citizenName: z.string(),
  akasseName: z.string(),
  meetingId: z.string().nullable(),
  ...ServedDeadline,
});
export type SlotBooking = z.infer<typeof SlotBooking>;

/** A slot as `slots.list` returns it: jobcentre staff also see who booked it and for whom it was published. */
export const SlotListItem = SlotRecord.extend({
  caseworkerName: z.string().nullable(),
  /** Null when free, and always for a-kasse staff (they only ever see free slots). */
  booking: SlotBooking.nullable(),
});
export type SlotListItem = z.infer<typeof SlotListItem>;

export const SlotPublishResult = z.object({
  created: z.array(SlotRecord),
  /** Weekly repeats that fell on a day the jobcentre is closed, with the reason. */
  skipped: z.array(z.object({ date: IsoDate, reason: z.string() })),
});
export type SlotPublishResult = z.infer<typeof SlotPublishResult>;

/** Withdraw one unbooked slot, or (`series`) every unbooked future slot of its weekly series. */
export const SlotWithdrawInput = z.object({ slotId: EntityId, series: z.boolean().default(false) });
export type SlotWithdrawInput = z.infer<typeof SlotWithdrawInput>;

export const SlotWithdrawResult = z.object({
  withdrawn: z.array(z.string()),
  /** Slots of the series left in place because a fællessamtale is booked on them. */
  keptBooked: z.array(z.string()),
});
export type SlotWithdrawResult = z.infer<typeof SlotWithdrawResult>;

/** A kommune's rules for slots: opening hours (tt:mm, Copenhagen) and how many months ahead. */
export const SlotRules = z
  .object({
    opensAt: LocalTime,
    closesAt: LocalTime,
    horizonMonths: z.number({ error: "Angiv et antal måneder" }).int().min(1, { error: "Mindst 1 måned" }).max(24, { error: "Højst 24 måneder" }),
  })
  .refine((r) => r.opensAt < r.closesAt, { path: ["closesAt"], error: "Lukketiden skal ligge efter åbningstiden" });
export type SlotRules = z.infer<typeof SlotRules>;

export const SlotListInput = z
  .object({
    from: ApiDate,
    to: ApiDate,
    /** For a-kasse staff: list the free slots of this member's jobcentre. */
    forloebId: EntityId.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "Slutdatoen ligger før startdatoen" });
  });
export type SlotListInput = z.infer<typeof SlotListInput>;

/** What the a-kasse's worklist and member page show of any deadline, whoever holds its meetings. */
const DueRowFields = {
  forloebId: z.string(),
  citizenId: z.string(),
  name: z.string(),
  /** ddmmyy-xxxx: a-kasse staff never see the full CPR number. */
  cprMasked: z.string(),
  occurrence: z.number().int().min(1),
  from: IsoDate,
  to: IsoDate,
  required: z.number().int().min(1),
  held: z.number().int().min(0),
  status: z.enum(OBLIGATION_STATUSES),
  /** Days from today to `to`; negative when overdue. */
  daysLeft: z.number().int(),
  /** The planned meetings of the deadline's kind in its window that the a-kasse may see. */
  planned: z.array(MeetingRecord),
  explanation: z.string(),
};

/** A deadline for a fællessamtale with the jobcentre. */
export const JointDueRow = z.object({ ...DueRowFields, rule: JointRule, akasseFravalgt: z.boolean() });
export type JointDueRow = z.infer<typeof JointDueRow>;

/** The a-kasse worklist's orders: days left (overdue first, the default), member name, status. */
export const JOINT_DUE_SORTS = ["daysLeft", "name", "status"] as const;
export type JointDueSort = (typeof JOINT_DUE_SORTS)[number];

export const JointDueQuery = z
  .object({
    search: SearchText.optional(),
    status: z.enum(OBLIGATION_STATUSES).optional(),
    sort: z.enum(JOINT_DUE_SORTS).default("daysLeft"),
    /** The page of the fællessamtaler … */
    page: z.number().int().min(1).default(1),
    /** … and of the a-kasse's own jobsamtaler, which page on their own. */
    akassePage: z.number().int().min(1).default(1),
    /** Rows of each list on one page; without it, both lists whole (a CSV export). */
    pageSize: z.number().int().min(1).max(500).optional(),
  })
  // No input at all is the first page in the default order, with the defaults above.
  .prefault({});
export type JointDueQuery = z.infer<typeof JointDueQuery>;

/**
 * A deadline of the a-kasse's own contact course (RULES.md §8, from 2024): jobsamtaler the a-kasse
 * holds alone, which its jobsamtaler and CV-samtaler meet. The engine's obligation whole (regime,
 * legal basis, "foreløbig"), with the member and the planned meetings beside it.
 */
export const AkasseDueRow = Obligation.extend({
  citizenId: DueRowFields.citizenId,
  name: DueRowFields.name,
  cprMasked: DueRowFields.cprMasked,
  daysLeft: DueRowFields.daysLeft,
  planned: DueRowFields.planned,
});
export type AkasseDueRow = z.infer<typeof AkasseDueRow>;

/** The a-kasse's worklist: fællessamtaler to arrange (`rows`) and its own jobsamtaler that are due (`akasseRows`). */
export const JointDueList = z.object({
  asOf: IsoDate,
  /** One page of the fællessamtaler (all of them without a page size) … */
  rows: z.array(JointDueRow),
  /** … and of the a-kasse's own jobsamtaler. */
  akasseRows: z.array(AkasseDueRow),
  /** How many rows each list holds in all, after the search and the status filter. */
  totals: z.object({ rows: z.number().int().min(0), akasseRows: z.number().int().min(0) }),
});
export type JointDueList = z.infer<typeof JointDueList>;

const ObligationTarget = z.object({ forloebId: EntityId, rule: JointRule, occurrence: z.number().int().min(1) });

export const JointBookInput = ObligationTarget.extend({ slotId: EntityId, ...Idempotent });
export type JointBookInput = z.infer<typeof JointBookInput>;

export const JointBooking = z.object({
  bookingId: z.string(),
  rule: JointRule,
  occurrence: z.number().int().min(1),
  meeting: MeetingRecord,
  /** The a-kasse's unanswered proposals for the same deadline, withdrawn because the slot was booked. */
  withdrawnProposalIds: z.array(z.string()),
});
export type JointBooking = z.infer<typeof JointBooking>;

/** `booked` while its meeting is planned, `completed` once it is held or missed, `cancelled` when cancelled or moved. */
export const JOINT_BOOKING_STATUSES = ["booked", "completed", "cancelled"] as const;

/** A fællessamtale the a-kasse arranged: a booked slot, or a proposal the jobcentre accepted. */
export const JointBookingRecord = z.object({
  id: z.string(),
  forloebId: z.string(),
  meetingId: z.string().nullable(),
  slotId: z.string().nullable(),
  proposalId: z.string().nullable(),
  ...ServedDeadline,
  status: z.enum(JOINT_BOOKING_STATUSES),
});
export type JointBookingRecord = z.infer<typeof JointBookingRecord>;

export const JointProposeInput = ObligationTarget.extend({
  times: z.array(LocalDateTime).min(1, { error: "Foreslå mindst ét tidspunkt" }).max(3, { error: "Foreslå højst tre tidspunkter" }),
  ...Idempotent,
});
export type JointProposeInput = z.infer<typeof JointProposeInput>;

export const JOINT_PROPOSAL_STATUSES = ["pending", "accepted", "declined", "withdrawn"] as const;

const ProposedTime = z.object({ startsAt: z.string(), date: IsoDate, time: LocalTime });

export const JointProposal = z.object({
  id: z.string(),
  forloebId: z.string(),
  citizenName: z.string(),
  ...ServedDeadline,
  status: z.enum(JOINT_PROPOSAL_STATUSES),
  times: z.array(ProposedTime),
  /** The time the jobcentre accepted (one of `times`), else null. */
  acceptedTime: ProposedTime.nullable(),
  meetingId: z.string().nullable(),
  declineReason: z.string().nullable(),
});
export type JointProposal = z.infer<typeof JointProposal>;

export const JointProposalsQuery = z.object({ status: z.enum(JOINT_PROPOSAL_STATUSES).default("pending") });
export type JointProposalsQuery = z.infer<typeof JointProposalsQuery>;

export const JointDecideInput = z.discriminatedUnion("decision", [
  z.object({ proposalId: EntityId, decision: z.literal("accept"), timeIndex: z.number().int().min(0).max(2) }),
  z.object({ proposalId: EntityId, decision: z.literal("decline"), reason: Reason }),
]);
export type JointDecideInput = z.infer<typeof JointDecideInput>;

export const JointRescheduleInput = MeetingCancelInput.extend({ slotId: EntityId });
export type JointRescheduleInput = z.infer<typeof JointRescheduleInput>;

export const RecordCvInput = z.object({ forloebId: EntityId, date: ApiDate, ...Idempotent });
export type RecordCvInput = z.infer<typeof RecordCvInput>;

export const SetOptOutInput = z.object({ forloebId: EntityId, optOut: z.boolean() });
export type SetOptOutInput = z.infer<typeof SetOptOutInput>;

export const OptOutState = z.object({ forloebId: z.string(), akasseFravalgt: z.boolean() });
export type OptOutState = z.infer<typeof OptOutState>;

export const ProposalRef = z.object({ proposalId: EntityId });
export type ProposalRef = z.infer<typeof ProposalRef>;

export const JointMemberQuery = z.object({ forloebId: EntityId });
export type JointMemberQuery = z.infer<typeof JointMemberQuery>;

/** One member's dagpenge forløb as the a-kasse sees it: every joint obligation, its own meetings, its proposals. */
export const JointMember = z.object({
  asOf: IsoDate,
  forloebId: z.string(),
  citizenId: z.string(),
  name: z.string(),
  cprMasked: z.string(),
  start: IsoDate,
  end: IsoDate.nullable(),
  akasseFravalgt: z.boolean(),
  /** Every joint obligation of the forløb, met and lapsed ones too, by deadline. */
  obligations: z.array(JointDueRow),
  /** Every obligation of the a-kasse's own contact course (its jobsamtaler), by deadline. */
  akasseObligations: z.array(AkasseDueRow),
  /** The engine's suggested dates for the a-kasse's own jobsamtaler (the plan's a-kasse part). */
  akasseSuggestions: z.array(SuggestedMeeting),
  /** The regime the forløb follows (RULES.md §8: under `gaeldende`, the one in force on its start). */
  regime: z.enum(REGIME_CODES),
  /** The day the jobcentre takes the course over (month 4), or null when the a-kasse holds no first months. */
  handover: IsoDate.nullable(),
  /**
   * The fællessamtaler, CV-samtaler and the a-kasse's own jobsamtaler of the forløb (the a-kasse
   * sees no other meetings), oldest first.
   */
  meetings: z.array(MeetingRecord),
  /** The a-kasse's proposals for the forløb, newest first. */
  proposals: z.array(JointProposal),
  /** The a-kasse's bookings for the forløb (slots and accepted proposals, any status), oldest first. */
  bookings: z.array(JointBookingRecord),
});
export type JointMember = z.infer<typeof JointMember>;
