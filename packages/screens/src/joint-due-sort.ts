import type { JointDueRow, ObligationStatus } from "@kontaktplan/schema";

/** What sorting a worklist row reads: the a-kasse's own deadlines sort as the fællessamtaler do. */
type DueRow = Pick<JointDueRow, "daysLeft" | "name" | "status">;

export type JointSortKey = "daysLeft" | "name" | "status";

/** Overdue first, then the most pressing: what an a-kasse must act on comes first. */
const STATUS_ORDER: Record<ObligationStatus, number> = { missed: 0, open: 1, upcoming: 2, met: 3, lapsed: 4 };

const COMPARE: Record<JointSortKey, (a: DueRow, b: DueRow) => number> = {
  daysLeft: (a, b) => a.daysLeft - b.daysLeft,
  name: (a, b) => a.name.localeCompare(b.name, "da"),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
};

/** Rows sorted by `key`, ties broken by days left, then name; `status` filters when given. */
export function sortJointDue<R extends DueRow>(rows: readonly R[], key: JointSortKey, status: ObligationStatus | "all"): R[] {
  return rows
    .filter((r) => status === "all" || r.status === status)
    .sort((a, b) => COMPARE[key](a, b) || COMPARE.daysLeft(a, b) || COMPARE.name(a, b));
}

/** "3 dage tilbage", "1 dag tilbage", "i dag", "5 dage over fristen". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return "Fristen er i dag";
  const n = Math.abs(daysLeft);
  const days = n === 1 ? "1 dag" : `${n} dage`;
  return daysLeft > 0 ? `${days} tilbage` : `${days} over fristen`;
}
