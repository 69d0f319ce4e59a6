import { describe, expect, it } from "vitest";
import { DEFAULT_DUE_FILTERS, dueFiltersHash, jointDueQuery, parseDueFilters, refined } from "../src/akasse/due-filters.js";

describe("the a-kasse worklist's filters in the URL", () => {
  it("round-trips status, order, search and both pages, and leaves defaults out", () => {
    const filters = { status: "missed", sort: "name", search: "Bo", page: 3, akassePage: 2 } as const;
    expect(dueFiltersHash(filters)).toBe("#/?status=missed&sortering=name&soeg=Bo&side=3&egneSide=2");
    expect(parseDueFilters(dueFiltersHash(filters))).toEqual(filters);
    expect(dueFiltersHash(DEFAULT_DUE_FILTERS)).toBe("#/");
  });

  it("falls back to the defaults for anything unknown or malformed", () => {
    expect(parseDueFilters("#/?status=nope&sortering=x&side=-1&egneSide=1.5")).toEqual(DEFAULT_DUE_FILTERS);
  });

  it("starts both lists on their first page when the search, status or order changes", () => {
    const on = { ...DEFAULT_DUE_FILTERS, page: 4, akassePage: 2 };
    expect(refined(on, { status: "open" })).toEqual({ ...DEFAULT_DUE_FILTERS, status: "open" });
  });

  it("asks the API for one page, or for the whole filtered list without a page size", () => {
    const filters = { status: "all", sort: "status", search: "  ", page: 2, akassePage: 1 } as const;
    expect(jointDueQuery(filters, 50)).toEqual({ sort: "status", page: 2, akassePage: 1, pageSize: 50 });
    expect(jointDueQuery({ ...filters, status: "open", search: "0101" })).toEqual({ search: "0101", status: "open", sort: "status", page: 2, akassePage: 1 });
  });
});
