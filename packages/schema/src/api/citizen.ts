/** One citizen (citizen.*): the record, its forløb, meetings, requests and evaluation. */
import { z } from "zod";
import { RULE_SETS, SAMTALE_FORMS, SAMTALE_KINDS, SAMTALE_STATUSES } from "../codes.js";
import { cprBirthDate } from "../cpr.js";
import { IsoDate } from "../dates.js";
import { Anmodning, Forloeb } from "../input.js";
import { EvaluationResult } from "../output.js";
import { PlanResult } from "../plan.js";
import { EntityId, Idempotent, LocalTime } from "./common.js";

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
    .refine((cpr) => !CPR_TYPED.test(cpr) || cprBirthDate(cpr) !== null, {
      error: "CPR-nummerets første seks cifre skal være borgerens fødselsdato (ddmmåå), og den dato findes ikke",
    })
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
