/** The a-kasse worklist's status filter, sort and search in the URL hash, as the caseload's are. */
import { OBLIGATION_STATUSES, type ObligationStatus } from "@kontaktplan/schema";
import { hashParams, hashWith } from "../hash-state.js";
import type { JointSortKey } from "../joint-due-sort.js";

export interface JointDueFilters {
  status: ObligationStatus | "all";
  sort: JointSortKey;
  search: string;
}

export const DEFAULT_DUE_FILTERS: JointDueFilters = { status: "all", sort: "daysLeft", search: "" };

const SORTS: readonly JointSortKey[] = ["daysLeft", "name", "status"];

export function parseDueFilters(hash: string): JointDueFilters {
  const params = hashParams(hash);
  return {
    status: OBLIGATION_STATUSES.find((s) => s === params.get("status")) ?? DEFAULT_DUE_FILTERS.status,
    sort: SORTS.find((s) => s === params.get("sortering")) ?? DEFAULT_DUE_FILTERS.sort,
    search: (params.get("soeg") ?? "").slice(0, 60),
  };
}

export function dueFiltersHash(filters: JointDueFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== DEFAULT_DUE_FILTERS.status) params.set("status", filters.status);
  if (filters.sort !== DEFAULT_DUE_FILTERS.sort) params.set("sortering", filters.sort);
  if (filters.search.trim() !== "") params.set("soeg", filters.search.trim());
  return hashWith("#/", params);
}
