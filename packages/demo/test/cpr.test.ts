import { describe, expect, it } from "vitest";
import { fictitiousCpr, isFictitiousCpr, MAX_FICTITIOUS_CPR } from "../src/cpr.js";

describe("fictitious CPR numbers", () => {
  it("are ten digits with a real day and month, distinct across the whole range", () => {
    const all = Array.from({ length: MAX_FICTITIOUS_CPR }, (_, i) => fictitiousCpr(i));
    expect(new Set(all).size).toBe(all.length);
    for (const cpr of all) {
      expect(cpr).toMatch(/^\d{10}$/);
      expect(isFictitiousCpr(cpr)).toBe(true);
      const [day, month] = [Number(cpr.slice(0, 2)), Number(cpr.slice(2, 4))];
      // A common year, so 29 February never appears.
      expect(new Date(Date.UTC(2001, month - 1, day)).getUTCDate()).toBe(day);
    }
  });

  it("date a birth in 2037–2057 (7th digit 5, year 37–57), so none can have been issued", () => {
    expect(fictitiousCpr(0)).toBe("0101375000");
    expect(isFictitiousCpr("0101805000")).toBe(false); // year 80 with digit 5 is 1880: real numbers
    expect(isFictitiousCpr("0101404000")).toBe(false); // digit 4 with year 40 is 1940
    expect(isFictitiousCpr("3002405000")).toBe(false); // 30 February
    expect(() => fictitiousCpr(MAX_FICTITIOUS_CPR)).toThrow(RangeError);
  });
});
