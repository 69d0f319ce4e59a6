import { describe, expect, it } from "vitest";
import { caseloadQuery, DEFAULT_FILTERS, filtersHash, parseFilters, sortBy } from "../src/caseload/filters.js";
import { urgencyOf } from "../src/caseload/urgency.js";
import { drillDownHref } from "../src/jobcentre/drill-down.js";

const CASEWORKER = "7f1c2a9e-1b2c-4d3e-8f90-123456789abc";

describe("caseload filters in the URL", () => {
  it("leave the plain list's hash alone", () => {
    expect(filtersHash(DEFAULT_FILTERS)).toBe("#/");
    expect(parseFilters("")).toEqual(DEFAULT_FILTERS);
    expect(parseFilters("#/")).toEqual(DEFAULT_FILTERS);
  });

  it("round-trip every filter, the search, the sort and its direction, the scope and the page", () => {
    const filters = {
      status: "pending",
      targetGroup: "kontanthjaelp-jobparat",
      caseworker: CASEWORKER,
      search: "Karl Olsen",
      sort: "name",
      direction: "desc",
      scope: "kommune",
      page: 3,
    } as const;
    const hash = filtersHash(filters);
    expect(hash).toBe(
      `#/?status=pending&maalgruppe=kontanthjaelp-jobparat&sagsbehandler=${CASEWORKER}&soeg=Karl+Olsen&sortering=name&retning=desc&visning=kommune&side=3`,
    );
    expect(parseFilters(hash)).toEqual(filters);
  });

  it("ignore unknown or malformed values rather than sending them to the API", () => {
    expect(parseFilters("#/?status=late&maalgruppe=pensionister&sortering=cpr&retning=op&visning=alle&side=-2&sagsbehandler=x")).toEqual(DEFAULT_FILTERS);
    expect(parseFilters("#/?side=2.5").page).toBe(1);
    expect(parseFilters("#/?maalgruppe=toString").targetGroup).toBe("all");
    expect(parseFilters(`#/?soeg=${"a".repeat(80)}`).search).toHaveLength(60);
  });

  it("become the API's query, leaving out what is not filtered", () => {
    expect(caseloadQuery(DEFAULT_FILTERS, 25)).toEqual({ sort: "urgency", direction: "asc", scope: "mine", page: 1, pageSize: 25 });
    expect(caseloadQuery({ ...DEFAULT_FILTERS, status: "open", targetGroup: "dagpenge", search: " 010190 ", caseworker: "none" }, 25)).toEqual({
      sort: "urgency",
      direction: "asc",
      scope: "mine",
      page: 1,
      pageSize: 25,
      status: "open",
      targetGroup: "dagpenge",
      caseworker: "none",
      search: "010190",
    });
  });

  it("sort by a clicked column: again turns it around, counts start with the most, and the page starts over", () => {
    const byName = sortBy({ ...DEFAULT_FILTERS, page: 4 }, "name");
    expect(byName).toMatchObject({ sort: "name", direction: "asc", page: 1 });
    expect(sortBy(byName, "name")).toMatchObject({ sort: "name", direction: "desc" });
    expect(sortBy(byName, "missed")).toMatchObject({ sort: "missed", direction: "desc" });
  });
});

describe("the worklist's badges", () => {
  it("flag overdue citizens and deadlines within the coming week, and nothing else", () => {
    expect(urgencyOf({ overdueSince: "2025-02-10", nextDeadline: "2025-04-01" }, "2025-03-03")).toEqual({ overdue: true, dueThisWeek: false });
    expect(urgencyOf({ overdueSince: null, nextDeadline: "2025-03-03" }, "2025-03-03")).toEqual({ overdue: false, dueThisWeek: true });
    expect(urgencyOf({ overdueSince: null, nextDeadline: "2025-03-09" }, "2025-03-03")).toEqual({ overdue: false, dueThisWeek: true });
    expect(urgencyOf({ overdueSince: null, nextDeadline: "2025-03-10" }, "2025-03-03")).toEqual({ overdue: false, dueThisWeek: false });
    expect(urgencyOf({ overdueSince: null, nextDeadline: null }, "2025-03-03")).toEqual({ overdue: false, dueThisWeek: false });
  });
});

describe("the overview's numbers", () => {
  it("lead to the kommune's caseload filtered to the citizens behind them", () => {
    expect(drillDownHref("missed")).toBe("#/?status=missed&visning=kommune");
    expect(drillDownHref("open", { targetGroup: "dagpenge" })).toBe("#/?status=pending&maalgruppe=dagpenge&visning=kommune");
    expect(drillDownHref("metOnTime", { caseworker: "none" })).toBe("#/?status=met&sagsbehandler=none&visning=kommune");
  });
});
