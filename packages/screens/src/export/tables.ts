/** The portal's lists as CSV files: the same columns a user sees, CPR numbers masked as on screen. */
import type { CitizenSummary, ComplianceSummary, JointDueRow } from "@kontaktplan/schema";
import { JOINT_RULE_LABEL, OBLIGATION_STATUS_LABEL } from "@kontaktplan/ui";
import { daysLeftText } from "../days-left.js";
import { toCsv } from "./csv.js";

export function caseloadCsv(rows: readonly CitizenSummary[]): string {
  return toCsv(
    ["Borger", "CPR", "Målgruppe", "Næste frist", "Overskredet siden", "Overskredne", "Åbne", "Kommende", "Opfyldte"],
    rows.map((r) => [
      r.name,
      r.cprMasked,
      r.targetGroupLabel ?? "Ingen",
      r.nextDeadline,
      r.overdueSince,
      r.counts.missed,
      r.counts.open,
      r.counts.upcoming,
      r.counts.met,
    ]),
  );
}

export function complianceCsv(summary: ComplianceSummary): string {
  const counts = (c: { metOnTime: number; missed: number; open: number }) => [c.metOnTime, c.missed, c.open, c.metOnTime + c.missed + c.open];
  return toCsv(
    ["Opdeling", "Målgruppe eller sagsbehandler", "Team", "Opfyldt til tiden", "Overskredet", "Åbne", "I alt"],
    [
      ["I alt", "Hele kommunen", null, ...counts(summary.totals)],
      ...summary.byTargetGroup.map((g) => ["Målgruppe", g.targetGroupLabel, null, ...counts(g)]),
      ...summary.byCaseworker.map((c) => ["Sagsbehandler", c.caseworkerName, c.teamName, ...counts(c)]),
    ],
  );
}

export function jointDueCsv(rows: readonly JointDueRow[]): string {
  return toCsv(
    ["Medlem", "CPR", "Krav", "Vindue fra", "Vindue til", "Status", "Frist", "Afholdt", "Krævet", "Booket"],
    rows.map((r) => [
      r.name,
      r.cprMasked,
      JOINT_RULE_LABEL[r.rule],
      r.from,
      r.to,
      OBLIGATION_STATUS_LABEL[r.status],
      daysLeftText(r.daysLeft),
      r.held,
      r.required,
      r.planned.length > 0 ? "Ja" : "Nej",
    ]),
  );
}
