/**
 * Compliance counts (obligations met on time, missed, and still open) per team and target group,
 * per target group, and per caseworker.
 */
import { parseDay, TARGET_GROUP_LABELS, type TargetGroup } from "@kontaktplan/rules";
import type { ComplianceByCaseworker, ComplianceByTargetGroup, ComplianceCounts, ComplianceQuery, ComplianceRow } from "@kontaktplan/schema";
import type { DueObligation } from "./citizen-results.js";

/** A caseworker and their team (both may be missing). */
export interface Staff {
  teamId: string | null;
  teamName: string | null;
  caseworkerId: string | null;
  caseworkerName: string | null;
}

export interface ComplianceBreakdown {
  rows: ComplianceRow[];
  byTargetGroup: ComplianceByTargetGroup[];
  byCaseworker: ComplianceByCaseworker[];
  totals: ComplianceCounts;
}

const NO_TEAM = "Uden team";
const NO_CASEWORKER = "Uden sagsbehandler";
const collator = new Intl.Collator("da");

/** One citizen's obligations and who follows the citizen up. */
export interface CitizenDues {
  staff: Staff | undefined;
  obligations: Iterable<DueObligation>;
}

function add(counts: ComplianceCounts, o: DueObligation): void {
  if (o.status === "met") counts.metOnTime++;
  else if (o.status === "missed") counts.missed++;
  else if (o.status === "open" || o.status === "upcoming") counts.open++;
}

/** Counters keyed by a string, each created on first use with its identifying fields. */
class Tally<R extends ComplianceCounts> {
  private readonly rows = new Map<string, R>();
  count(key: string, fields: () => Omit<R, keyof ComplianceCounts>, o: DueObligation): void {
    let row = this.rows.get(key);
    if (!row) {
      row = { ...fields(), metOnTime: 0, missed: 0, open: 0 } as R;
      this.rows.set(key, row);
    }
    add(row, o);
  }
  sorted(compare: (a: R, b: R) => number): R[] {
    return [...this.rows.values()].sort(compare);
  }
}

const groupFields = (group: TargetGroup) => ({ targetGroup: group, targetGroupLabel: TARGET_GROUP_LABELS[group] });

export function complianceBreakdown(citizens: Iterable<CitizenDues>, query: ComplianceQuery): ComplianceBreakdown {
  const dueFrom = query.dueFrom === undefined ? -Infinity : parseDay(query.dueFrom);
  const dueTo = query.dueTo === undefined ? Infinity : parseDay(query.dueTo);
  const rows = new Tally<ComplianceRow>();
  const byTargetGroup = new Tally<ComplianceByTargetGroup>();
  const byCaseworker = new Tally<ComplianceByCaseworker>();
  const totals: ComplianceCounts = { metOnTime: 0, missed: 0, open: 0 };
  for (const { staff: s, obligations } of citizens) {
    const teamName = s?.teamName ?? NO_TEAM;
    for (const o of obligations) {
      if (o.due < dueFrom || o.due > dueTo) continue;
      const group = o.group;
      rows.count(`${s?.teamId ?? ""}/${group}`, () => ({ teamId: s?.teamId ?? null, teamName, ...groupFields(group) }), o);
      byTargetGroup.count(group, () => groupFields(group), o);
      byCaseworker.count(
        s?.caseworkerId ?? "",
        () => ({ caseworkerId: s?.caseworkerId ?? null, caseworkerName: s?.caseworkerName ?? NO_CASEWORKER, teamName }),
        o,
      );
      add(totals, o);
    }
  }
  const byLabel = (a: { targetGroupLabel: string }, b: { targetGroupLabel: string }) => collator.compare(a.targetGroupLabel, b.targetGroupLabel);
  return {
    rows: rows.sorted((a, b) => collator.compare(a.teamName, b.teamName) || byLabel(a, b)),
    byTargetGroup: byTargetGroup.sorted(byLabel),
    // Citizens without a caseworker last: they are the ones nobody follows up.
    byCaseworker: byCaseworker.sorted(
      (a, b) => Number(a.caseworkerId === null) - Number(b.caseworkerId === null) || collator.compare(a.caseworkerName, b.caseworkerName),
    ),
    totals,
  };
}
