import type { LegalBasis, LegalSource, Regime } from "@kontaktplan/schema";
import type { TargetGroup } from "./groups.js";
import { SEED } from "./legal-text.js";
import type { RuleDefinition, Span } from "./types.js";

/** Building blocks shared by the regimes' definitions files. */
export const months = (n: number): Span => ({ n, unit: "months" });
export const weeks = (n: number): Span => ({ n, unit: "weeks" });

export function basis(ruleSet: Regime, source: LegalSource, row: string, text: string, provisional = false): LegalBasis {
  return Object.freeze(provisional ? { ruleSet, source, row, text, provisional: true } : { ruleSet, source, row, text });
}

export const KONTANT_UDDANNELSE: readonly TargetGroup[] = [
  "kontanthjaelp-jobparat",
  "kontanthjaelp-aktivitetsparat",
  "uddannelseshjaelp-uddannelsesparat",
  "uddannelseshjaelp-aabenlyst",
  "uddannelseshjaelp-aktivitetsparat",
];

/** Every covered group except dagpenge, which has rows of its own (Tabel 2 and the enacted regimes). */
export const COVERED_EXCEPT_DAGPENGE: readonly TargetGroup[] = [
  ...KONTANT_UDDANNELSE,
  "sygedagpenge",
  "ressourceforloeb",
  "jobafklaringsforloeb",
  "revalidering",
  "ledighedsydelse",
];

/** Every group with a kontaktforløb (RULES.md §4), førtidspension aside. */
export const COVERED: readonly TargetGroup[] = ["dagpenge", ...COVERED_EXCEPT_DAGPENGE];

/** Førtidspension in every rule set: three meetings on request (Tabel 1, note; RULES.md §6). */
export function foertidspensionRule(ruleSet: Regime): RuleDefinition {
  return {
    id: "requested-meeting",
    ruleSet,
    groups: ["foertidspension"],
    window: { type: "per-request" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale efter ønske (førtidspension, højst 3)",
    legalBasis: basis(ruleSet, "Tabel 1, note", "Førtidspensionister", SEED.lab.foertidspension),
  };
}

/**
 * A rule an amendment left unchanged, restated in the later regime: same window, kinds and
 * wording, stamped with the new regime (and `provisional` where the new text is not known).
 */
export function carryOver(rules: readonly RuleDefinition[], ruleSet: Regime, provisional = false): RuleDefinition[] {
  return rules.map((r) => ({
    ...r,
    ruleSet,
    legalBasis: basis(ruleSet, r.legalBasis.source, r.legalBasis.row, r.legalBasis.text, provisional),
  }));
}
