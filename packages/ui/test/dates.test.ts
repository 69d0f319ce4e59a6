import { describe, expect, it } from "vitest";
import { dayNumber, formatDanishDate, formatDanishDateTime, formatDanishShortDate } from "../src/dates.js";
import { maskCpr } from "../src/cpr.js";

describe("formatDanishDate", () => {
  it("writes weekday, day, month and year in Danish", () => {
    expect(formatDanishDate("2025-01-06")).toBe("mandag 6. januar 2025");
    expect(formatDanishDate("2024-02-29")).toBe("torsdag 29. februar 2024");
    expect(formatDanishDate("2025-12-31")).toBe("onsdag 31. december 2025");
    expect(formatDanishDate("2026-05-03")).toBe("søndag 3. maj 2026");
  });

  it("has short and date-time forms", () => {
    expect(formatDanishShortDate("2025-03-01")).toBe("1. marts 2025");
    expect(formatDanishDateTime("2025-06-20", "13:30")).toBe("fredag 20. juni 2025 kl. 13:30");
  });

  it("refuses what is not an ISO date", () => {
    expect(() => dayNumber("6/1/2025")).toThrow(RangeError);
  });
});

describe("maskCpr", () => {
  it("keeps the birth date and hides the last four digits", () => {
    expect(maskCpr("0802485042")).toBe("080248-xxxx");
    expect(maskCpr("080248-5042")).toBe("080248-xxxx");
  });

  it("hides anything that is not a CPR number entirely", () => {
    expect(maskCpr("12345")).toBe("xxxxxx-xxxx");
    expect(maskCpr("abcdef-ghij")).toBe("xxxxxx-xxxx");
  });
});
