/** Compliance counts per team and target group: obligations met on time, missed, and still open. */
import { TARGET_GROUP_LABELS, targetGroupOf } from "@kontaktplan/rules";
import type { ComplianceCounts, ComplianceQuery, ComplianceRow, EvaluationInput, Obligation } from "@kontaktplan/schema";

export interface CitizenTeam {
  citizenId: string;
  teamId: string | null;
  teamName: string | null;
}

const NO_TEAM = "Uden team";
const collator = new Intl.Collator("da");

function add(counts: ComplianceCounts, o: Obligation): void {
  if (o.status === "met") counts.metOnTime++;
  else if (o.status === "missed") counts.missed++;
  else if (o.status === "open" || o.status === "upcoming") counts.open++;
}

export function complianceRows(
  input: EvaluationInput,
  obligations: readonly Obligation[],
  teams: readonly CitizenTeam[],
  query: ComplianceQuery,
): { rows: ComplianceRow[]; totals: ComplianceCounts } {
  const teamOf = new Map(teams.map((t) => [t.citizenId, t]));
  const forloebById = new Map(input.forloeb.map((f) => [f.id, f]));
  const rows = new Map<string, ComplianceRow>();
  const totals: ComplianceCounts = { metOnTime: 0, missed: 0, open: 0 };
  for (const o of obligations) {
    if ((query.dueFrom !== undefined && o.to < query.dueFrom) || (query.dueTo !== undefined && o.to > query.dueTo)) continue;
    const f = forloebById.get(o.forloebId);
    if (!f) continue;
    const team = teamOf.get(f.borgerId);
    const group = targetGroupOf(f);
    const key = `${team?.teamId ?? ""}/${group}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        teamId: team?.teamId ?? null,
        teamName: team?.teamName ?? NO_TEAM,
        targetGroup: group,
        targetGroupLabel: TARGET_GROUP_LABELS[group],
        metOnTime: 0,
        missed: 0,
        open: 0,
      };
      rows.set(key, row);
    }
    add(row, o);
    add(totals, o);
  }
  const sorted = [...rows.values()].sort(
    (a, b) => collator.compare(a.teamName, b.teamName) || collator.compare(a.targetGroupLabel, b.targetGroupLabel),
  );
  return { rows: sorted, totals };
}
