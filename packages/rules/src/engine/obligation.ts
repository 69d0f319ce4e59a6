import type { LegalBasis, Obligation, RuleId, SamtaleKind } from "@kontaktplan/schema";
import { formatDay, type Day } from "../dates/day.js";
import { explain } from "./explain.js";
import type { ForloebFacts, MeetingFacts } from "./facts.js";
import { obligationStatus } from "./status.js";

export interface ObligationSpec {
  readonly rule: RuleId;
  readonly occurrence: number;
  readonly from: Day;
  readonly to: Day;
  readonly required: number;
  readonly kinds: readonly SamtaleKind[];
  readonly label: string;
  readonly legalBasis: LegalBasis;
  readonly anmodningId?: string;
}

/**
 * Count the qualifying meetings (RULES.md §3: of the rule's kinds, dated in
 * [from, min(to, end)] and never before the forløb's start) and settle the status.
 */
export function buildObligation(
  spec: ObligationSpec,
  f: ForloebFacts,
  meetings: readonly MeetingFacts[],
  asOf: Day,
): Obligation {
  const lo = spec.from > f.start ? spec.from : f.start;
  const hi = spec.to < f.end ? spec.to : f.end;
  const satisfiedBy: string[] = [];
  const plannedBy: string[] = [];
  for (const m of meetings) {
    if (m.day < lo || m.day > hi || !spec.kinds.includes(m.kind)) continue;
    if (m.status === "afholdt") satisfiedBy.push(m.id);
    else if (m.status === "planlagt") plannedBy.push(m.id);
  }
  const held = satisfiedBy.length;
  const status = obligationStatus(held, spec.required, spec.from, spec.to, f.end, asOf);
  const obligation: Obligation = {
    forloebId: f.id,
    rule: spec.rule,
    ruleSet: spec.legalBasis.ruleSet,
    occurrence: spec.occurrence,
    from: formatDay(spec.from),
    to: formatDay(spec.to),
    required: spec.required,
    kinds: spec.kinds as SamtaleKind[],
    held,
    status,
    satisfiedBy,
    plannedBy,
    legalBasis: spec.legalBasis,
    explanation: explain(spec.label, status, held, plannedBy.length, spec.required, spec.from, spec.to, f.end),
  };
  if (spec.anmodningId !== undefined) obligation.anmodningId = spec.anmodningId;
  return obligation;
}
