import { z } from "zod";
import {
  LEGAL_SOURCES,
  OBLIGATION_STATUSES,
  RULE_IDS,
  RULE_SETS,
  SAMTALE_KINDS,
  WARNING_CODES,
} from "./codes.js";
import { IsoDate } from "./dates.js";

/** Where a rule comes from: rule set, part of the seed, table row and the seed's own words. */
export const LegalBasis = z.object({
  ruleSet: z.enum(RULE_SETS),
  source: z.enum(LEGAL_SOURCES),
  row: z.string(),
  text: z.string(),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const Obligation = z.object({
  forloebId: z.string(),
  rule: z.enum(RULE_IDS),
  occurrence: z.number().int().min(1),
  from: IsoDate,
  to: IsoDate,
  required: z.number().int().min(1),
  kinds: z.array(z.enum(SAMTALE_KINDS)),
  held: z.number().int().min(0),
  status: z.enum(OBLIGATION_STATUSES),
  satisfiedBy: z.array(z.string()),
  plannedBy: z.array(z.string()),
  anmodningId: z.string().optional(),
  legalBasis: LegalBasis,
  explanation: z.string(),
});
export type Obligation = z.infer<typeof Obligation>;

export const Warning = z.object({
  code: z.enum(WARNING_CODES),
  forloebId: z.string(),
  message: z.string(),
  anmodningId: z.string().optional(),
});
export type Warning = z.infer<typeof Warning>;

export const EvaluationResult = z.object({
  obligations: z.array(Obligation),
  warnings: z.array(Warning),
});
export type EvaluationResult = z.infer<typeof EvaluationResult>;

/** One refused field: the zod path joined with dots (`forloeb.1.visitation`) and a Danish message. */
export const ValidationError = z.object({ path: z.string(), message: z.string() });
export type ValidationError = z.infer<typeof ValidationError>;

export const InvalidResult = z.object({ errors: z.array(ValidationError).min(1) });
export type InvalidResult = z.infer<typeof InvalidResult>;
