import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidaysInYear } from "../src/calendar/holidays.js";
import { closedReason, isWorkingDay, nextWorkingDayOnOrAfter, previousWorkingDayOnOrBefore, workingDaysBetween } from "../src/calendar/working-days.js";
import { dayFromParts, formatDay, isoWeekday, parseDay, type Day } from "../src/dates/day.js";

const d = (iso: string): Day => parseDay(iso);
const isos = (days: Day[]): string[] => days.map(formatDay);

const plannerDay = fc.integer({ min: dayFromParts(2000, 1, 1), max: dayFromParts(2100, 12, 31) });

describe("Easter-based holidays", () => {
  // Easter Sunday: 2024-03-31, 2025-04-20, 2026-04-05.
  const cases: [string, string][] = [
    ["2024-03-28", "Skærtorsdag"],
    ["2024-03-29", "Langfredag"],
    ["2024-03-31", "Påskedag"],
    ["2024-04-01", "2. påskedag"],
    ["2024-05-09", "Kristi himmelfartsdag"],
    ["2024-05-19", "Pinsedag"],
    ["2024-05-20", "2. pinsedag"],
    ["2025-04-17", "Skærtorsdag"],
    ["2025-04-18", "Langfredag"],
    ["2025-04-20", "Påskedag"],
    ["2025-04-21", "2. påskedag"],
    ["2025-05-29", "Kristi himmelfartsdag"],
    ["2025-06-08", "Pinsedag"],
    ["2025-06-09", "2. pinsedag"],
    ["2026-04-02", "Skærtorsdag"],
    ["2026-04-03", "Langfredag"],
    ["2026-04-05", "Påskedag"],
    ["2026-04-06", "2. påskedag"],
    ["2026-05-14", "Kristi himmelfartsdag"],
    ["2026-05-24", "Pinsedag"],
    ["2026-05-25", "2. pinsedag"],
  ];
  it.each(cases)("%s is %s", (iso, name) => {
    expect(isWorkingDay(d(iso))).toBe(false);
    expect(closedReason(d(iso))).toBe(name);
  });

  it("keeps the Saturday of Easter a plain weekend and the days around open", () => {
    expect(closedReason(d("2025-04-19"))).toBe("Lørdag");
    expect(isWorkingDay(d("2025-04-16"))).toBe(true);
    expect(isWorkingDay(d("2025-04-22"))).toBe(true);
    expect(isWorkingDay(d("2025-05-30"))).toBe(true); // the Friday after Kristi himmelfart
  });
});

describe("store bededag", () => {
  it("closes 2023-05-05, the last one", () => {
    expect(isWorkingDay(d("2023-05-05"))).toBe(false);
    expect(closedReason(d("2023-05-05"))).toBe("Store bededag");
  });

  it("is an ordinary working day from 2024", () => {
    expect(isWorkingDay(d("2024-04-26"))).toBe(true);
    expect(closedReason(d("2024-04-26"))).toBeNull();
    expect(isWorkingDay(d("2025-05-16"))).toBe(true);
  });
});

describe("fixed holidays and closing days", () => {
  it.each([
    ["2025-01-01", "Nytårsdag"],
    ["2025-06-05", "Grundlovsdag"],
    ["2024-06-05", "Grundlovsdag"],
    ["2025-12-24", "Juleaftensdag"],
    ["2025-12-25", "Juledag"],
    ["2025-12-26", "2. juledag"],
    ["2025-12-31", "Nytårsaftensdag"],
    ["2026-06-05", "Grundlovsdag"],
    ["2026-12-24", "Juleaftensdag"],
    ["2026-12-31", "Nytårsaftensdag"],
  ])("%s is %s", (iso, name) => {
    expect(isWorkingDay(d(iso))).toBe(false);
    expect(closedReason(d(iso))).toBe(name);
  });

  it("keeps the days before the closing days open", () => {
    expect(isoWeekday(d("2025-12-23"))).toBe(2);
    expect(isWorkingDay(d("2025-12-23"))).toBe(true);
    expect(isWorkingDay(d("2025-12-30"))).toBe(true);
    expect(isWorkingDay(d("2025-06-04"))).toBe(true);
    expect(isWorkingDay(d("2025-06-06"))).toBe(true);
    expect(isWorkingDay(d("2025-05-01"))).toBe(true); // 1. maj is no holiday for jobcentres
  });

  it("names both when pinsedag falls on grundlovsdag", () => {
    expect(closedReason(d("2022-06-05"))).toBe("Pinsedag / Grundlovsdag");
  });
});

describe("weekends", () => {
  it("are closed with the weekday as reason", () => {
    expect(isWorkingDay(d("2025-01-11"))).toBe(false);
    expect(isWorkingDay(d("2025-01-12"))).toBe(false);
    expect(closedReason(d("2025-01-11"))).toBe("Lørdag");
    expect(closedReason(d("2025-01-12"))).toBe("Søndag");
    expect(closedReason(d("2025-01-10"))).toBeNull();
  });

  it("report the holiday rather than the weekday when both apply", () => {
    expect(closedReason(d("2026-12-26"))).toBe("2. juledag"); // a Saturday
  });

  it("never count as working days", () => {
    fc.assert(fc.property(plannerDay, (day) => isoWeekday(day) <= 5 || !isWorkingDay(day)));
  });
});

