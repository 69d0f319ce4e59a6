/**
 * The caseload as a worklist: filtered (status, target group, caseworker) and sorted, urgent
 * first by default. Pure, applied to a caseload's computed summaries.
 */
import type { CaseloadQuery, CaseloadStatus, CitizenSummary } from "@kontaktplan/schema";

const collator = new Intl.Collator("da");

type Compare = (a: CitizenSummary, b: CitizenSummary) => number;

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

export function orderCaseload(rows: readonly CitizenSummary[], query: CaseloadQuery): CitizenSummary[] {
  const { status, targetGroup, caseworker } = query;
  const order = ORDERS[query.sort](query.direction === "desc" ? -1 : 1);
  return rows
    .filter(
      (r) =>
        (status === undefined || hasStatus(r, status)) &&
        (targetGroup === undefined || r.targetGroup === targetGroup) &&
        (caseworker === undefined || r.caseworkerId === (caseworker === "none" ? null : caseworker)),
    )
    .sort((a, b) => order(a, b) || byName(a, b));
}
