/**
 * One page of the a-kasse's worklist (domain/joint-due.ts `worklistPage`): filtered by the
 * members a search finds and by status, ordered, and cut into pages, on rows built for the test
 * so that every order differs from the kept one.
 */
import { describe, expect, it } from "vitest";
import type { JointDueRow, ObligationStatus } from "@kontaktplan/schema";
import { worklistPage, type MemberDue, type Worklist, type WorklistQuery } from "../src/domain/joint-due.js";
import { parseSearch } from "../src/domain/search.js";
import { SortedBlocks } from "../src/domain/sorted-list.js";

const ASOF = "2025-03-03";

function row(name: string, status: ObligationStatus, to: string, n: number): JointDueRow {
  return {
    citizenId: `citizen-${name}`,
    name,
    cprMasked: "010190-xxxx",
    daysLeft: 0,
    planned: [],
    forloebId: `forloeb-${name}-${n}`,
    rule: "joint-by-6-months",
    occurrence: n,
    from: "2025-01-01",
    to,
    required: 1,
    held: 0,
    status,
    explanation: "",
    akasseFravalgt: false,
  };
}

// The kept order: overdue first, then by deadline. Names and statuses are in neither order.
const ROWS = [
  row("Åse", "missed", "2025-02-01", 1),
  row("Bo", "missed", "2025-02-10", 1),
  row("Carl", "upcoming", "2025-04-01", 1),
  row("Anna", "open", "2025-05-01", 1),
  row("Bo", "open", "2025-06-01", 2),
  row("Dorte", "upcoming", "2025-07-01", 1),
];
const keptOrder = (a: JointDueRow, b: JointDueRow) => ROWS.indexOf(a) - ROWS.indexOf(b);
const LIST: Worklist = { asOf: ASOF, rows: new SortedBlocks(keptOrder, ROWS), akasseRows: new SortedBlocks(() => 0) };
const MEMBERS = new Map<string, MemberDue>(
  ROWS.map((r, i) => [r.citizenId, { kommunekode: "101", name: r.name, cpr: `01019012${String(i).padStart(2, "0")}`, joint: [], akasse: [] }]),
);
const page = (query: Partial<WorklistQuery>) => worklistPage(LIST, MEMBERS, { search: null, sort: "daysLeft", page: 1, akassePage: 1, ...query });
const names = (rows: readonly JointDueRow[]) => rows.map((r) => `${r.name}${r.occurrence}`);

describe("a page of the a-kasse's worklist", () => {
  it("keeps the kept order by default, and sorts by name (Danish: Å last) or status (overdue, open, upcoming), the kept order among equals", () => {
    expect(names(page({}).rows)).toEqual(["Åse1", "Bo1", "Carl1", "Anna1", "Bo2", "Dorte1"]);
    expect(names(page({ sort: "name" }).rows)).toEqual(["Anna1", "Bo1", "Bo2", "Carl1", "Dorte1", "Åse1"]);
    expect(names(page({ sort: "status" }).rows)).toEqual(["Åse1", "Bo1", "Anna1", "Bo2", "Carl1", "Dorte1"]);
  });

  it("filters by status and by the members a search finds, and counts what matched", () => {
    const open = page({ status: "open" });
    expect(names(open.rows)).toEqual(["Anna1", "Bo2"]);
    expect(open.totals).toEqual({ rows: 2, akasseRows: 0 });
    expect(names(page({ search: parseSearch("bo") }).rows)).toEqual(["Bo1", "Bo2"]);
    expect(names(page({ search: parseSearch("010190-1203") }).rows)).toEqual(["Anna1"]);
  });

  it("cuts the ordered list into pages of the size asked for; past the end is empty, with the same totals", () => {
    const pages = [1, 2, 3, 4].map((n) => page({ sort: "name", page: n, pageSize: 2 }));
    expect(pages.map((p) => names(p.rows))).toEqual([["Anna1", "Bo1"], ["Bo2", "Carl1"], ["Dorte1", "Åse1"], []]);
    expect(new Set(pages.map((p) => p.totals.rows))).toEqual(new Set([6]));
  });
});
