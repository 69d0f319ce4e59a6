import { describe, expect, it } from "vitest";
import { daysLeftText } from "../src/days-left.js";

describe("daysLeftText", () => {
  it("says days left, today, or days overdue in Danish", () => {
    expect(daysLeftText(3)).toBe("3 dage tilbage");
    expect(daysLeftText(1)).toBe("1 dag tilbage");
    expect(daysLeftText(0)).toBe("Fristen er i dag");
    expect(daysLeftText(-5)).toBe("5 dage over fristen");
  });
});
