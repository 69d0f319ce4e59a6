import { describe, expect, it } from "vitest";
import { copenhagenDateTime, copenhagenInstant, copenhagenToday } from "../src/dates/copenhagen.js";

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

describe("copenhagenInstant", () => {
  const iso = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

  it("is the moment of a Danish date and time, in winter, in summer and on both change days", () => {
    expect(iso("2025-03-03", "10:00")).toBe("2025-03-03T09:00:00.000Z");
    expect(iso("2025-07-05", "00:00")).toBe("2025-07-04T22:00:00.000Z");
    // Summer time begins at 02:00 on 30 March 2025 and ends at 03:00 on 26 October 2025.
    expect(iso("2025-03-30", "01:59")).toBe("2025-03-30T00:59:00.000Z");
    expect(iso("2025-03-30", "10:00")).toBe("2025-03-30T08:00:00.000Z");
    expect(iso("2025-10-26", "03:59")).toBe("2025-10-26T02:59:00.000Z");
    expect(iso("2025-10-26", "10:00")).toBe("2025-10-26T09:00:00.000Z");
  });

  it("moves a time the spring change skips forward by the hour, as clocks do", () => {
    expect(iso("2025-03-30", "02:30")).toBe("2025-03-30T01:30:00.000Z");
    expect(copenhagenDateTime(copenhagenInstant("2025-03-30", "02:30"))).toEqual({ date: "2025-03-30", time: "03:30" });
  });

  it("gives back every daytime hour it is asked for, around the year", () => {
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const time of ["04:00", "09:30", "23:59"]) expect(copenhagenDateTime(copenhagenInstant(date, time))).toEqual({ date, time });
    }
  });
});
