/**
 * The caseload's filters, search, sort and page as they live in the URL hash ("#/?status=missed&side=2"),
 * so a filtered list can be bookmarked, shared and returned to with the browser's back button.
 */
import {
  CASELOAD_SORTS,
  CASELOAD_STATUSES,
  isTargetGroup,
  SORT_DIRECTIONS,
  type CaseloadQuery,
  type CaseloadStatus,
  type TargetGroup,
} from "@kontaktplan/schema";
import { hashParams, hashWith } from "../hash-state.js";

export interface CaseloadFilters {
  status: CaseloadStatus | "all";
  targetGroup: TargetGroup | "all";
  /** A caseworker's id, "none" for citizens without one, or "all". */
  caseworker: string;
  search: string;
  sort: CaseloadQuery["sort"];
  direction: CaseloadQuery["direction"];
  scope: CaseloadQuery["scope"];
  page: number;
}

export const DEFAULT_FILTERS: CaseloadFilters = {
  status: "all",
  targetGroup: "all",
  caseworker: "all",
  search: "",
  sort: "urgency",
  direction: "asc",
  scope: "mine",
  page: 1,
};

const SCOPES: readonly CaseloadQuery["scope"][] = ["mine", "kommune"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Read the filters from a hash; anything unknown or malformed falls back to the default. */
export function parseFilters(hash: string): CaseloadFilters {
  const params = hashParams(hash);
  const group = params.get("maalgruppe");
  const caseworker = params.get("sagsbehandler");
  const page = Number(params.get("side"));
  return {
    status: oneOf(CASELOAD_STATUSES, params.get("status")) ?? DEFAULT_FILTERS.status,
    targetGroup: group !== null && isTargetGroup(group) ? group : DEFAULT_FILTERS.targetGroup,
    caseworker: caseworker !== null && (caseworker === "none" || UUID.test(caseworker)) ? caseworker : DEFAULT_FILTERS.caseworker,
    search: (params.get("soeg") ?? "").slice(0, 60),
    sort: oneOf(CASELOAD_SORTS, params.get("sortering")) ?? DEFAULT_FILTERS.sort,
    direction: oneOf(SORT_DIRECTIONS, params.get("retning")) ?? DEFAULT_FILTERS.direction,
    scope: oneOf(SCOPES, params.get("visning")) ?? DEFAULT_FILTERS.scope,
    page: Number.isInteger(page) && page >= 1 ? page : DEFAULT_FILTERS.page,
  };
}

/** The start page's hash for these filters; defaults are left out, so the plain list stays "#/". */
export function filtersHash(filters: Partial<CaseloadFilters>): string {
  const f = { ...DEFAULT_FILTERS, ...filters };
  const params = new URLSearchParams();
  if (f.status !== DEFAULT_FILTERS.status) params.set("status", f.status);
  if (f.targetGroup !== DEFAULT_FILTERS.targetGroup) params.set("maalgruppe", f.targetGroup);
  if (f.caseworker !== DEFAULT_FILTERS.caseworker) params.set("sagsbehandler", f.caseworker);
  if (f.search.trim() !== "") params.set("soeg", f.search.trim());
  if (f.sort !== DEFAULT_FILTERS.sort) params.set("sortering", f.sort);
  if (f.direction !== DEFAULT_FILTERS.direction) params.set("retning", f.direction);
  if (f.scope !== DEFAULT_FILTERS.scope) params.set("visning", f.scope);
  if (f.page !== DEFAULT_FILTERS.page) params.set("side", String(f.page));
  return hashWith("#/", params);
}

/** The API query for the filters ("all" and an empty search mean no filter). */
export function caseloadQuery(filters: CaseloadFilters, pageSize: number): CaseloadQuery {
  return {
    sort: filters.sort,
    direction: filters.direction,
    scope: filters.scope,
    page: filters.page,
    pageSize,
    ...(filters.status === "all" ? {} : { status: filters.status }),
    ...(filters.targetGroup === "all" ? {} : { targetGroup: filters.targetGroup }),
    ...(filters.caseworker === "all" ? {} : { caseworker: filters.caseworker }),
    ...(filters.search.trim() === "" ? {} : { search: filters.search.trim() }),
  };
}

/** Clicking a column: the same column turns around; another starts in its natural order (counts: most first). */
export function sortBy(filters: CaseloadFilters, sort: CaseloadQuery["sort"]): CaseloadFilters {
  const direction = filters.sort === sort ? (filters.direction === "asc" ? "desc" : "asc") : sort === "missed" || sort === "open" ? "desc" : "asc";
  return { ...filters, sort, direction, page: 1 };
}
