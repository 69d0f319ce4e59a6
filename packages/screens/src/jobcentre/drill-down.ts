import type { CaseloadStatus, ComplianceCounts } from "@kontaktplan/schema";
import { filtersHash, type CaseloadFilters } from "../caseload/filters.js";

/** Which caseload status holds the citizens behind each of the overview's counts ("Åbne" there is open or upcoming). */
const STATUS_OF: Record<keyof ComplianceCounts, CaseloadStatus> = { metOnTime: "met", missed: "missed", open: "pending" };

/** The kommune's caseload filtered to the citizens behind one of the overview's numbers. */
export function drillDownHref(count: keyof ComplianceCounts, filters: Partial<CaseloadFilters> = {}): string {
  return filtersHash({ ...filters, scope: "kommune", status: STATUS_OF[count] });
}
