import { describe, expect, it } from "vitest";
import { batchedInsert, batchedLookup, perDatabase } from "../src/batch.js";
import { versionedCache } from "../src/versioned-cache.js";

describe("batchedLookup", () => {
  it("answers every caller of one turn with one load of the distinct keys", async () => {
    const loads: string[][] = [];
    const lookup = batchedLookup(async (keys: readonly string[]) => {
      loads.push([...keys]);
      return new Map(keys.filter((k) => k !== "missing").map((k) => [k, k.toUpperCase()]));
    });
    const answers = await Promise.all([lookup("a"), lookup("b"), lookup("a"), lookup("missing")]);
    expect(answers).toEqual(["A", "B", "A", undefined]);
    expect(loads).toEqual([["a", "b", "missing"]]);
    // A later turn is a new batch.
    expect(await lookup("c")).toBe("C");
    expect(loads).toHaveLength(2);
  });

  it("rejects every caller of a batch whose load fails, and recovers on the next turn", async () => {
    let fail = true;
    const lookup = batchedLookup(async (keys: readonly string[]) => {
      if (fail) throw new Error("database down");
      return new Map(keys.map((k) => [k, k]));
    });
    const results = await Promise.allSettled([lookup("a"), lookup("b")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await lookup("a")).toBe("a");
  });
});

describe("batchedInsert", () => {
  it("inserts the rows of every caller of one turn together and settles each caller after it", async () => {
    const inserts: number[][] = [];
    let committed = false;
    const insert = batchedInsert(async (rows: readonly number[]) => {
      inserts.push([...rows]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      committed = true;
    });
    const seen = await Promise.all([insert([1, 2]).then(() => committed), insert([]).then(() => "empty"), insert([3]).then(() => committed)]);
    expect(seen).toEqual([true, "empty", true]);
    expect(inserts).toEqual([[1, 2, 3]]);
  });

  it("fails every caller whose rows were in a failed insert", async () => {
    const insert = batchedInsert(async () => {
      throw new Error("constraint");
    });
    const results = await Promise.allSettled([insert([1]), insert([2])]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});

describe("perDatabase", () => {
  it("makes one instance per handle", () => {
    let made = 0;
    const of = perDatabase((_db: object) => ++made);
    const one = {};
    expect([of(one), of(one), of({})]).toEqual([1, 1, 2]);
  });
});

describe("versionedCache", () => {
  it("serves a value while the version has not moved, recomputes when it has", async () => {
    const cache = versionedCache<string>(10);
    let computed = 0;
    const compute = async () => `value ${++computed}`;
    expect(await cache.get("k", 1, compute)).toBe("value 1");
    expect(await cache.get("k", 1, compute)).toBe("value 1");
    // A request that read an older version may be served the newer value.
    expect(await cache.get("k", 0, compute)).toBe("value 1");
    expect(await cache.get("k", 2, compute)).toBe("value 2");
    expect(await cache.get("other", 2, compute)).toBe("value 3");
  });

  it("shares one computation between concurrent misses and forgets failures", async () => {
    const cache = versionedCache<number>(10);
    let computed = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 5));
    expect(await Promise.all([cache.get("k", 1, slow), cache.get("k", 1, slow)])).toEqual([1, 1]);
    await expect(cache.get("f", 1, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("f", 1, async () => 42)).toBe(42);
  });

  it("drops the least recently used entry beyond its capacity", async () => {
    const cache = versionedCache<string>(2);
    let computed = 0;
    const compute = async () => `v${++computed}`;
    await cache.get("a", 1, compute);
    await cache.get("b", 1, compute);
    await cache.get("a", 1, compute); // a is now the most recently used
    await cache.get("c", 1, compute); // evicts b
    expect(await cache.get("a", 1, compute)).toBe("v1");
    expect(await cache.get("b", 1, compute)).toBe("v4");
  });
});
