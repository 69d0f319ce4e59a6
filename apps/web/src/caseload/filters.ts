/**
 * The caseload's filters, sort and page as they live in the URL hash ("#/?status=missed&side=2"),
 * so a filtered list can be bookmarked, shared and returned to with the browser's back button.
 */
import { CASELOAD_SORTS, isTargetGroup, OBLIGATION_STATUSES, type CaseloadQuery, type ObligationStatus, type TargetGroup } from "@kontaktplan/schema";

export interface CaseloadFilters {
  status: ObligationStatus | "all";
  targetGroup: TargetGroup | "all";
  sort: CaseloadQuery["sort"];
  scope: CaseloadQuery["scope"];
  page: number;
}

export const DEFAULT_FILTERS: CaseloadFilters = { status: "all", targetGroup: "all", sort: "nextDeadline", scope: "mine", page: 1 };

const SCOPES: readonly CaseloadQuery["scope"][] = ["mine", "kommune"];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Read the filters from a hash; anything unknown or malformed falls back to the default. */
export function parseFilters(hash: string): CaseloadFilters {
  const query = hash.indexOf("?");
  const params = new URLSearchParams(query === -1 ? "" : hash.slice(query + 1));
  const group = params.get("maalgruppe");
  const page = Number(params.get("side"));
  return {
    status: oneOf(OBLIGATION_STATUSES, params.get("status")) ?? DEFAULT_FILTERS.status,
    targetGroup: group !== null && isTargetGroup(group) ? group : DEFAULT_FILTERS.targetGroup,
    sort: oneOf(CASELOAD_SORTS, params.get("sortering")) ?? DEFAULT_FILTERS.sort,
    scope: oneOf(SCOPES, params.get("visning")) ?? DEFAULT_FILTERS.scope,
    page: Number.isInteger(page) && page >= 1 ? page : DEFAULT_FILTERS.page,
  };
}

/** The start page's hash for these filters; defaults are left out, so the plain list stays "#/". */
export function filtersHash(filters: CaseloadFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== DEFAULT_FILTERS.status) params.set("status", filters.status);
  if (filters.targetGroup !== DEFAULT_FILTERS.targetGroup) params.set("maalgruppe", filters.targetGroup);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set("sortering", filters.sort);
  if (filters.scope !== DEFAULT_FILTERS.scope) params.set("visning", filters.scope);
  if (filters.page !== DEFAULT_FILTERS.page) params.set("side", String(filters.page));
  const query = params.toString();
  return query === "" ? "#/" : `#/?${query}`;
}

/** The API query for the filters ("all" means no filter). */
export function caseloadQuery(filters: CaseloadFilters, pageSize: number): CaseloadQuery {
  return {
    sort: filters.sort,
    scope: filters.scope,
    page: filters.page,
    pageSize,
    ...(filters.status === "all" ? {} : { status: filters.status }),
    ...(filters.targetGroup === "all" ? {} : { targetGroup: filters.targetGroup }),
  };
}
