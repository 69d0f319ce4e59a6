import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, IsoDate, isValidIsoDate } from "../src/index.js";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Reference: a yyyy-mm-dd string is a real date iff Date.UTC gives back the same year, month and day. */
function reference(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

describe("isValidIsoDate", () => {
  it.each(["2025-01-06", "2024-02-29", "2000-02-29", "2025-12-31", "2025-04-30", "1900-01-01", "2200-12-31"])("accepts %s", (d) => {
    expect(isValidIsoDate(d)).toBe(true);
  });

  it.each([
    "2025-02-30",
    "2023-02-29",
    "1900-02-29",
    "2100-02-29",
    "2025-13-01",
    "2025-00-01",
    "2025-01-00",
    "2025-01-32",
    "2025-04-31",
    "2025-1-6",
    "2025-01-6",
    "06-01-2025",
    "2025/01/06",
    "20250106",
    "2025-01-06T00:00:00Z",
    " 2025-01-06",
    "2025-01-06 ",
    "+2025-01-06",
    "12025-01-06",
    "",
  ])("refuses %j", (d) => {
    expect(isValidIsoDate(d)).toBe(false);
  });

  it("agrees with the Date.UTC round trip for every padded y-m-d with years 1900–2200 (months 0–13, days 0–32)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isValidIsoDate(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts every day from 1900-01-01 to 2200-12-31 and nothing else in the padded grid of those years", () => {
    let valid = 0;
    for (let y = 1900; y <= 2200; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const s = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
          const expected = reference(s);
          if (isValidIsoDate(s) !== expected) expect.fail(`isValidIsoDate(${s}) should be ${String(expected)}`);
          if (expected) valid++;
        }
      }
    }
    // 301 years, 73 of them leap years (1900, 2100 and 2200 are not; 2000 is).
    expect(valid).toBe(301 * 365 + 73);
  });

  it("refuses unpadded months or days even when the date is real", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(isValidIsoDate(`${y}-${m}-${pad(d, 2)}`)).toBe(false);
        if (d < 10) expect(isValidIsoDate(`${y}-${pad(m, 2)}-${d}`)).toBe(false);
      }),
    );
  });

  it("agrees with the reference on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(isValidIsoDate(s)).toBe(reference(s));
      }),
    );
  });

  it("agrees with the reference on strings that look almost like dates", () => {
    const digit = fc.constantFrom(..."0123456789");
    const chunk = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(""));
    fc.assert(
      fc.property(chunk(4), chunk(2), chunk(2), (y, m, d) => {
        const s = `${y}-${m}-${d}`;
        expect(isValidIsoDate(s)).toBe(reference(s) || (Number(y) < 100 && validForSmallYear(Number(y), Number(m), Number(d))));
      }),
    );
  });
});

/** Date.UTC maps years 0–99 to 1900–1999, so for those the reference must shift by 400 years (same calendar). */
function validForSmallYear(y: number, m: number, d: number): boolean {
  return reference(`${pad(y + 2000, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
}

describe("daysInMonth", () => {
  it("matches the Date.UTC day-zero trick for years 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });
});

describe("IsoDate schema messages", () => {
  it("says a well-formed but impossible date does not exist", () => {
    const r = IsoDate.safeParse("2025-02-30");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Datoen 2025-02-30 findes ikke i kalenderen");
  });

  it("explains the format for a misformatted date", () => {
    const r = IsoDate.safeParse("6/1/2025");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Datoen skal skrives som åååå-mm-dd, fx 2025-01-06");
  });
});
