import type { CitizenSummary } from "@kontaktplan/schema";
import { daysBetween } from "@kontaktplan/ui";

/** Within this many days from today a deadline is "this week": the days a caseworker plans ahead. */
const THIS_WEEK_DAYS = 7;

/** What a caseload row is flagged with: overdue, a deadline within the coming week, or both. */
export function urgencyOf(row: Pick<CitizenSummary, "overdueSince" | "nextDeadline">, asOf: string): { overdue: boolean; dueThisWeek: boolean } {
  const days = row.nextDeadline === null ? null : daysBetween(asOf, row.nextDeadline);
  return { overdue: row.overdueSince !== null, dueThisWeek: days !== null && days >= 0 && days < THIS_WEEK_DAYS };
}
