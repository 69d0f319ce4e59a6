import { describe, expect, it } from "vitest";
import { copenhagenDateTime, copenhagenToday } from "../src/jobcentre/today.js";

describe("copenhagenToday", () => {
  it("is the Danish calendar date, not the UTC one, around midnight and across summer time", () => {
    expect(copenhagenToday(new Date("2025-01-05T22:59:00Z"))).toBe("2025-01-05");
    expect(copenhagenToday(new Date("2025-01-05T23:00:00Z"))).toBe("2025-01-06");
    expect(copenhagenToday(new Date("2025-07-05T21:59:00Z"))).toBe("2025-07-05");
    expect(copenhagenToday(new Date("2025-07-05T22:00:00Z"))).toBe("2025-07-06");
  });
});

describe("copenhagenDateTime", () => {
  it("is the Danish date and wall-clock time of an instant, midnight as 00:00", () => {
    expect(copenhagenDateTime(new Date("2025-03-03T09:00:00Z"))).toEqual({ date: "2025-03-03", time: "10:00" });
    expect(copenhagenDateTime(new Date("2025-07-05T22:00:00Z"))).toEqual({ date: "2025-07-06", time: "00:00" });
  });
});
