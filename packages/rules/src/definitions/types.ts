import type { LegalBasis, Regime, RegimeFlag, RuleId } from "@kontaktplan/schema";
import type { TargetGroup } from "./groups.js";

/** A length on the benefit clock (RULES.md §2.2): weeks or months from the anchor. */
export interface Span {
  readonly n: number;
  readonly unit: "weeks" | "months";
}

/**
 * How a rule's windows are laid out. Every shape is one of RULES.md §2's conventions:
 * - `from-start-days`: event-relative `[start, start + days]` (§2.1);
 * - `benefit-period`: `[begin(from), end(to)]` on the benefit clock (§2.2);
 * - `chain`: back-to-back periods of `months`, occurrence k = `[begin(offset+(k−1)L), end(offset+kL)]` (§2.3),
 *   either a fixed range of occurrences or open-ended up to min(end, horizon);
 * - `after-each-held-meeting`: `[M+1, M+days]` for every held jobcentre meeting M (sygedagpenge, Tabel 1);
 * - `per-request`: `[request, request + anmodningFristDage]`.
 */
export type WindowSpec =
  | { readonly type: "from-start-days"; readonly days: number }
  | { readonly type: "benefit-period"; readonly from: Span | null; readonly to: Span }
  | {
      readonly type: "chain";
      readonly months: number;
      readonly offsetMonths: number;
      readonly anchor: "start" | "visitationsdato";
      /** Fixed occurrence numbers (ignores horizon), or open-ended when absent. */
      readonly occurrences?: { readonly first: number; readonly last: number };
    }
  | { readonly type: "after-each-held-meeting"; readonly days: number }
  | { readonly type: "per-request" };

/**
 * Which meeting kinds satisfy a rule: the jobcentre kinds, only individual meetings,
 * fællessamtaler marked ◊ (an individual meeting also counts when the member declined the a-kasse),
 * or the a-kasse's own jobsamtaler (RULES.md §8).
 */
export type KindPolicy = "jobcenter" | "individuel" | "faelles-diamond" | "akasse";

/** The forløb flags a rule may be conditioned on. */
export type ConditionFlag = "risikoUarbejdsdygtigEfter4Aar" | RegimeFlag;

export interface RuleDefinition {
  readonly id: RuleId;
  readonly ruleSet: Regime;
  readonly groups: readonly TargetGroup[];
  /** Conditions beyond the group: each flag must have the given value (absent flags are false). */
  readonly when?: Readonly<Partial<Record<ConditionFlag, boolean>>>;
  readonly window: WindowSpec;
  readonly required: number;
  readonly kinds: KindPolicy;
  /** Danish description used to open the obligation's explanation. `{k}` is replaced by the occurrence. */
  readonly label: string;
  readonly legalBasis: LegalBasis;
}

/** One regime: its rules and the regime-wide behaviour that is not a rule. */
export interface RegimeDefinition {
  readonly regime: Regime;
  /** The regime it changed (the law before it; for the seed's proposal, the law it proposed to change). */
  readonly follows: Regime | null;
  /** What changed against `follows`, in a few Danish sentences for caseworkers (the "Regler" page). */
  readonly changes: string;
  /** The seed's "first meeting after the CV-samtale" warning (RULES.md §6, §8: `lab` and `forenklet` only). */
  readonly warnsBeforeCv: boolean;
  /**
   * On dagpenge, the a-kasse holds the contact course for this many first months and the
   * jobcentre takes over after them (RULES.md §8: `lab2024`, `lab2026`), except for a member
   * visited to the jobcentre (§ 27, stk. 3); null where the jobcentre holds it from the start.
   */
  readonly akasseHoldsMonths: number | null;
  readonly rules: readonly RuleDefinition[];
}
