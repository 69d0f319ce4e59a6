import { getISOWeek, getISOWeekYear } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromParts, formatDay, isoWeekday, parseDay, partsFromDay } from "../src/dates/day.js";
import { isoWeekOf, mondayOf, mondayOfIsoWeek } from "../src/dates/week.js";

const modernDay = fc.integer({ min: dayFromParts(1900, 1, 1), max: dayFromParts(2200, 12, 31) });

function localDate(day: number): Date {
  const { year, month, day: dom } = partsFromDay(day);
  return new Date(year, month - 1, dom);
}

describe("ISO weeks", () => {
  it("number weeks as Danes do around New Year", () => {
    expect(isoWeekOf(parseDay("2026-03-11"))).toEqual({ year: 2026, week: 11 });
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(isoWeekOf(parseDay("2027-01-01"))).toEqual({ year: 2026, week: 53 });
    // 29 December 2025 is a Monday: week 1 of 2026.
    expect(isoWeekOf(parseDay("2025-12-29"))).toEqual({ year: 2026, week: 1 });
    expect(formatDay(mondayOfIsoWeek({ year: 2026, week: 1 })!)).toBe("2025-12-29");
    expect(formatDay(mondayOfIsoWeek({ year: 2026, week: 11 })!)).toBe("2026-03-09");
    expect(formatDay(mondayOfIsoWeek({ year: 2026, week: 53 })!)).toBe("2026-12-28");
  });

  it("refuse weeks a year does not have", () => {
    expect(mondayOfIsoWeek({ year: 2025, week: 53 })).toBeNull();
    expect(mondayOfIsoWeek({ year: 2026, week: 54 })).toBeNull();
    expect(mondayOfIsoWeek({ year: 2026, week: 0 })).toBeNull();
    expect(mondayOfIsoWeek({ year: 2026, week: 1.5 })).toBeNull();
  });

  it("agree with date-fns on every day, and lead back to the day's own Monday", () => {
    fc.assert(
      fc.property(modernDay, (day) => {
        const week = isoWeekOf(day);
        const local = localDate(day);
        return (
          week.week === getISOWeek(local) && week.year === getISOWeekYear(local) && isoWeekday(mondayOf(day)) === 1 && mondayOfIsoWeek(week) === mondayOf(day)
        );
      }),
    );
  });
});
