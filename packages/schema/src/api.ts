/**
 * The API's inputs and outputs (packages/api): every procedure speaks these types, so the web
 * portal and the desktop app import them from here and never from the server side.
 */
import { z } from "zod";
import {
  OBLIGATION_STATUSES,
  REGIME_CODES,
  RULE_IDS,
  RULE_SETS,
  SAMTALE_FORMS,
  SAMTALE_KINDS,
  SAMTALE_STATUSES,
  YDELSER,
  ORGANISATION_KINDS,
  USER_ROLE_CODES,
} from "./codes.js";
import { CompareGroupTotal } from "./compare.js";
import { cprBirthDate } from "./cpr.js";
import { IsoDate, isValidIsoDate } from "./dates.js";
import { Anmodning, Forloeb, Pause } from "./input.js";
import { EvaluationResult, Obligation } from "./output.js";
import { PlanResult, SuggestedMeeting } from "./plan.js";
import { TARGET_GROUPS } from "./target-groups.js";
import { withoutCpr } from "./text.js";

/** A database id (uuid). Checked before any query so a malformed id is a field error, not a crash. */
export const EntityId = z.guid({ error: "Skal være et gyldigt id" });

/**
 * A date a user may enter: a real calendar date within years 1900–2199. Outside that range dates
 * are typing mistakes, and deadlines computed from them would leave the four-digit years the
 * engine's ISO dates have.
 */
// A malformed date already has IsoDate's message; this one is only about the range.
export const ApiDate = IsoDate.refine((d) => !isValidIsoDate(d) || (d >= "1900-01-01" && d <= "2199-12-31"), {
  error: "Datoen skal ligge mellem 1. januar 1900 og 31. december 2199",
});

/** A wall-clock time in Europe/Copenhagen, tt:mm. */
export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Klokkeslættet skal skrives som tt:mm, fx 09:30" });

/** A moment as Danes write it: calendar date and time in Europe/Copenhagen. */
export const LocalDateTime = z.object({ date: ApiDate, time: LocalTime });
export type LocalDateTime = z.infer<typeof LocalDateTime>;

export const Reason = withoutCpr(
  z.string().trim().min(1, { error: "Angiv en begrundelse" }).max(500, { error: "Begrundelsen må højst være 500 tegn" }),
);

/** Why a pause was registered (optional; empty means none). */
export const PAUSE_REASON_MAX = 200;
const PauseReason = withoutCpr(z.string().trim().max(PAUSE_REASON_MAX, { error: `Begrundelsen må højst være ${PAUSE_REASON_MAX} tegn` }));

/**
 * Sent by the web portal and the desktop app with every API call. A cross-site form or a simple
 * cross-origin request cannot set a custom header, so the server takes it as proof that a
 * state-changing call is not a forged one (CSRF).
 */
export const API_CLIENT_HEADER = "x-kontaktplan-client";

/**
 * A form submission's idempotency key (a uuid the form draws once per submission): the server
 * creates nothing twice for one key and answers a repeat with the first answer.
 */
export const Idempotent = { idempotencyKey: EntityId.optional() };

// ── Users and sessions ─────────────────────────────────────────────────────────────────────

export const UserRoleCode = z.enum(USER_ROLE_CODES);
export type UserRoleCode = z.infer<typeof UserRoleCode>;

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const Organisation = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  kommunekode: z.string().nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

/** The signed-in user, as `auth.me` and `auth.login` return it. */
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: UserRoleCode,
  teamId: z.string().nullable(),
  organisation: Organisation.nullable(),
  sessionExpiresAt: z.string(),
  /** Signed in with a one-time password: nothing but choosing a new one is allowed until then. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;

// ── Settings ───────────────────────────────────────────────────────────────────────────────

export const RuleSetSetting = z.object({
  ruleSet: z.enum(RULE_SETS),
  /** `kommune` when the caller's kommune has chosen its own, else the national setting. */
  scope: z.enum(["national", "kommune"]),
  kommunekode: z.string().nullable(),
});
export type RuleSetSetting = z.infer<typeof RuleSetSetting>;

