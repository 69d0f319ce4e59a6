import { describe, expect, it } from "vitest";
import { caseloadQuery, DEFAULT_FILTERS, filtersHash, parseFilters } from "../src/caseload/filters.js";

describe("caseload filters in the URL", () => {
  it("leave the plain list's hash alone", () => {
    expect(filtersHash(DEFAULT_FILTERS)).toBe("#/");
    expect(parseFilters("")).toEqual(DEFAULT_FILTERS);
    expect(parseFilters("#/")).toEqual(DEFAULT_FILTERS);
  });

  it("round-trip every filter, the sort, the scope and the page", () => {
    const filters = { status: "missed", targetGroup: "kontanthjaelp-jobparat", sort: "name", scope: "kommune", page: 3 } as const;
    const hash = filtersHash(filters);
    expect(hash).toBe("#/?status=missed&maalgruppe=kontanthjaelp-jobparat&sortering=name&visning=kommune&side=3");
    expect(parseFilters(hash)).toEqual(filters);
  });

  it("ignore unknown or malformed values rather than sending them to the API", () => {
    expect(parseFilters("#/?status=late&maalgruppe=pensionister&sortering=cpr&visning=alle&side=-2")).toEqual(DEFAULT_FILTERS);
    expect(parseFilters("#/?side=2.5").page).toBe(1);
    expect(parseFilters("#/?maalgruppe=toString").targetGroup).toBe("all");
  });

  it("become the API's query, leaving out what is not filtered", () => {
    expect(caseloadQuery(DEFAULT_FILTERS, 25)).toEqual({ sort: "nextDeadline", scope: "mine", page: 1, pageSize: 25 });
    expect(caseloadQuery({ ...DEFAULT_FILTERS, status: "open", targetGroup: "dagpenge" }, 25)).toEqual({
      sort: "nextDeadline",
      scope: "mine",
      page: 1,
      pageSize: 25,
      status: "open",
      targetGroup: "dagpenge",
    });
  });
});
