/** The a-kasse worklist's status filter, sort, search and pages in the URL hash, as the caseload's are. */
import { JOINT_DUE_SORTS, OBLIGATION_STATUSES, type JointDueQuery, type JointDueSort, type ObligationStatus } from "@kontaktplan/schema";
import { hashParams, hashWith } from "../hash-state.js";

export interface JointDueFilters {
  status: ObligationStatus | "all";
  sort: JointDueSort;
  search: string;
  /** The page of the fællessamtaler, and of the a-kasse's own jobsamtaler. */
  page: number;
  akassePage: number;
}

export const DEFAULT_DUE_FILTERS: JointDueFilters = { status: "all", sort: "daysLeft", search: "", page: 1, akassePage: 1 };

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function parseDueFilters(hash: string): JointDueFilters {
  const params = hashParams(hash);
  return {
    status: OBLIGATION_STATUSES.find((s) => s === params.get("status")) ?? DEFAULT_DUE_FILTERS.status,
    sort: JOINT_DUE_SORTS.find((s) => s === params.get("sortering")) ?? DEFAULT_DUE_FILTERS.sort,
    search: (params.get("soeg") ?? "").slice(0, 60),
    page: pageOf(params.get("side")),
    akassePage: pageOf(params.get("egneSide")),
  };
}

export function dueFiltersHash(filters: JointDueFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== DEFAULT_DUE_FILTERS.status) params.set("status", filters.status);
  if (filters.sort !== DEFAULT_DUE_FILTERS.sort) params.set("sortering", filters.sort);
  if (filters.search.trim() !== "") params.set("soeg", filters.search.trim());
  if (filters.page !== 1) params.set("side", String(filters.page));
  if (filters.akassePage !== 1) params.set("egneSide", String(filters.akassePage));
  return hashWith("#/", params);
}

/** A new search, status or order starts both lists on their first page. */
export function refined(filters: JointDueFilters, change: Partial<Pick<JointDueFilters, "status" | "sort" | "search">>): JointDueFilters {
  return { ...filters, ...change, page: 1, akassePage: 1 };
}

/** The API query for the filters; without a page size, both lists whole (the CSV export). */
export function jointDueQuery(filters: JointDueFilters, pageSize?: number): NonNullable<JointDueQuery> {
  const search = filters.search.trim();
  return {
    ...(search !== "" ? { search } : {}),
    ...(filters.status !== "all" ? { status: filters.status } : {}),
    sort: filters.sort,
    page: filters.page,
    akassePage: filters.akassePage,
    ...(pageSize !== undefined ? { pageSize } : {}),
  };
}
