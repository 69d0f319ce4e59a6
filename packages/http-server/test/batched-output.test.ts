import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { batchedOutput } from "../src/batched-output.js";

describe("batchedOutput", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes the lines of a short while together, each on its own line, in order", () => {
    const writes: string[] = [];
    const { log } = batchedOutput((text) => writes.push(text));
    log("a");
    log("b");
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(49);
    log("c");
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(["a\nb\nc\n"]);
    log("d");
    vi.advanceTimersByTime(50);
    expect(writes).toEqual(["a\nb\nc\n", "d\n"]);
  });

  it("writes at once when many characters wait, and flush writes what waits", () => {
    const writes: string[] = [];
    const { log, flush } = batchedOutput((text) => writes.push(text));
    const long = "x".repeat(40 * 1024);
    log(long);
    log(long);
    expect(writes).toEqual([`${long}\n${long}\n`]);
    log("last");
    flush();
    expect(writes.at(-1)).toBe("last\n");
    flush();
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(2);
  });
});
