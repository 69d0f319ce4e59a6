import {
  DEFAULT_ANMODNING_FRIST_DAGE,
  type Anmodning,
  type EvaluationInput,
  type Forloeb,
  type RuleSet,
  type SamtaleKind,
  type SamtaleStatus,
} from "@kontaktplan/schema";
import { addMonths, parseDay, type Day } from "../dates/day.js";
import { targetGroupOf, type TargetGroup } from "../definitions/groups.js";
import type { ConditionFlag } from "../definitions/types.js";
import { mergeRanges, type DayRange } from "./clock.js";

/** A forløb reduced to what the rules read, with dates as day numbers. `end` is +Infinity while ongoing. */
export interface ForloebFacts {
  readonly source: Forloeb;
  readonly id: string;
  readonly group: TargetGroup;
  readonly start: Day;
  readonly end: Day;
  readonly visitationsdato: Day;
  readonly pauses: readonly DayRange[];
  readonly akasseFravalgt: boolean;
  /** The flags rules may be conditioned on (RULES.md §1 and §8), absent = false. */
  readonly flags: Readonly<Record<ConditionFlag, boolean>>;
  /** The same flags as bits (FLAG_BIT), so that a rule's conditions are one comparison. */
  readonly flagBits: number;
}

/** Each condition flag's bit in `flagBits`. */
export const FLAG_BIT: Readonly<Record<ConditionFlag, number>> = {
  risikoUarbejdsdygtigEfter4Aar: 1,
  faellessamtaleInden3Mdr: 2,
  visiteretTilJobcenter: 4,
  undtaget: 8,
};

export interface MeetingFacts {
  readonly id: string;
  readonly day: Day;
  readonly kind: SamtaleKind;
  readonly status: SamtaleStatus;
}

export interface RequestFacts {
  readonly source: Anmodning;
  readonly day: Day;
}

/** The evaluation-wide settings, as day numbers. */
export interface EvaluationContext {
  readonly ruleSet: RuleSet;
  readonly asOf: Day;
  readonly horizon: Day;
  readonly anmodningFristDage: number;
}

export function contextOf(input: EvaluationInput): EvaluationContext {
  const asOf = parseDay(input.asOf);
  return {
    ruleSet: input.ruleSet,
    asOf,
    // RULES.md §2.3: the horizon defaults to asOf + 12 months.
    horizon: input.horizon != null ? parseDay(input.horizon) : addMonths(asOf, 12),
    anmodningFristDage: input.anmodningFristDage ?? DEFAULT_ANMODNING_FRIST_DAGE,
  };
}

const NO_PAUSES: readonly DayRange[] = Object.freeze([]);

export function forloebFacts(f: Forloeb): ForloebFacts {
  const start = parseDay(f.start);
  const pauses = f.pauses;
  const flags = {
    risikoUarbejdsdygtigEfter4Aar: f.risikoUarbejdsdygtigEfter4Aar === true,
    faellessamtaleInden3Mdr: f.faellessamtaleInden3Mdr === true,
    visiteretTilJobcenter: f.visiteretTilJobcenter === true,
    undtaget: f.undtaget === true,
  };
  return {
    source: f,
    id: f.id,
    group: targetGroupOf(f),
    start,
    end: f.end != null ? parseDay(f.end) : Number.POSITIVE_INFINITY,
    visitationsdato: f.visitationsdato != null ? parseDay(f.visitationsdato) : start,
    pauses: pauses == null || pauses.length === 0 ? NO_PAUSES : mergeRanges(pauses.map((p) => ({ from: parseDay(p.from), to: parseDay(p.to) }))),
    akasseFravalgt: f.akasseFravalgt === true,
    flags,
    flagBits:
      (flags.risikoUarbejdsdygtigEfter4Aar ? FLAG_BIT.risikoUarbejdsdygtigEfter4Aar : 0) |
      (flags.faellessamtaleInden3Mdr ? FLAG_BIT.faellessamtaleInden3Mdr : 0) |
      (flags.visiteretTilJobcenter ? FLAG_BIT.visiteretTilJobcenter : 0) |
      (flags.undtaget ? FLAG_BIT.undtaget : 0),
  };
}

/** Group items by their forløb id in one pass, keeping input order. */
export function groupByForloeb<T extends { forloebId: string }, R>(items: readonly T[] | null | undefined, map: (item: T) => R): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  if (items == null) return groups;
  for (const item of items) {
    const list = groups.get(item.forloebId);
    if (list === undefined) groups.set(item.forloebId, [map(item)]);
    else list.push(map(item));
  }
  return groups;
}
