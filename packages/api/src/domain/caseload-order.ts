/**
 * The caseload as a worklist: which summaries a query keeps (status, target group, caseworker)
 * and their order, urgent first by default. Pure; citizen-results.ts keeps the lists so ordered.
 */
import type { CaseloadQuery, CaseloadStatus, CitizenSummary } from "@kontaktplan/schema";
import type { Compare as SortedCompare } from "./sorted-list.js";

const collator = new Intl.Collator("da");

type Compare = SortedCompare<CitizenSummary>;

/** Ascending (`dir` 1) or descending (-1), with missing values last either way: "no deadline" is never urgent. */
function nullsLast<T extends string | number>(
  a: T | null,
  b: T | null,
  dir: number,
  compare: (x: T, y: T) => number = (x, y) => (x < y ? -1 : x > y ? 1 : 0),
): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b) * dir;
}

const byName: Compare = (a, b) => collator.compare(a.name, b.name) || (a.citizenId < b.citizenId ? -1 : a.citizenId > b.citizenId ? 1 : 0);

const ORDERS: Record<CaseloadQuery["sort"], (dir: number) => Compare> = {
  // Overdue first, the longest overdue first; then the nearest deadline. Has no reverse.
  urgency: () => (a, b) => nullsLast(a.overdueSince, b.overdueSince, 1) || nullsLast(a.nextDeadline, b.nextDeadline, 1),
  nextDeadline: (dir) => (a, b) => nullsLast(a.nextDeadline, b.nextDeadline, dir),
  name: (dir) => (a, b) => byName(a, b) * dir,
  targetGroup: (dir) => (a, b) => nullsLast(a.targetGroupLabel, b.targetGroupLabel, dir, collator.compare),
  missed: (dir) => (a, b) => (a.counts.missed - b.counts.missed) * dir,
  open: (dir) => (a, b) => (a.counts.open - b.counts.open) * dir,
};

function hasStatus(row: CitizenSummary, status: CaseloadStatus): boolean {
  return status === "pending" ? row.counts.open + row.counts.upcoming > 0 : row.counts[status] > 0;
}

/** Whether a citizen's summary belongs in the list `query` asks for (status, target group, caseworker). */
export function caseloadFilter({ status, targetGroup, caseworker }: CaseloadQuery): (row: CitizenSummary) => boolean {
  return (r) =>
    (status === undefined || hasStatus(r, status)) &&
    (targetGroup === undefined || r.targetGroup === targetGroup) &&
    (caseworker === undefined || r.caseworkerId === (caseworker === "none" ? null : caseworker));
}

/** The order `query` asks for, made total by name and then id: every summary has exactly one place. */
export function caseloadOrder(query: CaseloadQuery): Compare {
  const order = ORDERS[query.sort](query.direction === "desc" ? -1 : 1);
  return (a, b) => order(a, b) || byName(a, b);
}
