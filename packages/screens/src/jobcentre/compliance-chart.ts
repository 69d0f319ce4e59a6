import type { ComplianceCounts } from "@kontaktplan/schema";
import { OBLIGATION_STATUS_COLOUR } from "@kontaktplan/ui";
import type { BarCategory, BarSeries } from "./bar-chart-layout.js";

/** The overview's three counts, in the status colours the rest of the portal uses for them. */
export const COMPLIANCE_SERIES: readonly (BarSeries & { key: keyof ComplianceCounts })[] = [
  { key: "metOnTime", label: "Opfyldt til tiden", inText: "opfyldt til tiden", colour: OBLIGATION_STATUS_COLOUR.met },
  { key: "missed", label: "Overskredet", inText: "overskredet", colour: OBLIGATION_STATUS_COLOUR.missed },
  { key: "open", label: "Åbne", inText: "åbne", colour: OBLIGATION_STATUS_COLOUR.open },
];

export function complianceCategory(label: string, counts: ComplianceCounts): BarCategory {
  return { label, values: COMPLIANCE_SERIES.map((s) => counts[s.key]) };
}

export const totalOf = (c: ComplianceCounts): number => c.metOnTime + c.missed + c.open;
