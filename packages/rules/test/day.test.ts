import { addMonths as dfAddMonths, getISODay } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, dayFromParts, formatDay, isoWeekday, parseDay, partsFromDay, type Day } from "../src/dates/day.js";

const d = (iso: string): Day => parseDay(iso);

// Every four-digit ISO year, 0000 included.
const anyDay = fc.integer({ min: dayFromParts(0, 1, 1), max: dayFromParts(9999, 12, 31) });
const modernDay = fc.integer({ min: dayFromParts(1900, 1, 1), max: dayFromParts(2200, 12, 31) });

/** A local-time Date for `day`; date-fns computes in local time, so build and read back locally. */
function localDate(day: Day): Date {
  const { year, month, day: dom } = partsFromDay(day);
  return new Date(year, month - 1, dom);
}

describe("formatDay and parseDay", () => {
  it("round-trip every day", () => {
    fc.assert(fc.property(anyDay, (day) => parseDay(formatDay(day)) === day));
  });

  it("agree with the UTC calendar of Date", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const iso = new Date(day * 86_400_000).toISOString();
        // toISOString writes years before 1 AD or after 9999 with a sign; ours are all four digits.
        expect(formatDay(day)).toBe(iso.slice(0, 10));
      }),
    );
  });

  it("know the epoch and days around it", () => {
    expect(parseDay("1970-01-01")).toBe(0);
    expect(parseDay("1969-12-31")).toBe(-1);
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(d("2024-02-29") + 1)).toBe("2024-03-01");
    expect(formatDay(d("2023-02-28") + 1)).toBe("2023-03-01");
    expect(formatDay(d("2000-02-28") + 1)).toBe("2000-02-29");
    expect(formatDay(d("2100-02-28") + 1)).toBe("2100-03-01");
    expect(parseDay("0050-03-01")).toBe(new Date("0050-03-01T00:00:00Z").getTime() / 86_400_000);
    expect(formatDay(parseDay("0050-03-01"))).toBe("0050-03-01");
  });
});

describe("addMonths", () => {
  it("equals date-fns addMonths", () => {
    fc.assert(
      fc.property(modernDay, fc.integer({ min: -240, max: 240 }), (day, months) => {
        const expected = dfAddMonths(localDate(day), months);
        expect(partsFromDay(addMonths(day, months))).toEqual({
          year: expected.getFullYear(),
          month: expected.getMonth() + 1,
          day: expected.getDate(),
        });
      }),
    );
  });

  it("clamps to the end of the month", () => {
    expect(formatDay(addMonths(d("2024-01-31"), 1))).toBe("2024-02-29");
    expect(formatDay(addMonths(d("2025-01-31"), 1))).toBe("2025-02-28");
    expect(formatDay(addMonths(d("2024-02-29"), 12))).toBe("2025-02-28");
    expect(formatDay(addMonths(d("2024-02-29"), 48))).toBe("2028-02-29");
    expect(formatDay(addMonths(d("2025-03-31"), -1))).toBe("2025-02-28");
    expect(formatDay(addMonths(d("2025-08-31"), 1))).toBe("2025-09-30");
  });

  it("crosses year boundaries both ways", () => {
    expect(formatDay(addMonths(d("2025-11-15"), 3))).toBe("2026-02-15");
    expect(formatDay(addMonths(d("2025-01-15"), -1))).toBe("2024-12-15");
    expect(formatDay(addMonths(d("2025-01-15"), -13))).toBe("2023-12-15");
    expect(formatDay(addMonths(d("2025-06-10"), 0))).toBe("2025-06-10");
  });
});

describe("isoWeekday", () => {
  it("numbers Monday 1 to Sunday 7", () => {
    expect(isoWeekday(d("2025-01-06"))).toBe(1);
    expect(isoWeekday(d("2025-01-07"))).toBe(2);
    expect(isoWeekday(d("2025-01-11"))).toBe(6);
    expect(isoWeekday(d("2025-01-12"))).toBe(7);
    expect(isoWeekday(0)).toBe(4); // 1970-01-01 was a Thursday
    expect(isoWeekday(d("1969-12-28"))).toBe(7); // before the epoch, where % goes negative
  });

  it("equals date-fns getISODay", () => {
    fc.assert(fc.property(modernDay, (day) => isoWeekday(day) === getISODay(localDate(day))));
  });
});
