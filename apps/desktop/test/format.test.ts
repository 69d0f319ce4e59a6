import { describe, expect, it } from "vitest";
import { countOf, formatInstant } from "../src/renderer/src/format.js";

describe("the status bar's words", () => {
  it("shows an instant on Danish wall-clock time, winter and summer, whatever the machine's zone", () => {
    expect(formatInstant("2025-01-06T13:03:00.000Z")).toBe("mandag 6. januar 2025 kl. 14:03");
    expect(formatInstant("2025-07-01T10:00:00.000Z")).toBe("tirsdag 1. juli 2025 kl. 12:00");
    // Just before midnight UTC on new year's eve is already the next day in Denmark.
    expect(formatInstant("2024-12-31T23:30:00.000Z")).toBe("onsdag 1. januar 2025 kl. 00:30");
  });

  it("counts in the singular and the plural", () => {
    expect(countOf(1, "ændring", "ændringer")).toBe("1 ændring");
    expect(countOf(3, "ændring", "ændringer")).toBe("3 ændringer");
    expect(countOf(0, "ændring", "ændringer")).toBe("0 ændringer");
  });
});
