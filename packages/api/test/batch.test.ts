import { describe, expect, it } from "vitest";
import { batchedInsert, batchedLookup, perDatabase } from "../src/batch.js";

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
