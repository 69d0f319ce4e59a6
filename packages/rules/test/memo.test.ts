import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoByDay } from "../src/dates/memo.js";

/** Not memoised itself (formatDay is, by memoByDay), so it can check memoByDay. */
const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe("memoByDay", () => {
  it("gives every day its own text, in the arrays' range, on their chunk edges and outside them", () => {
    const memo = memoByDay(iso);
    const edges = [-1, 0, 1, 1023, 1024, 1025, 2047, 2048, (1 << 17) - 1, 1 << 17, -800_000, 2_900_000];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -2000, max: (1 << 17) + 2000 }), fc.constantFrom(...edges)), { maxLength: 50 }), (days) => {
        for (const d of [...days, ...edges, ...days]) expect(memo(d)).toBe(iso(d));
      }),
    );
  });

  it("keeps every day of a run of days apart, across chunks", () => {
    const memo = memoByDay(iso);
    const run = Array.from({ length: 5000 }, (_, i) => 17_000 + i);
    for (const d of run) memo(d);
    for (const d of run) expect(memo(d)).toBe(iso(d));
  });

  it("formats each day once", () => {
    const calls: number[] = [];
    const memo = memoByDay((d) => {
      calls.push(d);
      return String(d);
    });
    for (const d of [20_000, 20_001, 20_000, -5, -5, 1 << 17, 1 << 17, 20_001]) memo(d);
    expect(calls).toEqual([20_000, 20_001, -5, 1 << 17]);
  });
});
