import { format } from "date-fns";
import { da } from "date-fns/locale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDanishDate, formatDanishWeekdayDate } from "../src/dates/danish.js";
import { dayFromParts, parseDay, partsFromDay, type Day } from "../src/dates/day.js";

const d = (iso: string): Day => parseDay(iso);

const modernDay = fc.integer({ min: dayFromParts(1900, 1, 1), max: dayFromParts(2200, 12, 31) });

function localDate(day: Day): Date {
  const { year, month, day: dom } = partsFromDay(day);
  return new Date(year, month - 1, dom);
}

describe("formatDanishDate", () => {
  it("writes day without leading zero, lowercase month and year", () => {
    expect(formatDanishDate(d("2025-01-06"))).toBe("6. januar 2025");
    expect(formatDanishDate(d("2025-03-01"))).toBe("1. marts 2025");
    expect(formatDanishDate(d("2024-02-29"))).toBe("29. februar 2024");
    expect(formatDanishDate(d("2025-05-15"))).toBe("15. maj 2025");
    expect(formatDanishDate(d("2025-12-31"))).toBe("31. december 2025");
  });

  it("names every month", () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDanishDate(dayFromParts(2025, i + 1, 10)).split(" ")[1]);
    expect(months).toEqual(["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]);
  });

  it("matches date-fns with the Danish locale", () => {
    fc.assert(
      fc.property(modernDay, (day) => {
        expect(formatDanishDate(day)).toBe(format(localDate(day), "d. MMMM yyyy", { locale: da }));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatDanishWeekdayDate", () => {
  it("puts the lowercase weekday first", () => {
    expect(formatDanishWeekdayDate(d("2025-01-06"))).toBe("mandag 6. januar 2025");
    expect(formatDanishWeekdayDate(d("2025-01-07"))).toBe("tirsdag 7. januar 2025");
    expect(formatDanishWeekdayDate(d("2025-01-08"))).toBe("onsdag 8. januar 2025");
    expect(formatDanishWeekdayDate(d("2025-01-09"))).toBe("torsdag 9. januar 2025");
    expect(formatDanishWeekdayDate(d("2025-01-10"))).toBe("fredag 10. januar 2025");
    expect(formatDanishWeekdayDate(d("2025-01-11"))).toBe("lørdag 11. januar 2025");
    expect(formatDanishWeekdayDate(d("2025-01-12"))).toBe("søndag 12. januar 2025");
  });

  it("matches date-fns with the Danish locale", () => {
    fc.assert(
      fc.property(modernDay, (day) => {
        expect(formatDanishWeekdayDate(day)).toBe(format(localDate(day), "EEEE d. MMMM yyyy", { locale: da }));
      }),
      { numRuns: 2000 },
    );
  });
});
