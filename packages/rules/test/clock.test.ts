import { describe, expect, it } from "vitest";
import { parseDay, formatDay } from "../src/dates/day.js";
import { mergeRanges, periodBegin, periodEnd } from "../src/engine/clock.js";

const d = parseDay;
const months = (n: number) => ({ n, unit: "months" as const });
const weeks = (n: number) => ({ n, unit: "weeks" as const });
const pause = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe("period-of-benefit ends (RULES.md §2.2)", () => {
  const start = d("2025-01-06");
  it("matches the spec's examples", () => {
    expect(formatDay(periodEnd(start, weeks(6), []))).toBe("2025-02-16");
    expect(formatDay(periodEnd(start, weeks(8), []))).toBe("2025-03-02");
    expect(formatDay(periodEnd(start, months(6), []))).toBe("2025-07-05");
    expect(formatDay(periodBegin(start, months(3), []))).toBe("2025-04-06");
    expect(periodBegin(start, null, [])).toBe(start);
    expect(periodBegin(start, months(0), [])).toBe(start);
  });

  it("clamps month ends and computes every end from the anchor in one step", () => {
    const jan31 = d("2025-01-31");
    expect(formatDay(periodEnd(jan31, months(1), []))).toBe("2025-02-27");
    expect(formatDay(periodEnd(jan31, months(9), []))).toBe("2025-10-30");
    // Chaining addMonths would drift: 31 Jan + 1 = 28 Feb, + 8 more = 28 Oct.
    expect(formatDay(periodEnd(d("2024-02-29"), months(12), []))).toBe("2025-02-27");
  });
});

describe("pauses on the benefit clock (RULES.md §2.4)", () => {
  it("moves an end one day later per pause day on or before it", () => {
    // Case 10: 14 pause days in March push end(6m) from 30 July to 13 August.
    expect(formatDay(periodEnd(d("2025-01-31"), months(6), [pause("2025-03-01", "2025-03-14")]))).toBe("2025-08-13");
  });

  it("repeats until stable when the extension reaches a later pause", () => {
    // raw end 2025-02-16; the first pause adds 3 days (→ 19th), which reaches the second pause (19–20), adding 2 more.
    const pauses = [pause("2025-01-10", "2025-01-12"), pause("2025-02-19", "2025-02-20")];
    expect(formatDay(periodEnd(d("2025-01-06"), weeks(6), pauses))).toBe("2025-02-21");
  });

  it("ignores pause days before the anchor and after the end", () => {
    const pauses = [pause("2024-12-01", "2025-01-05"), pause("2025-03-01", "2025-03-31")];
    expect(formatDay(periodEnd(d("2025-01-06"), weeks(6), pauses))).toBe("2025-02-16");
  });

  it("counts a pause beginning on the raw end day", () => {
    expect(formatDay(periodEnd(d("2025-01-06"), weeks(6), [pause("2025-02-16", "2025-02-17")]))).toBe("2025-02-18");
  });

  it("merges overlapping and touching pauses so that each day counts once", () => {
    expect(mergeRanges([pause("2025-03-05", "2025-03-10"), pause("2025-03-01", "2025-03-06"), pause("2025-03-11", "2025-03-12")])).toEqual([
      pause("2025-03-01", "2025-03-12"),
    ]);
    const overlapping = [pause("2025-03-01", "2025-03-10"), pause("2025-03-05", "2025-03-14")];
    expect(periodEnd(d("2025-01-31"), months(6), mergeRanges(overlapping))).toBe(periodEnd(d("2025-01-31"), months(6), [pause("2025-03-01", "2025-03-14")]));
  });
});