export const SetRuleSetInput = z.object({ ruleSet: z.enum(RULE_SETS) });
export type SetRuleSetInput = z.infer<typeof SetRuleSetInput>;

// ── Caseload ───────────────────────────────────────────────────────────────────────────────

/** `urgency`: overdue first (the longest overdue first), then by next deadline. */
export const CASELOAD_SORTS = ["urgency", "nextDeadline", "name", "targetGroup", "missed", "open"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
/** A status filter on the caseload: one status, or `pending` (open or upcoming, what is still to do). */
export const CASELOAD_STATUSES = [...OBLIGATION_STATUSES, "pending"] as const;
export type CaseloadStatus = (typeof CASELOAD_STATUSES)[number];

/** A search by name (words) or CPR number (ddmmyy, dd-mm-yy, or all ten digits). */
export const SearchText = z.string().trim().max(60, { error: "Søgningen må højst være 60 tegn" });

export const CaseloadQuery = z.object({
  sort: z.enum(CASELOAD_SORTS).default("urgency"),
  direction: z.enum(SORT_DIRECTIONS).default("asc"),
  status: z.enum(CASELOAD_STATUSES).optional(),
  targetGroup: z.enum(TARGET_GROUPS, { error: (issue) => `Ukendt målgruppe ${JSON.stringify(issue.input)}` }).optional(),
  /** Citizens of one caseworker, or (`none`) those without one. */
  caseworker: z.union([EntityId, z.literal("none")]).optional(),
  search: SearchText.optional(),
  /** `mine`: citizens whose caseworker is the caller; `kommune`: every citizen of the kommune. */
  scope: z.enum(["mine", "kommune"]).default("mine"),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;

export const StatusCounts = z.object({
  met: z.number().int().min(0),
  lapsed: z.number().int().min(0),
  missed: z.number().int().min(0),
  upcoming: z.number().int().min(0),
  open: z.number().int().min(0),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One citizen in a caseload list: the next deadline and how their obligations stand. */
export const CitizenSummary = z.object({
  citizenId: z.string(),
  name: z.string(),
  /** ddmmyy-xxxx: all a list shows, so the full number never leaves the server for a whole caseload. */
  cprMasked: z.string(),
  caseworkerId: z.string().nullable(),
  /** The benefit of the current (or latest) forløb. */
  ydelse: z.enum(YDELSER).nullable(),
  targetGroup: z.enum(TARGET_GROUPS).nullable(),
  targetGroupLabel: z.string().nullable(),
  /** The earliest `to` of an open or upcoming obligation. */
  nextDeadline: IsoDate.nullable(),
  nextDeadlineRule: z.enum(RULE_IDS).nullable(),
  /** The earliest `to` of a missed obligation: how long the citizen has been overdue. */
  overdueSince: IsoDate.nullable(),
  counts: StatusCounts,
});
export type CitizenSummary = z.infer<typeof CitizenSummary>;

export const CaseloadPage = z.object({
  asOf: IsoDate,
  ruleSet: z.enum(RULE_SETS),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  rows: z.array(CitizenSummary),
});
export type CaseloadPage = z.infer<typeof CaseloadPage>;

// ── One citizen ────────────────────────────────────────────────────────────────────────────

export const CitizenQuery = z.object({ citizenId: EntityId, ruleSet: z.enum(RULE_SETS).optional() });

const CPR_TYPED = /^\d{6}-?\d{4}$/;

/** A new citizen of the caller's kommune: the CPR number as typed (ten digits, with or without the dash), a birth date first. */
export const CitizenCreateInput = z.object({
  name: z.string().trim().min(1, { error: "Angiv borgerens navn" }).max(200, { error: "Navnet må højst være 200 tegn" }),
  cpr: z
    .string()
    .trim()
    .regex(CPR_TYPED, { error: "CPR-nummeret skal skrives som 10 cifre, fx 010190-1234" })
    // Only for a number typed right: one message per mistake.
    .refine((cpr) => !CPR_TYPED.test(cpr) || cprBirthDate(cpr) !== null, { error: "CPR-nummerets første seks cifre skal være borgerens fødselsdato (ddmmåå), og den dato findes ikke" })
    .transform((cpr) => cpr.replace("-", "")),
  akasseId: EntityId.optional(),
  ...Idempotent,
});
export type CitizenCreateInput = z.infer<typeof CitizenCreateInput>;
export type CitizenQuery = z.infer<typeof CitizenQuery>;

export const CitizenRecord = z.object({
  id: z.string(),
  name: z.string(),
  cpr: z.string(),
  kommunekode: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  akasseId: z.string().nullable(),
  caseworkerId: z.string().nullable(),
});
export type CitizenRecord = z.infer<typeof CitizenRecord>;

export const PauseRecord = z.object({ id: z.string(), from: IsoDate, to: IsoDate, reason: z.string().nullable() });
export type PauseRecord = z.infer<typeof PauseRecord>;

/**
 * How a ydelsesskift began a forløb: the forløb it ended (null once that is gone), that forløb's
 * end before the change (null: open), and when it was registered (ISO instant; undoable for a day).
 */
export const BenefitChange = z.object({ fromForloebId: z.string().nullable(), previousEnd: IsoDate.nullable(), at: z.string() });
export type BenefitChange = z.infer<typeof BenefitChange>;

/** A stored forløb: the engine's Forløb plus what storage adds (pause ids, a-kasse, version, the ydelsesskift that began it). */
export const ForloebRecord = z.object(Forloeb.shape).extend({
  pauses: z.array(PauseRecord),
  akasseId: z.string().nullable(),
  version: z.number().int().min(1),
  benefitChange: BenefitChange.optional(),
});
export type ForloebRecord = z.infer<typeof ForloebRecord>;

export const MeetingRecord = z.object({
  id: z.string(),
  forloebId: z.string(),
  /** The exact moment, ISO 8601 in UTC. */
  startsAt: z.string(),
  /** Calendar date and time in Europe/Copenhagen: what the rules count with and users read. */
  date: IsoDate,
  time: LocalTime,
  kind: z.enum(SAMTALE_KINDS),
  status: z.enum(SAMTALE_STATUSES),
  form: z.enum(SAMTALE_FORMS).nullable(),
  participants: z.array(z.string()),
  cancelReason: z.string().nullable(),
  /** The referat of a held samtale (`meeting.setNote`), else null. */
  note: z.string().nullable(),
  version: z.number().int().min(1),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

export const RequestRecord = Anmodning;
export type RequestRecord = z.infer<typeof RequestRecord>;

/** Where the jobcentre takes a dagpenge course over from the a-kasse (RULES.md §8: the beginning of month 4, from 2024). */
export const Handover = z.object({ forloebId: z.string(), date: IsoDate });
export type Handover = z.infer<typeof Handover>;

export const CitizenDetail = z.object({
  asOf: IsoDate,
  ruleSet: z.enum(RULE_SETS),
  citizen: CitizenRecord,
  forloeb: z.array(ForloebRecord),
  meetings: z.array(MeetingRecord),
  requests: z.array(RequestRecord),
  evaluation: EvaluationResult,
  plan: PlanResult,
  /** The forløb (under the rule set computed with) where the a-kasse holds the first months. */
  handovers: z.array(Handover),
});
export type CitizenDetail = z.infer<typeof CitizenDetail>;

// ── Forløb ─────────────────────────────────────────────────────────────────────────────────

/** A forløb's own fields, without the ids storage assigns and without pauses (edited on their own). */
const ForloebFields = z
  .object(Forloeb.shape)
  .omit({ id: true, borgerId: true, pauses: true })
  .extend({ start: ApiDate, end: ApiDate.nullish(), visitationsdato: ApiDate.nullish() });

/**
 * Apply Forløb's cross-field rules (RULES.md §7) to an API input by checking the forløb it
 * describes; the rules stay in one place, `Forloeb`, and only their findings are copied.
 */
function forloebRules(value: object, ctx: z.RefinementCtx): void {
  // The ids only satisfy the shape; no cross-field rule looks at them.
  const result = Forloeb.safeParse({ ...value, id: "ny", borgerId: "ny" });
  if (result.success) return;
  for (const issue of result.error.issues) {
    if (issue.code === "custom") ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
}

/** A new forløb's own fields, for a citizen not yet created (`NewCitizenInput`). */
export const NewForloebInput = ForloebFields.superRefine(forloebRules);
export type NewForloebInput = z.infer<typeof NewForloebInput>;

export const ForloebCreateInput = ForloebFields.extend({ citizenId: EntityId, ...Idempotent }).superRefine(forloebRules);
export type ForloebCreateInput = z.infer<typeof ForloebCreateInput>;

/** A partial edit of a forløb; the benefit never changes here (that is `changeBenefit`). */
export const ForloebUpdateInput = ForloebFields.omit({
  ydelse: true,
  forventetFravaerOver8Uger: true,
  risikoUarbejdsdygtigEfter4Aar: true,
  akasseFravalgt: true,
  iIntegrationsprogram: true,
  faellessamtaleInden3Mdr: true,
  visiteretTilJobcenter: true,
  undtaget: true,
})
  .partial()
  .extend({ forloebId: EntityId, version: z.number().int().min(1) });
export type ForloebUpdateInput = z.infer<typeof ForloebUpdateInput>;

/** Ydelsesskift: the current forløb ends the day before `start` and the new one begins. */
export const ChangeBenefitInput = ForloebFields.extend({
  forloebId: EntityId,
  ...Idempotent,
  version: z.number().int().min(1),
}).superRefine(forloebRules);
export type ChangeBenefitInput = z.infer<typeof ChangeBenefitInput>;

// safeExtend: Pause carries its from/to refinement, which still holds for the narrower dates.
export const AddPauseInput = Pause.safeExtend({ forloebId: EntityId, from: ApiDate, to: ApiDate, reason: PauseReason.optional(), ...Idempotent });
export type AddPauseInput = z.infer<typeof AddPauseInput>;

export const RemovePauseInput = z.object({ pauseId: EntityId });
export type RemovePauseInput = z.infer<typeof RemovePauseInput>;

/** A correction of a pause: its days and reason. */
export const PauseUpdateInput = Pause.safeExtend({ pauseId: EntityId, from: ApiDate, to: ApiDate, reason: PauseReason.optional() });
export type PauseUpdateInput = z.infer<typeof PauseUpdateInput>;

export const SetFlagsInput = ForloebFields.pick({
  forventetFravaerOver8Uger: true,
  risikoUarbejdsdygtigEfter4Aar: true,
  akasseFravalgt: true,
  iIntegrationsprogram: true,
  faellessamtaleInden3Mdr: true,
  visiteretTilJobcenter: true,
  undtaget: true,
}).extend({
  forloebId: EntityId,
  version: z.number().int().min(1),
  /** Exempt the citizen although the group's exemptions already reach the ceiling (recorded in the audit log). */
  confirmOverQuota: z.boolean().optional(),
});
export type SetFlagsInput = z.infer<typeof SetFlagsInput>;

export const ChangeBenefitResult = z.object({ ended: ForloebRecord, started: ForloebRecord });
export type ChangeBenefitResult = z.infer<typeof ChangeBenefitResult>;

// ── Meetings and requests ──────────────────────────────────────────────────────────────────

/** Who can take part in a samtale, as stored on the meeting. */
export const MEETING_PARTICIPANTS = ["borger", "jobcenter", "akasse"] as const;
export type MeetingParticipant = (typeof MEETING_PARTICIPANTS)[number];

export const Participants = z
  .array(z.enum(MEETING_PARTICIPANTS, { error: "Vælg deltagerne blandt borgeren, jobcentret og a-kassen" }))
  .max(MEETING_PARTICIPANTS.length)
  // A checkbox sent twice is still one participant.
  .transform((list) => [...new Set(list)]);

export const MeetingPlanInput = LocalDateTime.extend({
  forloebId: EntityId,
  /** The jobcentre plans individual and joint meetings; the CV-samtale is the a-kasse's. */
  kind: z.enum(["individuel", "faelles"]),
  form: z.enum(SAMTALE_FORMS).optional(),
  participants: Participants.optional(),
  ...Idempotent,
});
export type MeetingPlanInput = z.infer<typeof MeetingPlanInput>;

export const MeetingRecordInput = z.object({
  meetingId: EntityId,
  form: z.enum(SAMTALE_FORMS),
  participants: Participants,
});
export type MeetingRecordInput = z.infer<typeof MeetingRecordInput>;

export const MeetingRef = z.object({ meetingId: EntityId });
export type MeetingRef = z.infer<typeof MeetingRef>;

export const MeetingCancelInput = MeetingRef.extend({ reason: Reason });
export type MeetingCancelInput = z.infer<typeof MeetingCancelInput>;

// ── The a-kasse's own jobsamtaler (RULES.md §8, from 2024) ────────────────────────────────

/** The a-kasse plans one of its own jobsamtaler (kind `akasse`) with a member on a dagpenge forløb. */
export const AkasseMeetingPlanInput = LocalDateTime.extend({
  forloebId: EntityId,
  form: z.enum(SAMTALE_FORMS).optional(),
  ...Idempotent,
});
export type AkasseMeetingPlanInput = z.infer<typeof AkasseMeetingPlanInput>;

/** The a-kasse held its own jobsamtale with the member: how it was held (the member and the a-kasse took part). */
export const AkasseMeetingRecordInput = MeetingRecordInput.omit({ participants: true });
export type AkasseMeetingRecordInput = z.infer<typeof AkasseMeetingRecordInput>;

/** What a correction of one of the a-kasse's own meetings may set it to. */
export const AKASSE_CORRECTED_STATUSES = ["planlagt", "afholdt", "udeblevet"] as const;

/**
 * A correction of one of the a-kasse's own meetings (a jobsamtale or the CV-samtale): its outcome
 * and its date and time; `version` is the one the user saw. The audit log keeps before and after.
 */
export const AkasseMeetingCorrectInput = LocalDateTime.extend({
  meetingId: EntityId,
  version: z.number().int().min(1),
  status: z.enum(AKASSE_CORRECTED_STATUSES, { error: "Vælg, om samtalen er planlagt, afholdt eller udeblevet" }),
});
export type AkasseMeetingCorrectInput = z.infer<typeof AkasseMeetingCorrectInput>;

/** An iCalendar file for one meeting. */
export const IcsFile = z.object({ filename: z.string(), content: z.string() });
export type IcsFile = z.infer<typeof IcsFile>;

export const RequestRegisterInput = z.object(Anmodning.shape).omit({ id: true }).extend({ forloebId: EntityId, date: ApiDate, ...Idempotent });
export type RequestRegisterInput = z.infer<typeof RequestRegisterInput>;

export const RequestRef = z.object({ requestId: EntityId });
export type RequestRef = z.infer<typeof RequestRef>;

/** A correction of a registered request: its date and who asked. */
export const RequestUpdateInput = RequestRef.extend({ date: ApiDate, by: Anmodning.shape.by });
export type RequestUpdateInput = z.infer<typeof RequestUpdateInput>;

// ── Slots and joint meetings ───────────────────────────────────────────────────────────────

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
    page: z.number().int().min(1).default(1),
    /** Rows of each list on one page; without it, both lists whole (a CSV export). */
    pageSize: z.number().int().min(1).max(500).optional(),
  })
  .optional();
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

// ── Compliance ─────────────────────────────────────────────────────────────────────────────

export const ComplianceQuery = z
  .object({ dueFrom: ApiDate.optional(), dueTo: ApiDate.optional() })
  .superRefine((v, ctx) => {
    if (v.dueFrom && v.dueTo && v.dueTo < v.dueFrom) {
      ctx.addIssue({ code: "custom", path: ["dueTo"], message: "Slutdatoen ligger før startdatoen" });
    }
  });
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

export const ComplianceCounts = z.object({
  metOnTime: z.number().int().min(0),
  missed: z.number().int().min(0),
  /** Not yet met and not yet too late: open or upcoming. */
  open: z.number().int().min(0),
});
export type ComplianceCounts = z.infer<typeof ComplianceCounts>;

export const ComplianceRow = ComplianceCounts.extend({
  teamId: z.string().nullable(),
  teamName: z.string(),
  targetGroup: z.string(),
  targetGroupLabel: z.string(),
});
export type ComplianceRow = z.infer<typeof ComplianceRow>;

export const ComplianceByTargetGroup = ComplianceCounts.extend({ targetGroup: z.string(), targetGroupLabel: z.string() });
export type ComplianceByTargetGroup = z.infer<typeof ComplianceByTargetGroup>;

/** Per caseworker of the citizens (`caseworkerId` null: citizens without a caseworker). */
export const ComplianceByCaseworker = ComplianceCounts.extend({
  caseworkerId: z.string().nullable(),
  caseworkerName: z.string(),
  teamName: z.string(),
});
export type ComplianceByCaseworker = z.infer<typeof ComplianceByCaseworker>;

/**
 * One group of STAR's pool in the kommune: its active forløb (running today), how many of them are
 * `undtaget`, the ceiling as a share (25 %), and how many that allows.
 */
export const ExemptionQuota = z.object({
  targetGroup: z.enum(TARGET_GROUPS),
  targetGroupLabel: z.string(),
  active: z.number().int().min(0),
  exempted: z.number().int().min(0),
  ceiling: z.number().min(0).max(1),
  allowed: z.number().int().min(0),
});
export type ExemptionQuota = z.infer<typeof ExemptionQuota>;

export const ComplianceSummary = z.object({
  asOf: IsoDate,
  ruleSet: z.enum(RULE_SETS),
  /** Per team and target group. */
  rows: z.array(ComplianceRow),
  byTargetGroup: z.array(ComplianceByTargetGroup),
  byCaseworker: z.array(ComplianceByCaseworker),
  totals: ComplianceCounts,
  /** The exemption quota (RULES.md §8, 2026): active forløb per group of STAR's pool, and how many are exempted. */
  exemptions: z.array(ExemptionQuota),
});
export type ComplianceSummary = z.infer<typeof ComplianceSummary>;

// ── Rule-set comparison ────────────────────────────────────────────────────────────────────

/** The caller's own caseload or the whole kommune, as on the caseload page. */
export const CompareCaseloadQuery = CaseloadQuery.pick({ scope: true });
export type CompareCaseloadQuery = z.infer<typeof CompareCaseloadQuery>;

/**
 * `compare()` over the caseload: one forløb per citizen (the one running today, else the latest,
 * as the caseload shows it), summed per target group and period under every rule set.
 */
export const CompareCaseloadSummary = z.object({
  asOf: IsoDate,
  /** The rule set in force in the kommune today. */
  ruleSet: z.enum(RULE_SETS),
  ruleSets: z.array(z.enum(RULE_SETS)),
  /** How many forløb were compared. */
  forloeb: z.number().int().min(0),
  byTargetGroup: z.array(CompareGroupTotal),
});
export type CompareCaseloadSummary = z.infer<typeof CompareCaseloadSummary>;
