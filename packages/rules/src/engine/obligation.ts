import type { Obligation, SamtaleKind } from "@kontaktplan/schema";
import type { RuleDefinition } from "../definitions/types.js";
import { formatDay, type Day } from "../dates/day.js";
import { explain } from "./explain.js";
import type { ForloebFacts, MeetingFacts } from "./facts.js";
import { obligationStatus } from "./status.js";

/**
 * One obligation: occurrence `occurrence` of `rule` for forløb `f`, the window [from, to], met by
 * meetings of `kinds`. Counts the qualifying meetings (RULES.md §3: of those kinds, dated in
 * [from, min(to, end)] and never before the forløb's start) and settles the status. `opening`
 * begins the explanation (opening.ts). Takes its parts one by one, not as an object, because it
 * runs for every obligation and such an object would be made only to be read here.
 */
export function buildObligation(
  rule: RuleDefinition,
  kinds: readonly SamtaleKind[],
  occurrence: number,
  from: Day,
  to: Day,
  opening: string,
  f: ForloebFacts,
  meetings: readonly MeetingFacts[],
  asOf: Day,
): Obligation {
  const lo = from > f.start ? from : f.start;
  const hi = to < f.end ? to : f.end;
  const satisfiedBy: string[] = [];
  const plannedBy: string[] = [];
  for (const m of meetings) {
    if (m.day < lo || m.day > hi || !kinds.includes(m.kind)) continue;
    if (m.status === "afholdt") satisfiedBy.push(m.id);
    else if (m.status === "planlagt") plannedBy.push(m.id);
  }
  const held = satisfiedBy.length;
  const status = obligationStatus(held, rule.required, from, to, f.end, asOf);
  return {
    forloebId: f.id,
    rule: rule.id,
    ruleSet: rule.legalBasis.ruleSet,
    occurrence,
    from: formatDay(from),
    to: formatDay(to),
    required: rule.required,
    kinds: kinds as SamtaleKind[],
    held,
    status,
    satisfiedBy,
    plannedBy,
    legalBasis: rule.legalBasis,
    explanation: explain(opening, status, held, plannedBy.length, rule.required, from, to, f.end),
  };
}
