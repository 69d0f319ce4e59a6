import { describe, expect, it } from "vitest";
import { timelineScale } from "../src/timeline-scale.js";

describe("timelineScale", () => {
  it("maps the span linearly onto the range", () => {
    const s = timelineScale("2025-01-01", "2025-01-11", 0, 100);
    expect(s.x("2025-01-01")).toBe(0);
    expect(s.x("2025-01-06")).toBe(50);
    expect(s.x("2025-01-11")).toBe(100);
  });

  it("puts a tick on the first of each month inside the span, across a year end", () => {
    const s = timelineScale("2024-11-15", "2025-02-01", 0, 100);
    expect(s.ticks.map((t) => [t.iso, t.label])).toEqual([
      ["2024-12-01", "dec 2024"],
      ["2025-01-01", "jan 2025"],
      ["2025-02-01", "feb 2025"],
    ]);
  });

  it("starts with the start month when the span begins on the 1st", () => {
    expect(timelineScale("2025-03-01", "2025-03-20", 0, 10).ticks.map((t) => t.iso)).toEqual(["2025-03-01"]);
  });
});
