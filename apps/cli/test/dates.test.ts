import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { danishDate } from "../src/format/dates.js";

describe("danishDate", () => {
  it("writes ISO dates the Danish way", () => {
    expect(danishDate("2025-01-06")).toBe("6. januar 2025");
    expect(danishDate("2024-02-29")).toBe("29. februar 2024");
    expect(danishDate("2025-12-31")).toBe("31. december 2025");
  });

  it("agrees with the platform's Danish calendar (ICU) for every date", () => {
    const icu = new Intl.DateTimeFormat("da-DK", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
    const anyDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true });
    fc.assert(fc.property(anyDate, (d) => danishDate(d.toISOString().slice(0, 10)) === icu.format(d)));
  });
});
