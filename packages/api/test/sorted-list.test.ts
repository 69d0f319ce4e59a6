/**
 * SortedBlocks (domain/sorted-list.ts) against a plain array sorted again after every change:
 * random inserts and removals, enough rows for blocks to split and empty, and slices across blocks.
 */
import { describe, expect, it } from "vitest";
import { SortedBlocks } from "../src/domain/sorted-list.js";

interface Row {
  key: number;
  id: number;
}

// Total, as the kept orders are: many rows share a key, the id breaks ties.
const order = (a: Row, b: Row) => a.key - b.key || a.id - b.id;

describe("SortedBlocks", () => {
  it("holds the same rows in the same order as a sorted array through random inserts and removals", () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    let nextId = 0;
    const fresh = (): Row => ({ key: random(300), id: nextId++ });
    const initial = Array.from({ length: 1500 }, fresh).sort(order);
    const blocks = new SortedBlocks(order, initial);
    const reference = [...initial];

    for (let step = 0; step < 6000; step++) {
      // Mostly inserts at first (blocks split), mostly removals later (blocks empty and go).
      if (reference.length > 0 && random(6000) < step) {
        const row = reference.splice(random(reference.length), 1)[0]!;
        expect(blocks.remove(row)).toBe(true);
        expect(blocks.remove(row)).toBe(false);
      } else {
        const row = fresh();
        blocks.insert(row);
        reference.push(row);
        reference.sort(order);
      }
      if (step % 500 === 0) expect(blocks.slice(0)).toEqual(reference);
    }
    expect(blocks.slice(0)).toEqual(reference);
    expect(blocks.length).toBe(reference.length);
    // A row with the key and id of one held, but another object, is not removed.
    if (reference[0]) expect(blocks.remove({ ...reference[0] })).toBe(false);
  });

  it("slices as an array does, across block boundaries", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ key: i, id: i }));
    const blocks = new SortedBlocks(order, []);
    for (const row of [...rows].reverse()) blocks.insert(row);
    for (const [from, to] of [
      [0, 50],
      [500, 530],
      [1020, 1030],
      [2990, 3100],
      [3000, 3050],
      [0, 3000],
    ] as const) {
      expect(blocks.slice(from, to)).toEqual(rows.slice(from, to));
    }
    expect(blocks.slice(2950)).toEqual(rows.slice(2950));
    expect(new SortedBlocks(order).slice(0, 10)).toEqual([]);
  });
});
