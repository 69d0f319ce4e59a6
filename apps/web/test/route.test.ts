import { describe, expect, it } from "vitest";
import { bookingHref, citizenHref, parseRoute } from "../src/route.js";

describe("parseRoute", () => {
  it("reads the start page, a citizen and a booking", () => {
    expect(parseRoute("")).toEqual({ page: "start" });
    expect(parseRoute("#/")).toEqual({ page: "start" });
    expect(parseRoute(citizenHref("abc"))).toEqual({ page: "citizen", citizenId: "abc" });
    expect(parseRoute(bookingHref("f1", "joint-by-3-months", 2))).toEqual({ page: "booking", forloebId: "f1", rule: "joint-by-3-months", occurrence: 2 });
  });

  it("does not guess at anything else", () => {
    expect(parseRoute("#/borger")).toEqual({ page: "unknown" });
    expect(parseRoute("#/medlem/f1/joint-by-3-months/x")).toEqual({ page: "unknown" });
    expect(parseRoute("#indhold")).toEqual({ page: "unknown" });
  });
});