describe("holidaysInYear", () => {
  it("lists the 2024 closing days on and off weekends, ascending", () => {
    expect(holidaysInYear(2024).map((h) => [formatDay(h.day), h.name])).toEqual([
      ["2024-01-01", "Nytårsdag"],
      ["2024-03-28", "Skærtorsdag"],
      ["2024-03-29", "Langfredag"],
      ["2024-03-31", "Påskedag"],
      ["2024-04-01", "2. påskedag"],
      ["2024-05-09", "Kristi himmelfartsdag"],
      ["2024-05-19", "Pinsedag"],
      ["2024-05-20", "2. pinsedag"],
      ["2024-06-05", "Grundlovsdag"],
      ["2024-12-24", "Juleaftensdag"],
      ["2024-12-25", "Juledag"],
      ["2024-12-26", "2. juledag"],
      ["2024-12-31", "Nytårsaftensdag"],
    ]);
  });

  it("includes store bededag in 2023 and not later", () => {
    expect(holidaysInYear(2023).some((h) => h.name === "Store bededag")).toBe(true);
    expect(holidaysInYear(2024).some((h) => h.name === "Store bededag")).toBe(false);
  });

  it("hands out copies the caller may change", () => {
    const first = holidaysInYear(2025);
    const count = first.length;
    first.pop();
    const firstEntry = first[0];
    if (firstEntry) firstEntry.name = "ændret";
    expect(holidaysInYear(2025)).toHaveLength(count);
    expect(holidaysInYear(2025)[0]?.name).toBe("Nytårsdag");
  });
});

describe("working-day search", () => {
  it("skips jul and nytår 2025", () => {
    expect(formatDay(nextWorkingDayOnOrAfter(d("2025-12-24")))).toBe("2025-12-29");
    expect(formatDay(nextWorkingDayOnOrAfter(d("2025-12-31")))).toBe("2026-01-02");
    expect(formatDay(previousWorkingDayOnOrBefore(d("2025-12-28")))).toBe("2025-12-23");
    expect(formatDay(previousWorkingDayOnOrBefore(d("2026-01-01")))).toBe("2025-12-30");
  });

  it("returns a working day itself", () => {
    expect(formatDay(nextWorkingDayOnOrAfter(d("2025-12-23")))).toBe("2025-12-23");
    expect(formatDay(previousWorkingDayOnOrBefore(d("2025-12-23")))).toBe("2025-12-23");
  });

  it("next: finds the first working day on or after the input", () => {
    fc.assert(
      fc.property(plannerDay, (day) => {
        const next = nextWorkingDayOnOrAfter(day);
        expect(next).toBeGreaterThanOrEqual(day);
        expect(isWorkingDay(next)).toBe(true);
        for (let between = day; between < next; between++) expect(isWorkingDay(between)).toBe(false);
      }),
    );
  });

  it("previous: finds the last working day on or before the input", () => {
    fc.assert(
      fc.property(plannerDay, (day) => {
        const previous = previousWorkingDayOnOrBefore(day);
        expect(previous).toBeLessThanOrEqual(day);
        expect(isWorkingDay(previous)).toBe(true);
        for (let between = previous + 1; between <= day; between++) expect(isWorkingDay(between)).toBe(false);
      }),
    );
  });
});

describe("workingDaysBetween", () => {
  it("includes both ends", () => {
    expect(isos(workingDaysBetween(d("2025-12-22"), d("2026-01-05")))).toEqual([
      "2025-12-22",
      "2025-12-23",
      "2025-12-29",
      "2025-12-30",
      "2026-01-02",
      "2026-01-05",
    ]);
  });

  it("is empty for a closed stretch or a reversed range", () => {
    expect(workingDaysBetween(d("2025-12-24"), d("2025-12-28"))).toEqual([]);
    expect(workingDaysBetween(d("2025-06-10"), d("2025-06-09"))).toEqual([]);
  });

  it("counts 250 working days in 2025", () => {
    // 365 days - 104 weekend days - 11 closing days on weekdays (påskedag and pinsedag are Sundays).
    expect(workingDaysBetween(d("2025-01-01"), d("2025-12-31"))).toHaveLength(250);
  });

  it("links each working day to the next by nextWorkingDayOnOrAfter", () => {
    fc.assert(
      fc.property(plannerDay, fc.integer({ min: 0, max: 60 }), (from, span) => {
        const days = workingDaysBetween(from, from + span);
        const expected: Day[] = [];
        for (let day = nextWorkingDayOnOrAfter(from); day <= from + span; day = nextWorkingDayOnOrAfter(day + 1)) {
          expected.push(day);
        }
        expect(days).toEqual(expected);
      }),
    );
  });
});
