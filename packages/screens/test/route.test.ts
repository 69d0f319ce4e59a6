import { describe, expect, it } from "vitest";
import { bookingHref, citizenHref, memberHref, pageHref, parseRoute } from "../src/route.js";

describe("parseRoute", () => {
  it("reads the start page, a citizen, an a-kasse member and a booking", () => {
    expect(parseRoute("")).toEqual({ page: "start" });
    expect(parseRoute("#/")).toEqual({ page: "start" });
    expect(parseRoute("#/?status=missed&side=2")).toEqual({ page: "start" });
    expect(parseRoute(citizenHref("abc"))).toEqual({ page: "citizen", citizenId: "abc" });
    expect(parseRoute(memberHref("f1"))).toEqual({ page: "member", forloebId: "f1" });
    expect(parseRoute(bookingHref("f1", "joint-by-3-months", 2))).toEqual({ page: "booking", forloebId: "f1", rule: "joint-by-3-months", occurrence: 2 });
  });

  it("reads the jobcentre's slot, overview and comparison pages, and links to them", () => {
    expect(parseRoute("#/tider")).toEqual({ page: "slots" });
    expect(parseRoute("#/overblik")).toEqual({ page: "compliance" });
    expect(parseRoute("#/regelsaet")).toEqual({ page: "compare" });
    expect(parseRoute("#/regler")).toEqual({ page: "rules" });
    for (const page of ["slots", "compliance", "compare", "rules"] as const) expect(parseRoute(pageHref(page))).toEqual({ page });
    expect(parseRoute("#/tider/ekstra")).toEqual({ page: "unknown" });
    expect(parseRoute("#/constructor")).toEqual({ page: "unknown" });
  });

  it("does not guess at anything else", () => {
    expect(parseRoute("#/borger")).toEqual({ page: "unknown" });
    expect(parseRoute("#/medlem/f1/joint-by-3-months/x")).toEqual({ page: "unknown" });
    expect(parseRoute("#/medlem/f1/joint-by-3-months")).toEqual({ page: "unknown" });
    expect(parseRoute("#indhold")).toEqual({ page: "unknown" });
  });
});
