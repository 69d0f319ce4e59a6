/** One row per citizen: their current benefit, target group, next deadline and obligation counts. */
import { targetGroupOf } from "@kontaktplan/rules";
import { TARGET_GROUP_LABELS, type CitizenSummary, type EvaluationInput, type Obligation, type StatusCounts, type TargetGroup } from "@kontaktplan/schema";
import type { CitizenRow } from "../tenancy/visibility.js";
import { groupBy } from "./case-data.js";
import { maskCpr } from "./records.js";

type Forloeb = EvaluationInput["forloeb"][number];

/** The forløb running on `asOf`, else the one that started last: what the caseload shows. */
export function currentForloeb(list: readonly Forloeb[], asOf: string): Forloeb | undefined {
  const running = list.find((f) => f.start <= asOf && (f.end == null || f.end >= asOf));
  return running ?? [...list].sort((a, b) => (a.start < b.start ? 1 : -1))[0];
}

function countByStatus(obligations: readonly Obligation[]): StatusCounts {
  const counts: StatusCounts = { met: 0, lapsed: 0, missed: 0, upcoming: 0, open: 0 };
  for (const o of obligations) counts[o.status]++;
  return counts;
}

/** The earliest deadline among missed obligations: how long the citizen has been overdue. */
function overdueSince(obligations: readonly Obligation[]): string | null {
  let since: string | null = null;
  for (const o of obligations) if (o.status === "missed" && (since === null || o.to < since)) since = o.to;
  return since;
}

function nextDeadline(obligations: readonly Obligation[]): Obligation | undefined {
  let next: Obligation | undefined;
  for (const o of obligations) {
    if ((o.status === "open" || o.status === "upcoming") && (!next || o.to < next.to)) next = o;
  }
  return next;
}

export function summarise(citizenRows: readonly CitizenRow[], input: EvaluationInput, obligations: readonly Obligation[]): CitizenSummary[] {
  const forloebByCitizen = groupBy(input.forloeb, (f) => f.borgerId);
  const citizenOfForloeb = new Map(input.forloeb.map((f) => [f.id, f.borgerId]));
  const obligationsByCitizen = groupBy(obligations, (o) => citizenOfForloeb.get(o.forloebId));
  return citizenRows.map((c) => {
    const mine = obligationsByCitizen.get(c.id) ?? [];
    const current = currentForloeb(forloebByCitizen.get(c.id) ?? [], input.asOf);
    const group: TargetGroup | null = current ? targetGroupOf(current) : null;
    const next = nextDeadline(mine);
    return {
      citizenId: c.id,
      name: c.name,
      cprMasked: maskCpr(c.cpr),
      caseworkerId: c.caseworkerId,
      ydelse: current?.ydelse ?? null,
      targetGroup: group,
      targetGroupLabel: group ? TARGET_GROUP_LABELS[group] : null,
      nextDeadline: next?.to ?? null,
      nextDeadlineRule: next?.rule ?? null,
      overdueSince: overdueSince(mine),
      counts: countByStatus(mine),
    };
  });
}
