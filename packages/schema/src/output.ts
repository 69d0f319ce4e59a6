import { z } from "zod";
import { isAkasseKind, OBLIGATION_STATUSES, REGIME_CODES, RULE_IDS, SAMTALE_KINDS, WARNING_CODES } from "./codes.js";
import { IsoDate } from "./dates.js";

/**
 * Where a rule comes from: the regime, the part of the seed or the law and section
 * ("LAB § 31, stk. 1"), the table row or target group, and the source's own words.
 * `provisional` marks a rule not yet checked against an enacted text (RULES.md §8, `lab2026`).
 */
export const LegalBasis = z.object({
  ruleSet: z.enum(REGIME_CODES),
  source: z.string().min(1),
  row: z.string(),
  text: z.string(),
  provisional: z.boolean().optional(),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const Obligation = z.object({
  forloebId: z.string(),
  rule: z.enum(RULE_IDS),
  /** The regime that produced it (with `gaeldende`, the one chosen for its forløb). */
  ruleSet: z.enum(REGIME_CODES),
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

/** An obligation only the a-kasse's own meetings meet (RULES.md §8): the a-kasse holds them, not the jobcentre. */
export function isAkasseObligation(o: Pick<Obligation, "kinds">): boolean {
  return o.kinds.length > 0 && o.kinds.every(isAkasseKind);
}

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
