import { describe, expect, it } from "vitest";
import { mondayOfDate, shiftWeek, weekFromHash, weekHash, weekTitle } from "../src/calendar/week.js";

describe("the calendar's week", () => {
  it("lives in the URL as an ISO week, and a missing or impossible one is the current week", () => {
    expect(weekHash("2026-03-09")).toBe("#/kalender?uge=2026-W11");
    expect(weekHash(null)).toBe("#/kalender");
    expect(weekFromHash("#/kalender?uge=2026-W11")).toBe("2026-03-09");
    expect(weekFromHash("#/kalender?uge=2026-W01")).toBe("2025-12-29");
    expect(weekFromHash("#/kalender?uge=2025-W53")).toBeNull();
    expect(weekFromHash("#/kalender?uge=11")).toBeNull();
    expect(weekFromHash("#/kalender")).toBeNull();
  });

  it("steps a week at a time and finds a date's Monday", () => {
    expect(shiftWeek("2026-03-09", 1)).toBe("2026-03-16");
    expect(shiftWeek("2026-01-05", -1)).toBe("2025-12-29");
    expect(mondayOfDate("2026-03-11")).toBe("2026-03-09");
    expect(mondayOfDate("2026-03-15")).toBe("2026-03-09");
  });

  it("names the week in Danish, Monday to Friday", () => {
    expect(weekTitle("2026-03-09")).toBe("Uge 11: 9.–13. marts 2026");
    expect(weekTitle("2026-03-30")).toBe("Uge 14: 30. marts – 3. april 2026");
    expect(weekTitle("2025-12-29")).toBe("Uge 1: 29. december 2025 – 2. januar 2026");
  });
});
